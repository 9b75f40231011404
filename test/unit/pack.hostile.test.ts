/**
 * Packs a user might bring, written to hurt: each is refused with the path of the bad
 * value and the key of the reason (the English line comes from the catalogue).
 */
import { describe, expect, it } from 'vitest';
import raw from '../../assets/topics/secret-speech.json';
import { english, formatPackErrors } from '../../src/core/pack/english.ts';
import { nestingDepth, readPackFile } from '../../src/core/pack/file.ts';
import { PACK_LIMITS } from '../../src/core/pack/limits.ts';
import type { PackMessageKey } from '../../src/core/pack/messages.ts';
import { validatePack } from '../../src/core/pack/validate.ts';

type Pack = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const clone = (): Pack => structuredClone(raw);
const bytes = (text: string) => new TextEncoder().encode(text);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** Distinct, harmless words: "wordaa", "wordab"… */
const word = (i: number) => `word${String.fromCharCode(97 + Math.floor(i / 26) % 26, 97 + (i % 26))}${Math.floor(i / 676) || ''}`;

function refusal(pack: unknown): [string, PackMessageKey][] {
  const result = validatePack(pack, 'hostile.json');
  return result.ok ? [] : result.errors.map((e) => [e.path, e.key]);
}

describe('hostile values are refused at their path', () => {
  const cases: [what: string, breakIt: (p: Pack) => void, path: string, key: PackMessageKey][] = [
    // Markup and script: refused, not neutralised (the card sets text, so it could do no harm; it is never a pack's intent).
    ['<script> in the summary', (p) => (p.summary.en = 'Hi <script>alert(1)</script>'), 'summary.en', 'packMarkup'],
    ['a closing tag in a fact', (p) => (p.facts[0].text.ru = 'Текст </p>'), 'facts[0].text.ru', 'packMarkup'],
    ['an HTML comment in a name', (p) => (p.entities[0].name = 'A <!-- b -->'), 'entities[0].name', 'packMarkup'],
    ['an image tag in a quote', (p) => (p.quotes[0].text = '<img src=x onerror=alert(1)>'), 'quotes[0].text', 'packMarkup'],
    ['markup in a trigger', (p) => (p.entities[1].triggers.en[0] = '<b>Stalin'), 'entities[1].triggers.en[0]', 'packMarkup'],
    ['an XML declaration in a source title', (p) => (p.sources[0].title = '<?xml x?>'), 'sources[0].title', 'packMarkup'],
    ['a right-to-left override in a title', (p) => (p.title.en = 'Speech \u202Ethgir'), 'title.en', 'packDirectionChar'],
    ['a left-to-right isolate in an identity', (p) => (p.entities[0].identity.en = 'Leader \u2066x\u2069'), 'entities[0].identity.en', 'packDirectionChar'],
    ['a right-to-left mark in a trigger', (p) => (p.entities[1].triggers.ru[0] = 'Ста\u200Fлин'), 'entities[1].triggers.ru[0]', 'packDirectionChar'],
    ['an Arabic letter mark in an author', (p) => (p.quotes[1].author = 'Anton\u061C Chekhov'), 'quotes[1].author', 'packDirectionChar'],
    ['a NUL in a label', (p) => (p.facts[0].label.en = 'Da\u0000te'), 'facts[0].label.en', 'packControlChar'],
    ['a line break in a summary', (p) => (p.summary.ru = 'Первая строка\nвторая'), 'summary.ru', 'packControlChar'],
    ['a zero-width space in a given name', (p) => (p.entities[0].givenNames[0] = 'Ni\u200Bkita'), 'entities[0].givenNames[0]', 'packControlChar'],
    ['a lone surrogate in a quote', (p) => (p.quotes[2].text = 'broken \uD800 text'), 'quotes[2].text', 'packControlChar'],
    ['a javascript: link', (p) => (p.furtherReading.url = 'javascript:alert(1)'), 'furtherReading.url', 'packNotHttps'],
    ['a data: link', (p) => (p.sources[0].url = 'data:text/html,<b>x</b>'.replace('<b>x</b>', 'x')), 'sources[0].url', 'packNotHttps'],
    ['an http: link', (p) => (p.sources[0].url = 'http://en.wikipedia.org/'), 'sources[0].url', 'packNotHttps'],
    ['a link that is no URL', (p) => (p.sources[0].url = 'https://exa mple.org'), 'sources[0].url', 'packNotUrl'],
    ['a single-letter trigger', (p) => (p.entities[1].triggers.en[0] = 'S'), 'entities[1].triggers.en[0]', 'packTriggerFewLetters'],
    ['a single-character CJK trigger', (p) => (p.entities[1].triggers.ru[0] = '毛'), 'entities[1].triggers.ru[0]', 'packTriggerFewLetters'],
    ['a bare number as a trigger', (p) => (p.entities[3].triggers.en[0] = '1956'), 'entities[3].triggers.en[0]', 'packTriggerFewLetters'],
    ['a number and a letter', (p) => (p.entities[3].triggers.en[0] = '20 s'), 'entities[3].triggers.en[0]', 'packTriggerFewLetters'],
    ['punctuation only', (p) => (p.entities[3].triggers.en[0] = '...'), 'entities[3].triggers.en[0]', 'packTriggerFewLetters'],
    ['"the"', (p) => (p.entities[3].triggers.en[0] = 'The'), 'entities[3].triggers.en[0]', 'packTriggerCommonWord'],
    ['"und"', (p) => (p.entities[0].triggers.de[0] = 'UND'), 'entities[0].triggers.de[0]', 'packTriggerCommonWord'],
    ['"и"', (p) => (p.entities[0].triggers.ru[0] = 'и'), 'entities[0].triggers.ru[0]', 'packTriggerFewLetters'],
    ['"это"', (p) => (p.entities[0].triggers.ru[0] = 'Это'), 'entities[0].triggers.ru[0]', 'packTriggerCommonWord'],
    ['common words only', (p) => (p.entities[3].triggers.en[0] = 'of the'), 'entities[3].triggers.en[0]', 'packTriggerCommonWord'],
    ['a duplicate entity id', (p) => (p.entities[3].id = 'stalin'), 'entities[3].id', 'packDuplicateEntity'],
    ['a theme that is an entity id', (p) => (p.themes = ['freedom-of-speech', 'speech']), 'themes[1]', 'packThemeTaken'],
    ['a duplicate theme', (p) => (p.themes = ['freedom-of-speech', 'freedom-of-speech']), 'themes[1]', 'packThemeTaken'],
    ['one trigger for two entities', (p) => p.entities[3].triggers.en.push('STALIN'), 'entities[3].triggers.en[13]', 'packDuplicateTrigger'],
    ['__proto__ at the top', (p) => Object.defineProperty(p, '__proto__', { value: { polluted: true }, enumerable: true }), '__proto__', 'packForbiddenKey'],
    ['constructor in an entity', (p) => (p.entities[0].constructor = 'x'), 'entities[0].constructor', 'packForbiddenKey'],
    ['prototype in a trigger record', (p) => (p.entities[0].triggers.prototype = ['Xx']), 'entities[0].triggers.prototype', 'packForbiddenKey'],
    ['__proto__ in a per-language text', (p) => Object.defineProperty(p.title, '__proto__', { value: 'x', enumerable: true }), 'title.__proto__', 'packForbiddenKey'],
    ['one language twice in a text', (p) => (p.title = { en: 'T', 'pt-BR': 'T', 'pt-br': 'T' }), 'title', 'packDuplicateLanguage'],
    ['a summary over its limit', (p) => (p.summary = 'x'.repeat(1501)), 'summary', 'packTooLong'],
    ['a trigger over its limit', (p) => (p.entities[1].triggers.en[0] = 'S'.repeat(101)), 'entities[1].triggers.en[0]', 'packTooLong'],
    ['too many entities', (p) => (p.entities = range(201).map((i) => ({ id: `e${i}`, kind: 'year', name: 'Y', identity: 'A year', year: 1000 + i }))), 'entities', 'packTooMany'],
    ['too many facts', (p) => (p.facts = range(201).map(() => p.facts[0])), 'facts', 'packTooMany'],
    ['too many quotes', (p) => (p.quotes = range(101).map(() => p.quotes[0])), 'quotes', 'packTooMany'],
    ['too many triggers in one list', (p) => (p.entities[3].triggers.en = range(201).map(word)), 'entities[3].triggers.en', 'packTooMany'],
    ['too many triggers in all', (p) => {
      p.entities = range(11).map((e) => ({ id: `e${e}`, kind: 'event', name: 'N', identity: 'I', triggers: { en: range(190).map((i) => word(e * 190 + i)) } }));
      p.facts = [];
      p.quotes = [];
    }, 'entities', 'packTooManyTriggers'],
    ['too many languages in one text', (p) => (p.title = Object.fromEntries(['en', ...range(64).map((i) => `x${word(i).slice(4)}`)].map((tag) => [tag.slice(0, 3), 'T']))), 'title', 'packTooMany'],
    ['too many languages in all', (p) => {
      // 70 tags, each text object small: only the pack as a whole is over.
      const tags = range(70).map((i) => `en-x${word(i).slice(4, 6)}`);
      p.facts.forEach((fact: Pack, i: number) => (fact.text = { en: 'T', ...Object.fromEntries(tags.slice(i * 9, i * 9 + 9).map((tag) => [tag, 'T'])) }));
    }, '', 'packTooManyLanguages'],
  ];
  it.each(cases)('%s', (_what, breakIt, path, key) => {
    const pack = clone();
    breakIt(pack);
    expect(refusal(pack)).toContainEqual([path, key]);
  });

  it('counts the problems past the first fifty instead of listing thousands', () => {
    const pack = clone();
    for (const i of range(5000)) pack[`extra${i}`] = i;
    const errors = refusal(pack);
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toEqual(['', 'packMoreProblems']);
    const result = validatePack(pack, 'x.json');
    expect(!result.ok && result.errors.at(-1)?.args).toEqual(['4950']);
  });

  it('never lets a forbidden key reach a prototype', () => {
    const pack = JSON.parse(JSON.stringify(raw).replace('{', '{"__proto__": {"polluted": true},')) as Pack;
    expect(refusal(pack)).toEqual([['__proto__', 'packForbiddenKey']]);
    expect(({} as Pack).polluted).toBeUndefined();
  });

  it('keeps harmless look-alikes: "a < b", "<3", Persian zero-width non-joiner, right-to-left text', () => {
    const pack = clone();
    pack.facts[0].text.en = 'Less: a < b, and <3 too.';
    pack.facts[1].text = { en: 'English.', fa: 'می\u200Cخواهم', he: 'שלום עולם' };
    expect(refusal(pack)).toEqual([]);
  });

  it('says each refusal in English from the catalogue, naming the path', () => {
    const pack = clone();
    pack.summary.en = '<script>';
    const result = validatePack(pack, 'hostile.json');
    expect(!result.ok && formatPackErrors(result)).toEqual(['hostile.json: summary.en: must not hold markup (“<” followed by a letter, “/”, “!” or “?”)']);
    expect(english('packTooMany', ['200'])).toBe('must hold at most 200 items');
  });
});

