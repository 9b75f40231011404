import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SETTINGS_FILE_MAX_BYTES, SETTINGS_VERSION, SETTING_KEYS, cloneDefaults, defaults, exportSettingsFile, importSettingsFile, parseSettings,
} from '../../src/core/settings/index.ts';
import { locateJsonError } from '../../src/core/settings/json-error.ts';
import { say } from '../../src/core/settings/message-keys.ts';
import { inEnglish, inRussian } from './helpers/catalogues.ts';
import { validSettings } from './settings.arbitrary.ts';

const file = (settings: unknown, version: unknown = SETTINGS_VERSION) => JSON.stringify({ format: 'backstory-settings', version, settings });
const bytes = (text: string) => new TextEncoder().encode(text);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('exportSettingsFile', () => {
  it('writes pretty, versioned JSON with only the non-default settings', () => {
    const text = exportSettingsFile({ ...cloneDefaults(), paused: true, excludedSites: ['example.com'] }, new Date('2026-01-02T03:04:05Z'));
    expect(text).toBe(`{
  "format": "backstory-settings",
  "version": ${SETTINGS_VERSION},
  "exportedAt": "2026-01-02T03:04:05.000Z",
  "settings": {
    "paused": true,
    "excludedSites": [
      "example.com"
    ]
  }
}
`);
  });

  it('round-trips any valid settings through import, as text and as bytes', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        const text = exportSettingsFile(settings);
        expect(importSettingsFile(text)).toEqual({ ok: true, settings, notes: [] });
        expect(importSettingsFile(bytes(text))).toEqual({ ok: true, settings, notes: [] });
      }),
    );
  });
});

