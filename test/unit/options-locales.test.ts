import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import ru from '../../public/_locales/ru/messages.json' with { type: 'json' };
import { isPluralForm, pluralForms } from './helpers/plural-forms.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const DIR = join(import.meta.dirname, '../../src/options');
const CATALOGUES = [['en', en as Messages], ['ru', ru as Messages]] as const;

/** Every 'options…' string literal in the page's code is a message key, or a plural prefix (countText). */
const used = new Set(readdirSync(DIR).filter((file) => file.endsWith('.ts'))
  .flatMap((file) => [...readFileSync(join(DIR, file), 'utf8').matchAll(/'(options[A-Z]\w*)'/g)].map((match) => match[1]!)));
const plural = (key: string) => !Object.hasOwn(en, key) && Object.hasOwn(en, `${key}Other`);
/** The catalogue entries a used key stands for in `lang`. */
const entries = (key: string, lang: string) => (plural(key) ? pluralForms(key, lang) : [key]);

describe('options page messages', () => {
  it.each(CATALOGUES)('%s has every key the page uses, every plural form included', (lang, messages) => {
    expect([...used].flatMap((key) => entries(key, lang)).filter((key) => !messages[key]?.message)).toEqual([]);
  });

  it('has the same placeholders in English and Russian, each used in its message', () => {
    for (const key of used) {
      const names = Object.keys((en as Messages)[entries(key, 'en')[0]!]?.placeholders ?? {});
      for (const [lang, messages] of CATALOGUES) {
        for (const form of entries(key, lang)) {
          const entry = messages[form];
          expect(Object.keys(entry?.placeholders ?? {}), form).toEqual(names);
          for (const name of names) expect(entry?.message.toUpperCase(), form).toContain(`$${name.toUpperCase()}$`);
        }
      }
    }
  });

  it('has no options keys the page no longer uses', () => {
    const stale = Object.keys(en).filter((key) => key.startsWith('options') && !used.has(key) && ![...used].some((prefix) => isPluralForm(key, prefix)));
    expect(stale).toEqual([]);
  });
});
