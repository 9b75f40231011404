/** The bare year (matching.md, "The year 1956"). */
import { describe, expect, it } from 'vitest';
import { matcherWith, show } from './helpers/matcher-fixture.ts';

const matcher = matcherWith();
const years = (text: string) => show(text, matcher.find(text)).filter((s) => s.endsWith('|year-1956'));
const Y = '1956|year-1956';

describe('where four digits stand alone as a year', () => {
  it.each([
    ['1956', [Y]],
    ['in 1956, the speech', [Y]],
    ['(1956)', [Y]],
    ["1956's thaw", ["1956's|year-1956"]],
    ['1956’s thaw', ['1956’s|year-1956']],
    ['February 25, 1956', [Y]],
    ['25 February 1956', [Y]],
    ['1956-02-25', [Y]],
    ['1956/02/25', [Y]],
    ['25.2.1956', [Y]],
    ['25/02/1956', [Y]],
    ['25-02-1956', [Y]],
    ['1953–1956', [Y]],
    ['1953-1956', [Y]],
    ['1955/1956', [Y]],
    ['1956-1964', [Y]],
    ['1956–64', [Y]],
    ['1956/57', [Y]],
    ['1956г', [Y]],
    ['1956гг.', [Y]],
    ['1956 г.', [Y]],
    ['1956年2月25日', [Y]],
    ['1956년', [Y]],
    ['于1956年', [Y]],
    ['No. 1956', [Y]],
    ['the year—1956—was', [Y]],
    ['1956.', [Y]],
    ['1956-era cars', [Y]],
    ['“1956”', [Y]],
    ['1956\u00a0года', [Y]],
  ] as [string, string[]][])('%s', (text, expected) => expect(years(text)).toEqual(expected));
});

describe('where it is a number, a code or part of something else', () => {
  it.each([
    '19560', '41956', '1956a067ff', 'e3b01956c', '1,956', '1.956', '31,956', '1,1956',
    '1956.5', '1956,5', '1956px', '1956kg', '1956x', '$1956', '€1956', '£1956', '#1956', '№1956',
    '555-1956', '1956-555-0100', '20110503221956', 'v1956', '1956.0.1', '1.2.1956.3',
    'No.1956', '/1956', '-1956', 'x-1956', 'page/1956/index', '1956/abc', '1956.html',
    'https://example.com/1956', 'www.example.com/1956', 'mail1956@example.com', 'a@1956.ru',
    '1956_draft', 'img_1956', '1956\u0301', '1956г2', '12.345.1956', '5-12-19-1956',
  ])('%s', (text) => expect(years(text)).toEqual([]));
});

it('marks year mentions with isYear and the year as trigger', () => {
  expect(matcher.find('Stalin 1956')).toEqual([
    expect.objectContaining({ entity: 'stalin', isYear: false }),
    { topic: 'secret-speech-1956', entity: 'year-1956', trigger: '1956', isYear: true, start: 7, end: 11 },
  ]);
});

it('finds every year in a run of dates and ranges', () => {
  expect(years('1956, 1956; (1956) 1953–1956 and 1956/57')).toHaveLength(5);
});