describe('hostile files are refused before they are parsed', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const cases: [what: string, input: () => string | Uint8Array, key: PackMessageKey, args: string[]][] = [
    ['a text over 1 MB', () => ' '.repeat(PACK_LIMITS.fileBytes + 1), 'packFileTooLarge', ['1.0', '1.0']],
    ['a text of 2 MB in UTF-8', () => 'é'.repeat(PACK_LIMITS.fileBytes), 'packFileTooLarge', ['2.0', '1.0']],
    ['bytes over 1 MB', () => new Uint8Array(3 * PACK_LIMITS.fileBytes), 'packFileTooLarge', ['3.0', '1.0']],
    ['UTF-16', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), 'packFileUtf16', []],
    ['invalid UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'packFileNotUtf8', []],
    ['NUL bytes', () => new Uint8Array([0x7b, 0, 0, 0x7d]), 'packFileBinary', []],
    ['white space only', () => ' \n\t', 'packFileEmpty', []],
    ['a trailing comma', () => '{\n  "id": "x",\n}', 'packFileNotJson', ['3', '1']],
    ['deep nesting in a value', () => JSON.stringify({ ...raw, themes: JSON.parse(nested(20)) }), 'packFileTooDeep', ['16']],
    ['deep nesting, 100,000 levels', () => nested(100_000), 'packFileTooDeep', ['16']],
  ];
  it.each(cases)('%s', (_what, input, key, args) => {
    expect(readPackFile(input(), 'f.json')).toEqual({ ok: false, file: 'f.json', errors: [{ path: '', key, args }] });
  });

  it('reads the bundled pack from bytes with a byte order mark', () => {
    expect(readPackFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(JSON.stringify(raw))]), 'f.json')).toMatchObject({ ok: true });
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a": "[[[[[[", "b": [{"c": "\\"]]]"}]}', 16)).toBe(3);
  });
});
