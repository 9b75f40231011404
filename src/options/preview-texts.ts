/**
 * The text the preview marks for one topic in use. It must show that topic's mentions, in
 * words a page could hold: the hand-written sample (for the bundled topic it was written
 * for), else the topic's own summary in the reader's language, whichever the real matcher
 * finds one of the topic's mentions in (a bare year alone does not count: the year rule may
 * hide it). A pack whose summary names none of its entities gets the words it marks
 * instead, one trigger per entity, so that its marks still show. No DOM: tested in Node.
 */
import { createMatcher } from '../core/matcher/index.ts';
import { pickLanguage } from '../core/pack/localize.ts';
import type { LocalizedEntity, LocalizedPack } from '../core/pack/types.ts';

/** How many entities the fallback line names (a pack may have 200). */
export const SAMPLE_WORDS = 8;

export interface SampleText {
  topic: string;
  text: string;
  /** The language `text` is in (the paragraph's `lang`). */
  lang: string;
}

export function sampleText(pack: LocalizedPack, written: Omit<SampleText, 'topic'> | null): SampleText {
  const matcher = createMatcher({ packs: [pack] });
  const candidates = [...(written ? [written] : []), { text: pack.summary, lang: pack.language }];
  const shows = candidates.find((candidate) => matcher.find(candidate.text).some((mention) => !mention.isYear));
  if (shows) return { topic: pack.id, ...shows };
  const words = pack.entities.slice(0, SAMPLE_WORDS).map((entity) => firstTrigger(entity, pack.language)).filter((word) => word !== '');
  return { topic: pack.id, text: words.join(', '), lang: pack.language };
}

/** An entity's first trigger in `language` if it has some there, else in its first language; a year's digits. */
function firstTrigger(entity: LocalizedEntity, language: string): string {
  if (entity.kind === 'year') return String(entity.year);
  const languages = Object.keys(entity.triggers);
  if (languages.length === 0) return '';
  return entity.triggers[pickLanguage(languages, [language], languages[0]!)]?.[0] ?? '';
}
