/**
 * A topic pack as big as an import may be: 200 entities with 2,000 triggers in 10
 * languages (PACK_LIMITS), generated from a fixed seed, so that building a matcher for
 * it at runtime (imported packs get no precompiled data) can be measured the same way
 * every time. Made-up words in each language's letters, one in five a two-word phrase.
 */
import type { ContentPack, Entity } from '../src/core/pack/types.ts';

const ALPHABETS: Record<string, string> = {
  en: 'abcdefghijklmnoprstuvwy',
  de: 'abcdefghiklmnoprstuwzäöüß',
  fr: 'abcdefgilmnoprstuvéèàç',
  es: 'abcdefgilmnoprstuvñáéó',
  it: 'abcdefgilmnoprstuvzàò',
  pl: 'abcdefgiklmnoprstuwyząęłóśż',
  tr: 'abcdefgiklmnoprstuvyzçğışöü',
  ru: 'абвгдеёжзиклмнопрстуфхцчшы',
  uk: 'абвгґдеєжзиіїклмнопрстуфхцч',
  el: 'αβγδεζηθικλμνξοπρστυφχψω',
};
export const GENERATED_LANGUAGES = Object.keys(ALPHABETS);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedPack(entities = 200, seed = 1956): ContentPack {
  const next = random(seed);
  const seen = new Set<string>();
  const word = (alphabet: string) => {
    const letters = [...alphabet];
    const length = 5 + Math.floor(next() * 7);
    const text = Array.from({ length }, () => letters[Math.floor(next() * letters.length)]!).join('');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const trigger = (language: string): string => {
    for (;;) {
      const alphabet = ALPHABETS[language]!;
      const text = next() < 0.2 ? `${word(alphabet)} ${word(alphabet)}` : word(alphabet);
      if (!seen.has(text.toLowerCase())) {
        seen.add(text.toLowerCase());
        return text;
      }
    }
  };
  const list: Entity[] = Array.from({ length: entities }, (_, i) => ({
    id: `entity-${i}`,
    kind: 'event',
    name: `Entity ${i}`,
    identity: `Generated entity number ${i}.`,
    triggers: Object.fromEntries(GENERATED_LANGUAGES.map((language) => [language, [trigger(language)]])),
  }));
  return {
    schemaVersion: 2,
    id: 'generated-benchmark',
    language: 'en',
    title: 'A generated pack',
    summary: 'Made-up entities with made-up triggers, as many as an imported pack may hold.',
    entities: list,
    facts: [],
    quotes: [],
    furtherReading: { title: 'Topic packs', url: 'https://example.org/topic-packs' },
    sources: [{ title: 'Generated', url: 'https://example.org/generated' }],
  };
}
