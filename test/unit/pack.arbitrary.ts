/**
 * fast-check generators of valid topic packs, and of one-field breakages of them that say
 * which path must be named. Shared by the fuzz test and the JSON Schema agreement test.
 */
import fc from 'fast-check';
import type { ContentPack, Entity, LocalText } from '../../src/core/pack/types.ts';

type Pack = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const LANGUAGES = ['en', 'ru', 'de', 'pt-BR', 'uk'] as const;
const letters = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const latin = letters('abcdefghijklmnopqrstuvwxyzäöüéšč', 3, 9);
const cyrillic = letters('абвгдеёжзийклмнопрстуфхцчшщыэюя', 3, 9);
const word = fc.oneof(latin, cyrillic);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
const kebab = fc.array(letters('abcdefghijklmnopqrstuvwxyz0123456789', 1, 6), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));

/** A text, or one per language holding `language`. */
const localText = (language: string, text: fc.Arbitrary<string> = sentence): fc.Arbitrary<LocalText> =>
  fc.oneof(text, fc.tuple(text, fc.dictionary(fc.constantFrom(...LANGUAGES), text, { maxKeys: 3 })).map(([own, more]) => ({ ...more, [language]: own })));

const url = fc.array(letters('abcdefghijklmnopqrstuvwxyz0123456789_', 1, 8), { maxLength: 3 }).map((parts) => `https://example.org/${parts.join('/')}`);
const link = (language: string) => fc.record({ title: localText(language), url });
const lifeDates = fc.oneof(
  fc.tuple(fc.integer({ min: 1000, max: 1950 }), fc.integer({ min: 1, max: 99 })).map(([born, age]) => `${born}–${born + age}`),
  fc.integer({ min: 1900, max: 2010 }).map((born) => `b. ${born}`),
);

/**
 * A trigger no other entity has and that is no common word: capitalised, at least three
 * letters, with the entity's own letters in front (`own`).
 */
const trigger = (own: string) => fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => [own + a, b].filter(Boolean).join(' ').replace(/^./, (c) => c.toUpperCase()));
const triggers = (own: string) => fc.dictionary(fc.constantFrom(...LANGUAGES), fc.uniqueArray(trigger(own), { minLength: 1, maxLength: 3 }), { minKeys: 1, maxKeys: 3 });

function entity(id: string, index: number, language: string): fc.Arbitrary<Entity> {
  const own = 'qwxz'[index % 4]! + 'jqxz'[Math.floor(index / 4) % 4]!;
  const base = { id: fc.constant(id), name: localText(language, word), identity: localText(language) };
  return fc.oneof(
    fc.record({ ...base, kind: fc.constant('person' as const), triggers: triggers(own), givenNames: fc.uniqueArray(word, { maxLength: 3 }) }),
    fc.record({ ...base, kind: fc.constant('event' as const), triggers: triggers(own) }),
    fc.record({ ...base, kind: fc.constant('year' as const), year: fc.integer({ min: 1000, max: 9999 }) }),
  );
}

export const validPack: fc.Arbitrary<ContentPack> = fc
  .record({
    language: fc.constantFrom(...LANGUAGES),
    ids: fc.uniqueArray(kebab.map((k) => `x${k}`), { minLength: 1, maxLength: 5 }),
    themes: fc.uniqueArray(kebab.map((k) => `theme-${k}`), { maxLength: 2 }),
  })
  .chain(({ language, ids, themes }) => {
    const refs = fc.uniqueArray(fc.constantFrom(...ids, ...themes), { minLength: 1, maxLength: 3 });
    return fc.record(
      {
        schemaVersion: fc.constant(2 as const),
        id: kebab,
        language: fc.constant(language),
        title: localText(language),
        summary: localText(language),
        entities: fc.tuple(...ids.map((id, i) => entity(id, i, language))),
        facts: fc.array(fc.record({ label: localText(language, word), text: localText(language), entities: refs }), { maxLength: 4 }),
        quotes: fc.array(fc.record({ text: sentence, language: fc.constantFrom(...LANGUAGES), author: sentence, lifeDates, entities: refs }, { requiredKeys: ['text', 'author', 'lifeDates', 'entities'] }), { maxLength: 3 }),
        furtherReading: link(language),
        sources: fc.array(link(language), { minLength: 1, maxLength: 2 }),
        themes: fc.constant(themes),
      },
      { requiredKeys: ['schemaVersion', 'id', 'language', 'title', 'summary', 'entities', 'facts', 'quotes', 'furtherReading', 'sources', 'themes'] },
    );
  })
  // `themes` is optional: left out when there are none.
  .map((generated) => {
    const pack: ContentPack = generated;
    if (pack.themes?.length === 0) delete pack.themes;
    return pack;
  });

