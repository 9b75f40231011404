/**
 * Random text for property tests: planted triggers (with random case, accents, combining
 * marks, white space and tails) among random characters that do or do not form
 * boundaries, URLs, numbers and identifiers; and the options they are matched with.
 */
import fc from 'fast-check';
import type { MatcherOptions } from '../../../src/core/matcher/types.ts';
import { bundledPack, TOPIC } from './matcher-fixture.ts';

export const options: MatcherOptions = {
  packs: [bundledPack],
  aliases: { [`${TOPIC}/stalin`]: ['Uncle Joe', 'a.b*(c)'], [`${TOPIC}/speech`]: ['Сек+рет'] },
  disabled: new Set([`${TOPIC}/nothing`]),
};
const words = [
  ...bundledPack.entities.flatMap((e) => (e.kind === 'year' ? [] : Object.values(e.triggers).flat())),
  ...bundledPack.entities.flatMap((e) => (e.kind === 'person' ? e.givenNames : [])),
  'Uncle Joe', 'a.b*(c)', 'Сек+рет', '1956', '1953', '19', '56', 'Stali', 'Khrushchevka', 'Stalingrad', 'хрущёвка',
];
const accents: Record<string, string[]> = {
  a: ['á', 'ä', 'A\u0301'], c: ['č', 'ç', 'C'], e: ['é', 'ë', 'e\u0308'], i: ['í', 'İ', 'i\u0301'], o: ['ó', 'ö'],
  s: ['š', 'ş', 's\u030C'], u: ['ü', 'ů'], z: ['ž'], е: ['ё', 'Ё', 'е\u0308'], и: ['й', 'И'], n: ['ñ', 'n\u00ad'],
};
const fillers = [
  ' ', '  ', '\u00a0', '\n', '\t', '_', '-', '–', '—', "'", '’', "'s", '’s', 's', 'a', 'em', 'owi', 'ой', 'ові', 'у',
  '.', ',', '/', ':', '$', '€', '#', '№', '@', '://', 'www.', 'x@y.z', 'x', 'A', 'é', '\u0301', '\u0308', '\u00ad',
  'S', 'Em', 'OWI', 'У', 'A', '0', '1', '9', '年', '년', 'г', '😀', '𝐀', '\ud800', '\udc00', 'Б', 'ä', '(', ')', '"', '«', 'Fan', 'ka',
];

/** A planted word with its letters randomly cased or accented and its spaces varied. */
const planted = fc.tuple(fc.constantFrom(...words), fc.array(fc.nat(7), { minLength: 40, maxLength: 40 })).map(([word, dice]) =>
  [...word].map((ch, i) => {
    const d = dice[i % dice.length]!;
    if (ch === ' ') return [' ', '\u00a0', '\n ', '  '][d % 4];
    const lower = ch.toLowerCase();
    if (d === 0 && accents[lower]) return accents[lower][i % accents[lower].length];
    if (d === 1) return ch.toUpperCase();
    if (d === 2) return ch.toLowerCase();
    return ch;
  }).join(''));

const piece = fc.oneof(
  { weight: 4, arbitrary: planted },
  { weight: 5, arbitrary: fc.constantFrom(...fillers) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
export const texts = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

export const view = (list: readonly { start: number; end: number; entity: string; isYear: boolean }[]) =>
  list.map(({ start, end, entity, isYear }) => ({ start, end, entity, isYear }));
