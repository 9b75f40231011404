/** The bundled content pack, the pack schema, and loading packs at run time. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../assets/topics/secret-speech.json';
import moon from '../fixtures/packs/moon-landing.json';
import { english, formatPackErrors } from '../../src/core/pack/english.ts';
import { localizePack } from '../../src/core/pack/localize.ts';
import { collectPacks, loadPacks, type LoadedPacks } from '../../src/core/pack/packs.ts';
import { validatePack } from '../../src/core/pack/validate.ts';

/** The pack's source text; the fixture's leading "# " lines say where it comes from. */
const seed = readFileSync(new URL('../fixtures/seed/secret-speech-1956.txt', import.meta.url), 'utf8').replace(/^(# .*\n)+\n/, '');
const clone = (): Record<string, any> => structuredClone(raw); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the bundled pack', () => {
  const result = validatePack(raw, 'secret-speech.json');
  const pack = result.ok ? result.pack : undefined;

  it('validates', () => expect(result).toMatchObject({ ok: true }));

  it('holds the four entities of matching.md', () => {
    expect(pack?.id).toBe('secret-speech-1956');
    expect(pack?.entities.map((e) => [e.id, e.kind])).toEqual([
      ['khrushchev', 'person'], ['stalin', 'person'], ['year-1956', 'year'], ['speech', 'event'],
    ]);
  });

  it('quotes the seed word for word, with its lost characters restored', () => {
    const restored = seed.replace('Ive thought', 'I’ve thought');
    const quoted = [...restored.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
    expect(pack?.quotes.map((q) => q.text)).toEqual(quoted);
    expect(pack?.quotes.map((q) => [q.author, q.lifeDates])).toEqual([
      ['Barbara Ehrenreich', '1941–2022'], ['Anton Pavlovich Chekhov', '1860–1904'], ['Leon Trotsky', '1879–1940'],
    ]);
    expect(pack?.quotes.map((q) => q.entities)).toEqual([['speech', 'freedom-of-speech'], ['speech', 'freedom-of-speech'], ['stalin']]);
  });

  it('writes its summary and facts in its own words (no long run copied from the seed)', () => {
    const en = localizePack(pack!, ['en']);
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
    const seedText = ` ${words(seed).join(' ')} `;
    for (const text of [en.summary, ...en.facts.map((f) => f.text)]) {
      const w = words(text);
      for (let i = 0; i + 8 <= w.length; i++) expect(seedText).not.toContain(` ${w.slice(i, i + 8).join(' ')} `);
    }
    expect(en.summary.split(/(?<=[.!?])\s+/)).toHaveLength(3);
  });

  it('points to further reading and its source', () => {
    const en = localizePack(pack!, ['en']);
    expect(en.furtherReading).toEqual({ title: 'Khrushchev Thaw', url: 'https://en.wikipedia.org/wiki/Khrushchev_Thaw' });
    expect(en.sources[0]?.title).toBe("1956 Khrushchev's Speech Denouncing Stalin");
  });

  it('says everything but its quotes in Russian too, in the same sentences and facts', () => {
    const en = localizePack(pack!, ['en']);
    const ru = localizePack(pack!, ['ru-RU']);
    expect(ru.language).toBe('ru');
    const texts = (p: typeof en) => [p.title, p.summary, ...p.entities.flatMap((e) => [e.name, e.identity]), ...p.facts.flatMap((f) => [f.label, f.text]),
      p.furtherReading.title, ...p.sources.map((s) => s.title)];
    const cyrillic = /[а-яё]/i;
    // "1956" is a name in every language; every other text is translated, into Cyrillic.
    expect(texts(ru).filter((text, i) => text === texts(en)[i])).toEqual(['1956']);
    expect(texts(ru).filter((text) => text !== '1956' && !cyrillic.test(text))).toEqual([]);
    expect(ru.summary.split(/(?<=[.!?])\s+/)).toHaveLength(3);
    // The same dates and numbers as the English, fact by fact: translated, nothing added.
    // Russian writes the congress's number in Roman numerals: "XX съезда".
    const numbers = (text: string) => (text.replace(/\bXX\b/g, '20').match(/\d+/g) ?? []).sort();
    expect(ru.facts.map((f) => numbers(f.text))).toEqual(en.facts.map((f) => numbers(f.text)));
    expect(ru.entities.map((e) => numbers(e.identity))).toEqual(en.entities.map((e) => numbers(e.identity)));
    expect(ru.quotes).toEqual(en.quotes);
    expect(pack!.quotes.every((q) => q.language === 'en')).toBe(true);
  });
});

describe('broken packs are refused with the right path', () => {
  const cases: [string, (p: Record<string, any>) => void, string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['not an object', () => undefined, ''],
    ['unknown top-level key', (p) => (p.extra = 1), 'extra'],
    ['old schema version', (p) => (p.schemaVersion = 1), 'schemaVersion'],
    ['no default language', (p) => delete p.language, 'language'],
    ['a text without the default language', (p) => (p.facts[1].text = { ru: 'Текст' }), 'facts[1].text'],
    ['a per-language text with a bad tag', (p) => (p.title.Russian = 'x'), 'title.Russian'],
    ['id not kebab-case', (p) => (p.id = 'Secret Speech'), 'id'],
    ['empty summary', (p) => (p.summary = ''), 'summary'],
    ['empty Russian summary', (p) => (p.summary.ru = ''), 'summary.ru'],
    ['padded title', (p) => (p.title = ' Title'), 'title'],
    ['empty trigger', (p) => (p.entities[2 - 1].triggers.en[0] = ''), 'entities[1].triggers.en[0]'],
    ['trigger list empty', (p) => (p.entities[0].triggers.de = []), 'entities[0].triggers.de'],
    ['bad language tag', (p) => (p.entities[0].triggers.English = ['x']), 'entities[0].triggers.English'],
    ['unknown entity kind', (p) => (p.entities[3].kind = 'place'), 'entities[3].kind'],
    ['unknown entity key', (p) => (p.entities[3].givenNames = []), 'entities[3].givenNames'],
    ['year not a number', (p) => (p.entities[2].year = '1956'), 'entities[2].year'],
    ['year with five digits', (p) => (p.entities[2].year = 19560), 'entities[2].year'],
    ['duplicate entity id', (p) => (p.entities[1].id = 'khrushchev'), 'entities[1].id'],
    ['fact names an unknown entity', (p) => (p.facts[2].entities[1] = 'lenin'), 'facts[2].entities[1]'],
    ['quote names an unlisted theme', (p) => delete p.themes, 'quotes[0].entities[1]'],
    ['theme collides with an entity', (p) => p.themes.push('stalin'), 'themes[1]'],
    ['life dates with a hyphen', (p) => (p.quotes[2].lifeDates = '1879-1940'), 'quotes[2].lifeDates'],
    ['http link', (p) => (p.furtherReading.url = 'http://en.wikipedia.org/wiki/Khrushchev_Thaw'), 'furtherReading.url'],
    ['no sources', (p) => (p.sources = []), 'sources'],
    ['missing quotes', (p) => delete p.quotes, 'quotes'],
  ];
  it.each(cases)('%s -> %s', (_name, breakIt, path) => {
    const pack = clone();
    breakIt(pack);
    const result = validatePack(_name === 'not an object' ? 'text' : pack, 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.file).toBe('broken.json');
      expect(result.errors.map((e) => e.path)).toContain(path);
      expect(formatPackErrors(result).every((line: string) => line.startsWith('broken.json: '))).toBe(true);
    }
  });
});

