import type { Compiled } from './compile.ts';
import { createGate } from './gate.ts';
import type { PrecompiledGate } from './precompiled.ts';
import { scan } from './scan.ts';
import { toSegments } from './segments.ts';
import type { Matcher } from './types.ts';

/**
 * The matcher of compiled data, wherever it was compiled. `compiled` is asked for when
 * first needed: a page whose gate decides its text at once (gate.any) never builds the
 * trie or the triggers' records (portable.ts).
 */
export function matcherOf(compiled: () => Compiled, gate: PrecompiledGate | null): Matcher {
  return {
    find: (text) => scan(compiled(), text),
    findInSegments: (segments) => toSegments(scan(compiled(), segments.join('')), segments),
    gate: gate && createGate(gate, compiled),
  };
}