/** One field broken: the path the checker must name, and whether JSON Schema can see it too. */
export interface Breakage {
  what: string;
  path: string;
  /** False where only the whole-pack rules (refs.ts) can tell. */
  schemaSees: boolean;
}

type Break = (pack: Pack) => Breakage | null;

const firstWithTriggers = (pack: Pack): number => pack.entities.findIndex((e: Pack) => e.kind !== 'year');
const firstYear = (pack: Pack): number => pack.entities.findIndex((e: Pack) => e.kind === 'year');

const BREAKS: Break[] = [
  (p) => ((p.title = 42), { what: 'title not text', path: 'title', schemaSees: true }),
  (p) => (delete p.summary, { what: 'no summary', path: 'summary', schemaSees: true }),
  (p) => ((p.schemaVersion = 3), { what: 'a newer version', path: 'schemaVersion', schemaSees: true }),
  (p) => ((p.language = 'English'), { what: 'a bad language tag', path: 'language', schemaSees: true }),
  (p) => ((p.entities[0].id = 'Not Kebab'), { what: 'an id not kebab-case', path: 'entities[0].id', schemaSees: true }),
  (p) => ((p.entities[0].extra = true), { what: 'an unknown key', path: 'entities[0].extra', schemaSees: true }),
  (p) => ((p.entities[0].identity = 'Hi <script>x</script>'), { what: 'markup', path: 'entities[0].identity', schemaSees: true }),
  (p) => ((p.entities[0].name = 'A\u202Eb'), { what: 'a direction override', path: 'entities[0].name', schemaSees: true }),
  (p) => ((p.sources[0].url = 'http://example.org/'), { what: 'an http link', path: 'sources[0].url', schemaSees: true }),
  (p) => ((p.furtherReading.url = 'javascript:alert(1)'), { what: 'a javascript: link', path: 'furtherReading.url', schemaSees: true }),
  (p) => ((p.summary = ` ${typeof p.summary === 'string' ? p.summary : 'x'}`), { what: 'padded text', path: 'summary', schemaSees: true }),
  (p) => ((p.sources = []), { what: 'no sources', path: 'sources', schemaSees: true }),
  (p) => {
    const i = firstWithTriggers(p);
    if (i < 0) return null;
    const [tag] = Object.keys(p.entities[i].triggers);
    p.entities[i].triggers[tag!][0] = 'The';
    return { what: 'a common word', path: `entities[${i}].triggers${/^[A-Za-z_$][\w$-]*$/.test(tag!) ? `.${tag}` : `[${JSON.stringify(tag)}]`}[0]`, schemaSees: true };
  },
  (p) => {
    const i = firstWithTriggers(p);
    if (i < 0) return null;
    p.entities[i].triggers.en = ['7'];
    return { what: 'a bare number', path: `entities[${i}].triggers.en[0]`, schemaSees: true };
  },
  (p) => {
    const i = firstYear(p);
    if (i < 0) return null;
    p.entities[i].year = 19;
    return { what: 'a two-digit year', path: `entities[${i}].year`, schemaSees: true };
  },
  (p) => {
    if (p.quotes.length === 0) return null;
    p.quotes[0].lifeDates = '1900-1990';
    return { what: 'life dates with a hyphen', path: 'quotes[0].lifeDates', schemaSees: true };
  },
  (p) => {
    if (p.entities.length < 2) return null;
    p.entities[1].id = p.entities[0].id;
    return { what: 'a duplicate entity id', path: 'entities[1].id', schemaSees: false };
  },
  (p) => {
    if (p.facts.length === 0) return null;
    p.facts[0].entities = ['nobody-here'];
    return { what: 'a reference to nothing', path: 'facts[0].entities[0]', schemaSees: false };
  },
  (p) => {
    p.title = { xx: 'Title' };
    return { what: 'no text in the default language', path: 'title', schemaSees: false };
  },
];

/** A valid pack with one field broken, and what the checker must say about it. */
export const brokenPack: fc.Arbitrary<{ pack: Pack; breakage: Breakage }> = fc
  .tuple(validPack, fc.nat({ max: BREAKS.length - 1 }))
  .map(([valid, n]) => {
    const pack = structuredClone(valid) as Pack;
    // Not every breakage fits every pack (no quotes to break): the first that fits, from n on.
    for (let k = 0; k < BREAKS.length; k++) {
      const breakage = BREAKS[(n + k) % BREAKS.length]!(pack);
      if (breakage) return { pack, breakage };
    }
    throw new Error('no breakage fits'); // the first breaks fit every pack
  });
