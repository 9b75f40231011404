/**
 * The Russian UI shows no English: every key of the English catalogue, every key the code
 * asks for and every message the settings core can return has a Russian message, and it
 * differs from the English one, apart from a few strings that are the same in both
 * languages on purpose.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import ru from '../../public/_locales/ru/messages.json' with { type: 'json' };
import { messageKeys, type Message, type Part } from '../../src/core/i18n/message.ts';
import { SETTINGS_MESSAGE_KEYS } from '../../src/core/settings/message-keys.ts';
import { inEnglish, inRussian } from './helpers/catalogues.ts';
import { isPluralForm, pluralForms } from './helpers/plural-forms.ts';
import { producedMessages } from './helpers/settings-messages.ts';
import { PACK_MESSAGE_KEYS } from '../../src/core/pack/messages.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGUES = { en: en as Messages, ru: ru as Messages };
const ROOT = join(import.meta.dirname, '../..');

/**
 * The same in English and Russian on purpose: the name, key caps as printed on keyboards,
 * and "label: text", which only joins a setting's key (shown as it is) to its problem.
 */
const SAME_IN_BOTH = new Set(['extName', 'cardLabel', 'optionsKeyShift', 'optionsKeyControl', 'settingsLabelled']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const code = sources(join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8'));
const matches = (pattern: RegExp) => code.flatMap((text) => [...text.matchAll(pattern)].map((match) => match[1]!));

/** Plural prefixes: the UI's countText and pluralKey calls, and the core's plural messages. */
const plurals = new Set([
  ...matches(/\b(?:countText|pluralKey)\('(\w+)'/g),
  ...Object.entries(SETTINGS_MESSAGE_KEYS).filter(([, kind]) => kind === 'plural').map(([key]) => key),
]);

/** Keys the code passes to t(), the settings core's and the pack checker's message keys, and __MSG_…__ references in the manifest. */
const used = new Set([
  ...matches(/\bt\('(\w+)'/g),
  ...Object.entries(SETTINGS_MESSAGE_KEYS).filter(([, kind]) => kind === 'text').map(([key]) => key),
  ...[...readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!),
  ...PACK_MESSAGE_KEYS,
]);

/** A catalogue's keys in the terms the code uses: plural forms under their prefix. */
const asUsed = (messages: Messages) =>
  new Set(Object.keys(messages).map((key) => [...plurals].find((prefix) => isPluralForm(key, prefix)) ?? key));

describe('the Russian catalogue', () => {
  const keys = [...new Set([...asUsed(CATALOGUES.en), ...used])].filter((key) => !plurals.has(key)).sort();

  it('has every English key and every key the code uses', () => {
    expect(keys.filter((key) => !CATALOGUES.ru[key]?.message)).toEqual([]);
  });

  it('says each in Russian, not in English', () => {
    const english = keys.filter((key) => !SAME_IN_BOTH.has(key) && CATALOGUES.ru[key]?.message === CATALOGUES.en[key]?.message);
    expect(english).toEqual([]);
  });

  it('finds the keys it checks (the scan of the code works)', () => {
    expect(used.has('badgeOff')).toBe(true);
    expect(used.size).toBeGreaterThan(50);
    expect(used.has('packMarkup')).toBe(true);
    expect([...plurals]).toEqual(expect.arrayContaining(['popupMentions', 'optionsListFull', 'settingsValueList']));
  });
});

describe.each(Object.entries(CATALOGUES))('plural messages in %s', (lang, messages) => {
  it.each([...plurals].sort())('%s has a form for every plural category', (prefix) => {
    expect(pluralForms(prefix, lang).filter((key) => !messages[key]?.message)).toEqual([]);
  });
});

it.each([...plurals].sort())('plural %s says each form in Russian', (prefix) => {
  const english = new Set(pluralForms(prefix, 'en').map((key) => CATALOGUES.en[key]?.message));
  expect(pluralForms(prefix, 'ru').filter((key) => english.has(CATALOGUES.ru[key]?.message))).toEqual([]);
});

describe('the settings core messages', () => {
  const listed = Object.keys(SETTINGS_MESSAGE_KEYS).sort();

  it.each(Object.entries(CATALOGUES))('are all the "settings…" keys of %s, and no others', (_, messages) => {
    expect([...asUsed(messages)].filter((key) => key.startsWith('settings')).sort()).toEqual(listed);
  });

  it.each(Object.entries(CATALOGUES))('have in %s the same placeholders as in English, each used in its message', (lang, messages) => {
    const forms = (key: string, locale: string) => (plurals.has(key) ? pluralForms(key, locale) : [key]);
    for (const key of listed) {
      const english = Object.keys(CATALOGUES.en[forms(key, 'en')[0]!]?.placeholders ?? {});
      for (const form of forms(key, lang)) {
        const entry = messages[form];
        expect(Object.keys(entry?.placeholders ?? {}), form).toEqual(english);
        const named = [...(entry?.message ?? '').matchAll(/\$(\w+)\$/g)].map((match) => match[1]!.toLowerCase());
        expect(new Set(named), form).toEqual(new Set(english));
      }
    }
  });

  const produced = producedMessages();

  it('are each produced by the core, and the core produces no others', () => {
    expect([...new Set(produced.flatMap(messageKeys))].sort()).toEqual(listed);
  });

  it('get as many substitutions as their messages have placeholders', () => {
    const inner = (part: Part): Message[] =>
      typeof part === 'string' || 'decimal' in part ? [] : 'row' in part ? part.row.flatMap(inner) : [part, ...(part.args ?? []).flatMap(inner)];
    const mismatched = produced.flatMap(inner).filter((message) => {
      const form = message.count === undefined ? message.key : pluralForms(message.key, 'en')[0]!;
      return Object.keys(CATALOGUES.en[form]?.placeholders ?? {}).length !== (message.args ?? []).length;
    });
    expect(mismatched).toEqual([]);
  });

  it('are worded in Russian, every placeholder filled, for everything the core returns', () => {
    const untranslated = produced.filter((message) => inRussian(message) === inEnglish(message));
    expect(untranslated).toEqual([]);
    const unfilled = produced.map(inRussian).filter((text) => /\$\w|settings[A-Z]/.test(text));
    expect(unfilled).toEqual([]);
  });
});

it('every message fills the same placeholders in both languages', () => {
  const names = (entry: { message: string } | undefined) => [...(entry?.message ?? '').matchAll(/\$(\w+)\$/g)].map((m) => m[1]).sort();
  const differ = Object.keys(CATALOGUES.en).filter((key) => JSON.stringify(names(CATALOGUES.en[key])) !== JSON.stringify(names(CATALOGUES.ru[key])));
  expect(differ).toEqual([]);
});
