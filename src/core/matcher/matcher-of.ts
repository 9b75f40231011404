import type { Compiled } from './compile.ts';
import { createGate } from './gate.ts';
import { scan } from './scan.ts';
import { toSegments } from './segments.ts';
import type { Matcher } from './types.ts';

/** The matcher of compiled data, wherever it was compiled. */
export function matcherOf(compiled: Compiled): Matcher {
  return {
    find: (text) => scan(compiled, text),
    findInSegments: (segments) => toSegments(scan(compiled, segments.join('')), segments),
    gate: createGate(compiled),
  };
}