const lines = ({ problems }: LoadedPacks) => problems.map(({ file, error }) => `${file}: ${error.path}: ${english(error.key, error.args)}`);

describe('loading packs', () => {
  it('loads the bundled pack through import.meta.glob', () => {
    const loaded = loadPacks();
    expect(loaded.problems).toEqual([]);
    const { packs } = loaded;
    expect(packs.map((p) => p.id)).toEqual(['secret-speech-1956']);
  });

  it('drops a broken or duplicate pack with a clear message and keeps the rest', () => {
    const broken = { ...clone(), id: 'broken-pack', summary: 42 };
    const loaded = collectPacks({ '/b.json': broken, '/a.json': raw, '/c.json': moon, '/d.json': moon });
    expect(loaded.packs.map((p) => p.id)).toEqual(['secret-speech-1956', 'moon-landing-1969']);
    expect(lines(loaded)).toEqual([
      expect.stringMatching(/^\/b\.json: summary: /),
      '/d.json: id: topic "moon-landing-1969" is already loaded',
    ]);
  });

  it('never throws, whatever the files hold', () => {
    expect(() => collectPacks({ '/x.json': null, '/y.json': [], '/z.json': { entities: 'x' } })).not.toThrow();
    expect(collectPacks({ '/x.json': null }).packs).toEqual([]);
  });
});
