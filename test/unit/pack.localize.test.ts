/** Picking a pack's texts for the reader's languages (src/core/pack/localize.ts). */
import { describe, expect, it } from 'vitest';
import { localizePack, localizeText, pickLanguage } from '../../src/core/pack/localize.ts';
import type { ContentPack } from '../../src/core/pack/types.ts';

describe('pickLanguage', () => {
  it.each([
    // available, wanted, fallback -> picked
    [['en', 'ru'], ['ru'], 'en', 'ru'],
    [['en', 'ru'], ['ru-RU'], 'en', 'ru'],
    [['en', 'ru'], ['RU-ru'], 'en', 'ru'],
    [['en', 'RU'], ['ru'], 'en', 'RU'],
    [['en', 'ru'], ['de', 'ru'], 'en', 'ru'],
    [['en', 'ru'], ['de', 'fr'], 'en', 'en'],
    [['en', 'ru'], [], 'en', 'en'],
    [['en', 'pt-BR', 'pt'], ['pt-PT'], 'en', 'pt'],
    [['en', 'pt-BR'], ['pt-PT'], 'en', 'pt-BR'],
    [['en', 'pt-BR'], ['pt'], 'en', 'pt-BR'],
    [['en', 'pt-BR', 'pt-PT'], ['pt-PT'], 'en', 'pt-PT'],
    [['zh-Hant', 'zh-Hans'], ['zh-hans-CN'], 'zh-Hant', 'zh-Hans'],
    [['zh-Hant', 'zh-Hans'], ['zh-CN'], 'zh-Hant', 'zh-Hant'],
    [['zh-Hant', 'zh-Hans'], ['zh-Hans'], 'zh-Hant', 'zh-Hans'],
    [['en', 'ru'], ['uk', 'ru', 'en'], 'en', 'ru'],
    [['en', 'ru'], ['en-GB', 'ru'], 'en', 'en'],
    [[], ['ru'], 'en', 'en'],
  ] as [string[], string[], string, string][])('%j for %j (default %s) is %s', (available, wanted, fallback, picked) => {
    expect(pickLanguage(available, wanted, fallback)).toBe(picked);
  });
});

describe('localizeText', () => {
  it.each([
    ['Khrushchev', ['ru'], 'Khrushchev'],
    [{ en: 'Stalin', ru: 'Сталин' }, ['ru-RU', 'en'], 'Сталин'],
    [{ en: 'Stalin', ru: 'Сталин' }, ['de'], 'Stalin'],
    [{ en: 'Stalin', ru: 'Сталин' }, [], 'Stalin'],
    // Not a validated pack (no default): still some text, never undefined.
    [{ ru: 'Сталин' }, ['de'], 'Сталин'],
    [{}, ['de'], ''],
  ] as [string | Record<string, string>, string[], string][])('%j for %j is %s', (text, wanted, shown) => {
    expect(localizeText(text, wanted, 'en')).toBe(shown);
  });
});

describe('localizePack', () => {
  const pack: ContentPack = {
    schemaVersion: 2,
    id: 'demo',
    language: 'en',
    title: { en: 'Title', ru: 'Заголовок' },
    summary: { en: 'Summary.', ru: 'Кратко.' },
    entities: [{ id: 'a', kind: 'event', name: { en: 'A', ru: 'А' }, identity: 'Same everywhere', triggers: { en: ['Alpha'] } }],
    facts: [{ label: { en: 'Date', ru: 'Дата' }, text: { en: 'Then.', de: 'Damals.' }, entities: ['a'] }],
    quotes: [{ text: 'Verbatim.', language: 'en', author: 'Someone', lifeDates: '1900–1990', entities: ['a'] }],
    furtherReading: { title: { en: 'More', ru: 'Ещё' }, url: 'https://example.org/' },
    sources: [{ title: 'Source', url: 'https://example.org/s' }],
  };

  it('gives plain strings in the first wanted language each text has, else the default', () => {
    const ru = localizePack(pack, ['ru-RU']);
    expect(ru).toEqual({
      ...pack,
      language: 'ru',
      title: 'Заголовок',
      summary: 'Кратко.',
      entities: [{ ...pack.entities[0], name: 'А', identity: 'Same everywhere' }],
      facts: [{ label: 'Дата', text: 'Then.', entities: ['a'] }],
      furtherReading: { title: 'Ещё', url: 'https://example.org/' },
      sources: [{ title: 'Source', url: 'https://example.org/s' }],
    });
    expect(ru.quotes).toBe(pack.quotes);
  });

  it('falls back to the default language and leaves the pack itself alone', () => {
    const before = structuredClone(pack);
    expect(localizePack(pack, ['fr', 'it']).title).toBe('Title');
    expect(localizePack(pack, ['fr']).language).toBe('en');
    expect(pack).toEqual(before);
  });
});
