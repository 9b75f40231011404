import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPS, cloneDefaults, defaults, highlightPalette, parseSettings, problemMessage, validateAlias, validateSetting, type Settings,
} from '../../src/core/settings/index.ts';
import { counted, say } from '../../src/core/settings/message-keys.ts';
import { inEnglish, inRussian, refusalText } from './helpers/catalogues.ts';
import { validSettings } from './settings.arbitrary.ts';

describe('parseSettings', () => {
  it.each([undefined, null, true, 1, 'settings', [], [defaults], new Date(0)])('gives the defaults for %j, with one problem', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(defaults);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'settings', message: { key: 'settingsExpectedSettings' } });
  });

  it('takes missing keys from the defaults and ignores unknown ones silently', () => {
    expect(parseSettings(JSON.parse('{"badge": false, "mystery": 1, "__proto__": {"paused": true}}'))).toEqual({
      settings: { ...defaults, badge: false },
      problems: [],
    });
  });

  it('keeps valid keys next to invalid ones', () => {
    const { settings, problems } = parseSettings({ paused: true, badge: 'no', yearRule: 'never', cardTextSize: 1e9 });
    expect(settings).toEqual({ ...defaults, paused: true, yearRule: 'never' });
    expect(problems.map((problem) => problem.key)).toEqual(['cardTextSize', 'badge']);
  });

  const refused: Array<[keyof Settings, unknown, string]> = [
    ['paused', 'false', 'expected true or false, found the text "false"'],
    ['badge', null, 'expected true or false, found null'],
    ['yearRule', 'sometimes', 'expected one of "always", "topic", "never", found the text "sometimes"'],
    ['highlightStyle', 'Underline', 'expected one of "underline", "background", "both", "none", found the text "Underline"'],
    ['highlightColor', '#ff0000', 'expected one of "amber", "blue", "green", "rose", "violet", found the text "#ff0000"'],
    ['cardTheme', 1, 'expected one of "auto", "light", "dark", found the number 1'],
    ['triggerMode', ['hover'], 'expected one of "hover", "modifier", "click", found a list of 1 item'],
    ['modifierKey', 'alt', 'expected one of "Alt", "Shift", "Control", "Meta", found the text "alt"'],
    ['cardTextSize', 105, 'expected a multiple of 10 from 80% to 150%, found the number 105'],
    ['cardTextSize', 160, 'expected a multiple of 10 from 80% to 150%, found the number 160'],
    ['openDelayMs', -1, 'expected a whole number from 0 ms to 2000 ms, found the number -1'],
    ['openDelayMs', 2.5, 'expected a whole number from 0 ms to 2000 ms, found the number 2.5'],
    ['closeDelayMs', Number.POSITIVE_INFINITY, 'expected a whole number from 0 ms to 2000 ms, found the number Infinity'],
    ['closeDelayMs', '300', 'expected a whole number from 0 ms to 2000 ms, found the text "300"'],
    ['disabledEntities', 'secret-speech-1956/stalin', 'expected a list, found the text "secret-speech-1956/stalin"'],
    ['disabledEntities', ['stalin'], 'item 1 is not a "topic/entity" key: the text "stalin"'],
    ['disabledEntities', ['a/b', 'A/B'], 'item 2 is not a "topic/entity" key: the text "A/B"'],
    ['excludedSites', ['example.com', 'http://x.com/'], 'item 2: Enter only the host name, without "http://" or a path, as in example.com or *.example.org.'],
    ['excludedSites', { 0: 'example.com' }, 'expected a list, found an object'],
    ['aliases', [], 'expected an object of aliases per entity, found a list of 0 items'],
    ['aliases', { stalin: ['Koba'] }, 'the text "stalin" is not a "topic/entity" key'],
    ['aliases', { 'a/b': 'Koba' }, 'a/b: expected a list, found the text "Koba"'],
    ['aliases', { 'a/b': ['Koba', ' KOBA '] }, 'a/b: "KOBA" is already an alias of this entity.'],
    ['aliases', { 'a/b': [7] }, 'a/b: An alias must be text.'],
  ];
  it.each(refused)('refuses %s = %j: %s', (key, value, message) => {
    const { settings, problems } = parseSettings({ [key]: value });
    expect(settings).toEqual(defaults);
    expect(problems.map((problem) => [problem.key, inEnglish(problem.message)])).toEqual([[key, message]]);
    expect(refusalText(validateSetting(key, value))).toBe(message);
  });

  // The structure behind the words: a key per sentence, found values and nested parts as substitutions.
  it.each([
    ['paused', 'false', say('settingsExpectedBoolean', say('settingsValueText', '"false"'))],
    ['triggerMode', ['hover'], say('settingsExpectedOneOf', '"hover", "modifier", "click"', counted('settingsValueList', 1))],
    ['cardTextSize', 105, say('settingsExpectedPercent', '80', '150', '10', say('settingsValueNumber', '105'))],
    ['openDelayMs', -1, say('settingsExpectedMs', '0', '2000', say('settingsValueNumber', '-1'))],
    ['excludedSites', ['example.com', 'a..b'], say('settingsItem', '2', say('settingsHostEmptyPart'))],
    ['aliases', { 'a/b': [7] }, say('settingsLabelled', 'a/b', say('settingsAliasNotText'))],
  ] as const)('refuses %s = %j with a structured message', (key, value, message) => {
    expect(validateSetting(key, value)).toEqual({ ok: false, message });
  });

  it.each([
    [{ badge: 'yes' }, 'badge: expected true or false, found the text "yes"', 'badge: ожидалось true или false, найдено: текст "yes"'],
    [{ triggerMode: [1, 2, 5] }, 'triggerMode: expected one of "hover", "modifier", "click", found a list of 3 items',
      'triggerMode: ожидалось одно из значений "hover", "modifier", "click", найдено: список из 3 элементов'],
    [{ cardTextSize: '1' }, 'cardTextSize: expected a multiple of 10 from 80% to 150%, found the text "1"',
      'cardTextSize: ожидалось число, кратное 10, от 80 до 150 %, найдено: текст "1"'],
    [{ aliases: { 'a/b': ['Koba', 'KOBA'] } }, 'aliases: a/b: "KOBA" is already an alias of this entity.',
      'aliases: a/b: «KOBA» уже есть среди псевдонимов этого объекта.'],
  ])('words the problem with %j in English and in Russian', (raw, english, russian) => {
    const [problem] = parseSettings(raw).problems;
    expect(problem && inEnglish(problemMessage(problem))).toBe(english);
    expect(problem && inRussian(problemMessage(problem))).toBe(russian);
  });

  it.each([
    ['excludedSites', CAPS.excludedSites, 'example.com'],
    ['disabledEntities', CAPS.disabledEntities, 'a/b'],
  ] as const)('caps %s at %i items, without looking at a huge list', (key, cap, item) => {
    expect(parseSettings({ [key]: Array.from({ length: cap }, () => item) }).problems).toEqual([]);
    expect(parseSettings({ [key]: Array.from({ length: cap + 1 }, () => item) }).problems).toEqual([
      { key, message: counted('settingsExpectedAtMost', cap, String(cap + 1)) },
    ]);
    const huge = { [key]: new Array(5_000_000).fill(item) };
    const started = performance.now();
    expect(parseSettings(huge).problems).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('caps aliases per entity and entities with aliases', () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, n) => `alias ${n}`);
    expect(parseSettings({ aliases: { 'a/b': aliases(CAPS.aliasesPerEntity) } }).problems).toEqual([]);
    expect(parseSettings({ aliases: { 'a/b': aliases(CAPS.aliasesPerEntity + 1) } }).problems[0]?.message).toEqual(
      say('settingsLabelled', 'a/b', counted('settingsExpectedAtMost', CAPS.aliasesPerEntity, String(CAPS.aliasesPerEntity + 1))),
    );
    const many = Object.fromEntries(Array.from({ length: CAPS.aliasEntities + 1 }, (_, n) => [`t/e${n}`, ['Koba']]));
    expect(inEnglish(parseSettings({ aliases: many }).problems[0]!.message)).toBe(`expected aliases for at most ${CAPS.aliasEntities} entities, found ${CAPS.aliasEntities + 1}`);
  });

  it('normalizes: duplicates dropped, aliases trimmed, empty alias lists left out, hosts in punycode', () => {
    expect(
      parseSettings({
        disabledEntities: ['a/b', 'a/b'],
        excludedSites: ['Example.com', 'example.com', 'bücher.de'],
        aliases: { 'a/b': ['  Nikita   Sergeyevich '], 'a/c': [] },
      }).settings,
    ).toEqual({
      ...defaults,
      disabledEntities: ['a/b'],
      excludedSites: ['example.com', 'xn--bcher-kva.de'],
      aliases: { 'a/b': ['Nikita Sergeyevich'] },
    });
  });

  it('keeps aliases with markup and metacharacters as text, and stored aliases without their direction controls', () => {
    const literal = { 'a/b': ['<b>Koba</b>', 'C++', 'Koba (Stalin)', '$Koba^'] };
    expect(parseSettings({ aliases: literal })).toEqual({ settings: { ...defaults, aliases: literal }, problems: [] });
    // Older versions accepted direction controls (copied RTL text brings them along): reading
    // such settings drops the invisible characters, never the aliases or the other keys.
    const { settings, problems } = parseSettings({
      badge: false,
      aliases: { 'a/b': ['Koba', '\u202Eaboк', '\u200Fسلام\u200F'], 'a/c': ['Uncle Joe'] },
      excludedSites: ['example.com'],
    });
    expect(settings).toEqual({ ...defaults, badge: false, aliases: { 'a/b': ['Koba', 'aboк', 'سلام'], 'a/c': ['Uncle Joe'] }, excludedSites: ['example.com'] });
    expect(problems).toEqual([]);
    // Nothing but direction controls and a duplicate once they are gone: still the key's own problem.
    expect(parseSettings({ aliases: { 'a/b': ['Koba', '\u202EKoba'] } }).problems).toEqual([{ key: 'aliases', message: say('settingsLabelled', 'a/b', say('settingsAliasDuplicate', 'Koba')) }]);
  });

  it('never throws, and always returns valid settings', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (raw) => {
        expect(parseSettings(parseSettings(raw).settings).problems).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(defaults)), fc.jsonValue()), (raw) => {
        const { settings, problems } = parseSettings(raw);
        expect(parseSettings(settings).problems).toEqual([]);
        for (const problem of problems) expect(inEnglish(problem.message).length).toBeLessThan(300);
      }),
    );
  });

  it('accepts every valid settings object unchanged', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expect(parseSettings(settings)).toEqual({ settings, problems: [] });
      }),
    );
  });

  it('returns fresh objects', () => {
    const first = parseSettings({}).settings;
    first.disabledEntities.push('a/b');
    expect(parseSettings({}).settings).toEqual(cloneDefaults());
  });
});

