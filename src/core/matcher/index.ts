/**
 * The matcher: finds mentions of the packs' triggers in plain text (no DOM).
 * What counts as a mention is the project's matching contract, held table by table in
 * test/unit/matcher.*.test.ts.
 */
import { compile } from './compile.ts';
import { createGate } from './gate.ts';
import { scan } from './scan.ts';
import { toSegments } from './segments.ts';
import type { Matcher, MatcherOptions } from './types.ts';

export type { Gate } from './gate.ts';
export type { Matcher, MatcherOptions, Mention, SegmentMention, SegmentPosition } from './types.ts';

export function createMatcher(options: MatcherOptions): Matcher {
  const compiled = compile(options);
  return {
    find: (text) => scan(compiled, text),
    findInSegments: (segments) => toSegments(scan(compiled, segments.join('')), segments),
    gate: createGate(compiled),
  };
}
