/** The bundled pack, validated, and a compact view of matcher results for table tests. */
import raw from '../../../assets/topics/secret-speech.json';
import { createMatcher } from '../../../src/core/matcher/index.ts';
import type { Matcher, MatcherOptions, Mention } from '../../../src/core/matcher/types.ts';
import type { ContentPack } from '../../../src/core/pack/types.ts';
import { validatePack } from '../../../src/core/pack/validate.ts';

export function packFrom(data: unknown, label: string): ContentPack {
  const result = validatePack(data, label);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

export const bundledPack = packFrom(raw, 'secret-speech.json');
export const TOPIC = bundledPack.id;

export function matcherWith(options: Partial<MatcherOptions> = {}): Matcher {
  return createMatcher({ packs: [bundledPack], ...options });
}

/** "matched text|entity" for each mention, in order: readable rows, exact offsets. */
export function show(text: string, mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${text.slice(m.start, m.end)}|${m.entity}`);
}
