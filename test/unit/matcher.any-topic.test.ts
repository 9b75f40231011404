/**
 * The matching rules are generic, not tuned to the bundled topic: the docs' example pack
 * (docs/examples/berlin-wall-1989.json), which the matcher has never been shaped around,
 * is found in realistic sentences (inflected names, case and diacritics, given names,
 * phrases across line breaks, years) and not in near-misses, next to the bundled pack.
 */
import { describe, expect, it } from 'vitest';
import example from '../../docs/examples/berlin-wall-1989.json';
import { createMatcher } from '../../src/core/matcher/index.ts';
import { bundledPack, packFrom, show } from './helpers/matcher-fixture.ts';

const wall = packFrom(example, 'berlin-wall-1989.json');
const matcher = createMatcher({ packs: [bundledPack, wall] });
const rows = (table: [string, string[]][]) => table.map(([text, expected]) => ({ text, expected }));

describe('a topic the project has never seen', () => {
  it('validates', () => expect(wall.id).toBe('berlin-wall-1989'));

  it.each(rows([
    ['Günter Schabowski read out the new rules.', ['Günter Schabowski|schabowski']],
    ['GUNTER SCHABOWSKI, without the umlaut', ['GUNTER SCHABOWSKI|schabowski']],
    ['Guenter is not Günter: Guenter Schabowski', ['Schabowski|schabowski']],
    ['Schabowskis Zettel lag auf dem Tisch.', ['Schabowskis|schabowski']],
    ['Schabowski’s note', ['Schabowski’s|schabowski']],
    ['Эрих Хонеккер ушёл в отставку.', ['Эрих Хонеккер|honecker']],
    ['После Хонеккера страной руководил Кренц.', ['Хонеккера|honecker']],
    ['с Хонеккером и о Хонеккере', ['Хонеккером|honecker', 'Хонеккере|honecker']],
    ['Erich\nHonecker', ['Erich\nHonecker|honecker']],
    ['the Berlin\n    Wall came down', ['Berlin\n    Wall|wall']],
    ['BERLINER MAUER und der Mauerfall', ['BERLINER MAUER|wall', 'Mauerfall|wall']],
    ['после падения Берлинской стены', ['Берлинской стены|wall']],
    ['the fall of the Wall in 1989.', ['fall of the Wall|wall', '1989|year-1989']],
    ['Khrushchev and the Berlin Wall', ['Khrushchev|khrushchev', 'Berlin Wall|wall']],
  ]))('finds $text', ({ text, expected }) => expect(show(text, matcher.find(text))).toEqual(expected));

  it.each(rows([
    ['Honeckerstraße and HoneckerFan', []],
    ['Schabowskian prose', []],
    ['Erich alone, Günter alone', []],
    ['the Berlin wallpaper', []],
    ['see https://example.org/Honecker or honecker@example.org', []],
    ['version 19890 and 1989.5', []],
    ['Berlin, a wall', []],
  ]))('does not find $text', ({ text, expected }) => expect(show(text, matcher.find(text))).toEqual(expected));

  it('marks a bare year as a year, for the rule "only on pages about the topic"', () => {
    const [year] = matcher.find('In 1989 much changed.');
    expect(year).toMatchObject({ topic: 'berlin-wall-1989', entity: 'year-1989', isYear: true });
    expect(matcher.find('Honecker resigned.')[0]?.isYear).toBe(false);
  });
});
