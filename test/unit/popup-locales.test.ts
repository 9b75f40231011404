import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluralKey } from '../../src/core/i18n/plural.ts';

const ROOT = join(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locale = (lang: string) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const LOCALES = { en: locale('en'), ru: locale('ru') };
const PLURAL = /^popupMentions(One|Two|Few|Many|Other|Zero)$/;

/** Every `t('popup…')` key the popup's sources use. */
function usedKeys(): string[] {
  const dir = join(ROOT, 'src/popup');
  const source = readdirSync(dir).filter((file) => file.endsWith('.ts')).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  return [...new Set([...source.matchAll(/\bt\('(popup\w+)'/g)].map((match) => match[1]!))].sort();
}

describe('pluralKey', () => {
  it.each([
    ['en', 1, 'popupMentionsOne'],
    ['en', 0, 'popupMentionsOther'],
    ['en', 5, 'popupMentionsOther'],
    ['ru', 1, 'popupMentionsOne'],
    ['ru', 21, 'popupMentionsOne'],
    ['ru', 3, 'popupMentionsFew'],
    ['ru', 24, 'popupMentionsFew'],
    ['ru', 5, 'popupMentionsMany'],
    ['ru', 11, 'popupMentionsMany'],
    ['ru', 0, 'popupMentionsMany'],
  ])('%s %i → %s', (lang, count, key) => {
    expect(pluralKey('popupMentions', lang, count)).toBe(key);
  });
});

describe.each(Object.entries(LOCALES))('the %s popup strings', (lang, messages) => {
  it('name the locale whose plural rules they follow', () => {
    expect(messages.popupLocale?.message).toBe(lang);
  });

  it('have every key the popup uses', () => {
    expect(usedKeys().filter((key) => !Object.hasOwn(messages, key))).toEqual([]);
  });

  it('have a plural form for every count', () => {
    const missing = new Set<string>();
    for (let count = 0; count <= 1000; count++) {
      const key = pluralKey('popupMentions', lang, count);
      if (!Object.hasOwn(messages, key)) missing.add(key);
    }
    expect([...missing]).toEqual([]);
  });

  it('declare the placeholders they use', () => {
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      if (!key.startsWith('popup')) continue;
      const used = [...message.matchAll(/\$(\w+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
      expect(used, key).toEqual(Object.keys(placeholders ?? {}).sort());
    }
  });
});

it('English and Russian have the same popup keys, apart from plural forms', () => {
  const keys = (messages: Messages) => Object.keys(messages).filter((key) => key.startsWith('popup') && !PLURAL.test(key)).sort();
  expect(keys(LOCALES.ru)).toEqual(keys(LOCALES.en));
});
