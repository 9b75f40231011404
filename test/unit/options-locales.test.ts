import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import ru from '../../public/_locales/ru/messages.json' with { type: 'json' };

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const DIR = join(import.meta.dirname, '../../src/options');

/** Every 'options…' string literal in the page's code is a message key. */
const used = new Set(readdirSync(DIR).filter((file) => file.endsWith('.ts'))
  .flatMap((file) => [...readFileSync(join(DIR, file), 'utf8').matchAll(/'(options[A-Z]\w*)'/g)].map((match) => match[1]!)));

describe('options page messages', () => {
  it.each([['en', en as Messages], ['ru', ru as Messages]])('%s has every key the page uses', (_, messages) => {
    expect([...used].filter((key) => !messages[key]?.message)).toEqual([]);
  });

  it('has the same placeholders in English and Russian, each used in its message', () => {
    for (const key of used) {
      const [english, russian] = [(en as Messages)[key], (ru as Messages)[key]];
      expect(Object.keys(russian?.placeholders ?? {}), key).toEqual(Object.keys(english?.placeholders ?? {}));
      for (const entry of [english, russian]) {
        for (const name of Object.keys(entry?.placeholders ?? {})) expect(entry?.message.toUpperCase(), key).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('has no options keys the page no longer uses', () => {
    const stale = Object.keys(en).filter((key) => key.startsWith('options') && !used.has(key));
    expect(stale).toEqual([]);
  });
});