describe('importSettingsFile', () => {
  it('reads a file with a UTF-8 byte order mark', () => {
    expect(importSettingsFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(file({ badge: false }))]))).toEqual({
      ok: true,
      settings: { ...defaults, badge: false },
      notes: [],
    });
  });

  it('migrates an older file and notes what it did', () => {
    expect(importSettingsFile(file({ enabled: false, sites: ['https://example.com/'], theme: 'x' }, 0))).toEqual({
      ok: true,
      settings: { ...defaults, paused: true, excludedSites: ['example.com'] },
      notes: [say('settingsFileUpdated', '0', String(SETTINGS_VERSION)), say('settingsFileIgnored', '"theme"')],
    });
  });

  it('ignores unknown settings of a current file, with a note', () => {
    const result = importSettingsFile(file({ paused: true, sparkle: 1, ...Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((key) => [key, 1])) }));
    expect(result.ok ? result.notes.map(inEnglish) : result).toEqual(['Ignored unknown settings: "sparkle", "a", "b", "c", "d", ….']);
  });

  const invalid = 'The file has invalid settings, so nothing was imported. ';
  const refusals: Array<[what: string, input: string | Uint8Array, error: string]> = [
    ['a text over 1 MB', ' '.repeat(SETTINGS_FILE_MAX_BYTES + 1), 'The file is too large (1.0 MB); a settings file is at most 1 MB.'],
    ['a text of 2 MB in UTF-8', 'é'.repeat(SETTINGS_FILE_MAX_BYTES), 'The file is too large (2.0 MB); a settings file is at most 1 MB.'],
    ['bytes over 1 MB', new Uint8Array(3 * SETTINGS_FILE_MAX_BYTES), 'The file is too large (3.0 MB); a settings file is at most 1 MB.'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'The file is not UTF-8 text (it may be binary).'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'The file is not UTF-8 text (it may be binary).'],
    ['UTF-8 with NUL bytes', new Uint8Array([0x7b, 0, 0, 0x7d]), 'The file looks binary, not like a JSON text file.'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), 'The file is in UTF-16; save it as UTF-8 and try again.'],
    ['an empty file', '', 'The file is empty.'],
    ['white space only', bytes(' \n\t'), 'The file is empty.'],
    ['a trailing comma', '{\n  "format": "backstory-settings",\n}', 'The file is not valid JSON: expected a property name in double quotes, found "}" at line 3, column 1.'],
    ['single quotes', "{'format': 1}", `The file is not valid JSON: expected a property name in double quotes, found "'" at line 1, column 2.`],
    ['a cut-off file', '{"format": "backstory-settings", "settings": {', 'The file is not valid JSON: the text ends too early at line 1, column 47.'],
    ['plain text', 'hello', 'The file is not valid JSON: unexpected "h" at line 1, column 1.'],
    ['an array', '[1, 2]', 'This is not a Backstory settings file: it holds a list of 2 items, not an object.'],
    ['null', 'null', 'This is not a Backstory settings file: it holds null, not an object.'],
    ['a string', '"backstory-settings"', 'This is not a Backstory settings file: it holds the text "backstory-settings", not an object.'],
    ['no format', '{"version": 1, "settings": {}}', 'This is not a Backstory settings file (it has no "format"; expected "backstory-settings").'],
    ['a foreign format', '{"format": "dark-reader", "settings": {}}', 'This is not a Backstory settings file (its "format" is the text "dark-reader"; expected "backstory-settings").'],
    ['a version in text', file({}, '1'), 'The file\'s "version" should be a whole number, found the text "1".'],
    ['no version', '{"format": "backstory-settings", "settings": {}}', 'The file\'s "version" should be a whole number, found nothing.'],
    ['a negative version', file({}, -1), 'The file\'s "version" should be a whole number, found the number -1.'],
    ['a newer version', file({}, SETTINGS_VERSION + 1), `The file comes from a newer Backstory (settings version ${SETTINGS_VERSION + 1}; this one reads up to ${SETTINGS_VERSION}). Update the extension and try again.`],
    ['settings as a list', file([]), 'The file\'s "settings" should be an object, found a list of 0 items.'],
    ['no settings', '{"format": "backstory-settings", "version": 1}', 'The file\'s "settings" should be an object, found nothing.'],
    ['deep nesting in the settings', file({ aliases: JSON.parse(nested(40)) }), 'The file is nested too deeply (more than 32 levels).'],
    ['deep nesting anywhere', `{"format": "backstory-settings", "extra": ${nested(100_000)}}`, 'The file is nested too deeply (more than 32 levels).'],
    ['one invalid value', file({ paused: true, openDelayMs: 5000 }), `${invalid}openDelayMs: expected a whole number from 0 ms to 2000 ms, found the number 5000.`],
    ['a malformed site', file({ excludedSites: ['example.com', 'http://x.com/path'] }), `${invalid}excludedSites: item 2: Enter only the host name, without "http://" or a path, as in example.com or *.example.org.`],
    ['duplicate aliases', file({ aliases: { 'secret-speech-1956/stalin': ['Koba', 'KOBA'] } }), `${invalid}aliases: secret-speech-1956/stalin: "KOBA" is already an alias of this entity.`],
    ['many invalid values', file({ paused: 1, badge: 1, cardTheme: 1, yearRule: 1 }), `${invalid}paused: expected true or false, found the number 1; yearRule: expected one of "always", "topic", "never", found the number 1; cardTheme: expected one of "auto", "light", "dark", found the number 1; and 1 more.`],
    ['an unconvertible v0 value', file({ enabled: 'no' }, 0), `${invalid}enabled: expected true or false, found the text "no"; "paused" keeps its default.`],
  ];
  it.each(refusals)('refuses %s', (_, input, error) => {
    const result = importSettingsFile(input);
    expect(result.ok ? result : inEnglish(result.error)).toBe(error);
  });

  it.each([
    ['a cut-off file', '{"a": ', say('settingsFileNotJson', say('settingsJsonEndsEarly'), '1', '7')],
    ['a control character', '{"a": 1}\u0001', say('settingsFileBinary')],
    ['a stray character', '{"a": 1} x', say('settingsFileNotJson', say('settingsJsonAfterEnd', '"x"'), '1', '10')],
    ['a foreign format', '{"format": 1}', say('settingsFileWrongFormat', say('settingsValueNumber', '1'), 'backstory-settings')],
  ])('refuses %s with a structured message', (_, input, error) => {
    expect(importSettingsFile(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['bytes over 1 MB', new Uint8Array(3 * SETTINGS_FILE_MAX_BYTES), 'Файл слишком большой (3,0 МБ); файл настроек занимает не больше 1 МБ.'],
    ['a cut-off file', '{"format": "backstory-settings", "settings": {', 'Файл содержит некорректный JSON: текст обрывается раньше времени (строка 1, столбец 47).'],
    ['an array', '[1, 2]', 'Это не файл настроек Backstory: в нём список из 2 элементов, а не объект.'],
    ['deep nesting', nested(40), 'В файле слишком глубокая вложенность (больше 32 уровней).'],
    ['many invalid values', file({ paused: 1, badge: 1, cardTheme: 1, yearRule: 1, aliases: { 'a/b': ['Koba', 'KOBA'] } }),
      'В файле есть недопустимые настройки, поэтому ничего не импортировано. paused: ожидалось true или false, найдено: число 1; ' +
      'aliases: a/b: «KOBA» уже есть среди псевдонимов этого объекта; yearRule: ожидалось одно из значений "always", "topic", "never", найдено: число 1; и ещё 2.'],
  ])('refuses %s in Russian words', (_, input, russian) => {
    const result = importSettingsFile(input);
    expect(result.ok ? result : inRussian(result.error)).toBe(russian);
  });

  it('never throws on random JSON, and accepts only valid settings', () => {
    const envelope = fc.record(
      {
        format: fc.oneof(fc.constant('backstory-settings'), fc.jsonValue()),
        version: fc.oneof(fc.constantFrom(0, SETTINGS_VERSION), fc.jsonValue()),
        settings: fc.oneof(fc.dictionary(fc.constantFrom(...SETTING_KEYS, 'enabled', 'sites', 'delay', 'other'), fc.jsonValue()), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(envelope, fc.jsonValue()), (value) => {
        const result = importSettingsFile(JSON.stringify(value) ?? '');
        if (result.ok) expect(parseSettings(result.settings).problems).toEqual([]);
        else expect(inEnglish(result.error)).toMatch(/^(The|This) .+\.$/s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random bytes or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (input) => {
        expect(importSettingsFile(input).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('locateJsonError', () => {
  it('agrees with JSON.parse on damaged JSON', () => {
    const damaged = fc
      .tuple(fc.jsonValue().map((value) => JSON.stringify(value, null, 1)), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', 'x', '0', ' ', '\n'))
      .map(([text, at, insert]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(damaged, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === undefined).toBe(parses);
      }),
      { numRuns: 1000 },
    );
  });
});
