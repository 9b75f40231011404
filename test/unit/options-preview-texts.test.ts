/** The text the options page's preview marks for each topic in use (src/options/preview-texts.ts). */
import { describe, expect, it } from 'vitest';
import { localizePack } from '../../src/core/pack/localize.ts';
import type { ContentPack } from '../../src/core/pack/types.ts';
import { SAMPLE_WORDS, sampleText } from '../../src/options/preview-texts.ts';
import speechJson from '../../assets/topics/secret-speech.json' with { type: 'json' };
import berlinJson from '../../docs/examples/berlin-wall-1989.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import ru from '../../public/_locales/ru/messages.json' with { type: 'json' };

const speech = speechJson as unknown as ContentPack;
const berlin = berlinJson as unknown as ContentPack;
const summary = (pack: ContentPack, language: string) => (pack.summary as Record<string, string>)[language]!;
/** Berlin with a summary that names none of its entities, or only its year. */
const silent = { ...berlin, summary: { en: 'A night that changed a city.', ru: 'Ночь, которая изменила город.' } };
const yearOnly = { ...berlin, summary: 'Everything changed in 1989.' };
const many: ContentPack = {
  ...berlin,
  summary: 'Nothing here.',
  entities: Array.from({ length: SAMPLE_WORDS + 3 }, (_, n) => ({ id: `e${n}`, kind: 'event' as const, name: `E${n}`, identity: 'x', triggers: { en: [`Word${n}`] } })),
  facts: [],
  quotes: [],
};
const writtenEn = { text: en.optionsPreviewSample.message, lang: 'en' };
const writtenRu = { text: ru.optionsPreviewSample.message, lang: 'ru' };

describe('sampleText', () => {
  it.each([
    { what: 'the bundled topic: its written sample', pack: speech, wanted: ['en'], written: writtenEn, expected: { text: writtenEn.text, lang: 'en' } },
    { what: 'the bundled topic in Russian', pack: speech, wanted: ['ru'], written: writtenRu, expected: { text: writtenRu.text, lang: 'ru' } },
    { what: 'an imported topic: its own summary', pack: berlin, wanted: ['en'], written: null, expected: { text: summary(berlin, 'en'), lang: 'en' } },
    { what: 'an imported topic, in the reader\'s language', pack: berlin, wanted: ['ru-RU'], written: null, expected: { text: summary(berlin, 'ru'), lang: 'ru' } },
    { what: 'a written sample that names none of the topic: the summary', pack: berlin, wanted: ['en'], written: writtenEn, expected: { text: summary(berlin, 'en'), lang: 'en' } },
    { what: 'a summary naming no entity: one trigger per entity', pack: silent, wanted: ['en'], written: null, expected: { text: 'Schabowski, Honecker, 1989, Berlin Wall', lang: 'en' } },
    { what: 'the same in Russian', pack: silent, wanted: ['ru'], written: null, expected: { text: 'Шабовски, Хонеккер, 1989, Берлинская стена', lang: 'ru' } },
    { what: 'a summary with only a bare year (the year rule may hide it)', pack: yearOnly, wanted: ['en'], written: null, expected: { text: 'Schabowski, Honecker, 1989, Berlin Wall', lang: 'en' } },
    { what: 'a pack with many entities: the first few', pack: many, wanted: ['en'], written: null, expected: { text: Array.from({ length: SAMPLE_WORDS }, (_, n) => `Word${n}`).join(', '), lang: 'en' } },
  ])('$what', ({ pack, wanted, written, expected }) => {
    expect(sampleText(localizePack(pack, wanted), written)).toEqual({ topic: pack.id, ...expected });
  });
});
