/**
 * The matcher: finds mentions of the packs' triggers in plain text (no DOM).
 * What counts as a mention is the project's matching contract, held table by table in
 * test/unit/matcher.*.test.ts. A page takes its matcher compiled (portable.ts: matcherFrom).
 */
import { compile } from './compile.ts';
import { matcherOf } from './matcher-of.ts';
import type { Matcher, MatcherOptions } from './types.ts';

export type { Gate } from './gate.ts';
export { matcherFrom, type PortableMatcher } from './portable.ts';
export type { Matcher, MatcherOptions, Mention, SegmentMention, SegmentPosition } from './types.ts';

export function createMatcher(options: MatcherOptions): Matcher {
  const compiled = compile(options);
  return matcherOf(() => compiled, compiled.gate);
}