describe('validateAlias', () => {
  it.each([
    ['Koba', [], 'Koba'],
    ['  Nikita \t Sergeyevich  ', [], 'Nikita Sergeyevich'],
    ['Хрущёв', ['Khrushchev'], 'Хрущёв'],
    ['K.', [], 'K.'],
    ['x'.repeat(64), [], 'x'.repeat(64)],
    // Markup and regex metacharacters are plain text: shown as text, matched literally.
    ['<b>Koba</b>', [], '<b>Koba</b>'],
    ['<script>alert(1)</script>', [], '<script>alert(1)</script>'],
    ['Koba (Stalin)', ['Koba'], 'Koba (Stalin)'],
    ['C++', [], 'C++'],
    ['a.b', [], 'a.b'],
    ['[Koba]', ['Koba'], '[Koba]'],
    ['$Koba^', ['Koba'], '$Koba^'],
    ['\\bKoba|.*', [], '\\bKoba|.*'],
    // Right-to-left text, and the joiners Persian and emoji need, are not direction controls.
    ['ستالين', [], 'ستالين'],
    ['می\u200Cخواهم', [], 'می\u200Cخواهم'],
  ])('accepts %#: %j', (text, existing, value) => {
    expect(validateAlias(text, existing)).toEqual({ ok: true, value });
  });

  const empty = say('settingsAliasEmpty');
  const tooLong = counted('settingsAliasTooLong', 64);
  const noLetter = say('settingsAliasNoLetter');
  const control = say('settingsAliasControl');
  const direction = say('settingsAliasDirection');
  it.each([
    [empty, '', []],
    [empty, '   ', []],
    [counted('settingsAliasTooShort', 2), 'K', []],
    [tooLong, 'x'.repeat(65), []],
    [tooLong, 'x'.repeat(10_000_000), []],
    [noLetter, '--', []],
    [control, 'Ko\u0000ba', []],
    [control, 'Ko\uD800ba', []],
    [say('settingsAliasDuplicate', 'koba'), 'koba', ['Stalin', 'KOBA']],
    [say('settingsAliasDuplicate', 'хрущёв'), 'хрущёв', ['ХРУЩЁВ']],
    [say('settingsAliasNotText'), null, []],
    [tooLong, 'x'.repeat(10_000), []],
    [tooLong, `<script>${'x'.repeat(10_000)}</script>`, []],
    [tooLong, `<script>alert("${'Koba'.repeat(12)}")</script>`, []],
    [noLetter, '</>', []],
    [noLetter, '.*', []],
    [noLetter, '^$()[]{}|\\+?', []],
    [direction, '\u202Eaboк', []],
    [direction, '\u2066Koba\u2069', []],
    [direction, 'Koba\u200F', []], // not trimmed away
    [direction, '\u202E\u202C', []], // named for what it is
  ])('refuses: %j (case %#)', (message, text, existing) => {
    expect(validateAlias(text, existing)).toEqual({ ok: false, message });
  });

  it.each([
    ['K', 'An alias needs at least 2 characters.', 'В псевдониме должно быть не меньше 2 символов.'],
    ['x'.repeat(65), 'An alias can have at most 64 characters.', 'В псевдониме может быть не больше 64 символов.'],
    ['koba', '"koba" is already an alias of this entity.', '«koba» уже есть среди псевдонимов этого объекта.'],
  ])('words the refusal of %j in English and in Russian', (text, english, russian) => {
    const checked = validateAlias(text, ['KOBA']);
    expect(checked.ok ? null : [inEnglish(checked.message), inRussian(checked.message)]).toEqual([english, russian]);
  });

  it.each(['061C', '200E', '200F', '202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'])(
    'refuses the direction control U+%s anywhere in an alias',
    (hex) => {
      const control = String.fromCodePoint(Number.parseInt(hex, 16));
      for (const text of [`${control}Koba`, `Ko${control}ba`, `Koba${control}`]) {
        expect(validateAlias(text, [])).toEqual({ ok: false, message: say('settingsAliasDirection') });
      }
    },
  );
});

describe('highlight palette', () => {
  // WCAG 2 relative luminance and contrast ratio.
  const luminance = (hex: string): number => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (high + 0.05) / (low + 0.05);
  };
  const page = { light: { background: '#ffffff', text: '#1f1f1f' }, dark: { background: '#121212', text: '#e8e8e8' } };

  it.each(Object.entries(highlightPalette))('%s stays readable on light and dark pages', (_, swatch) => {
    for (const scheme of ['light', 'dark'] as const) {
      expect(contrast(swatch[scheme].line, page[scheme].background)).toBeGreaterThanOrEqual(3);
      expect(contrast(swatch[scheme].fill, page[scheme].text)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
