/** Aliases, disabled entities, more than one pack, and segments. */
import { describe, expect, it } from 'vitest';
import moon from '../fixtures/packs/moon-landing.json';
import { createMatcher } from '../../src/core/matcher/index.ts';
import { bundledPack, matcherWith, packFrom, show, TOPIC } from './helpers/matcher-fixture.ts';

const moonPack = packFrom(moon, 'moon-landing.json');

describe('user aliases', () => {
  const matcher = matcherWith({
    aliases: {
      [`${TOPIC}/stalin`]: ['Uncle Joe', 'Koba', 'J.V.S.', '(Stalin)*', '  ', '', 'Vožd'],
      [`${TOPIC}/speech`]: ['a+b?c[d]', '$1956^'],
      [`${TOPIC}/nobody`]: ['Nobody'],
      'other-topic/stalin': ['Koba2'],
    },
  });
  it.each([
    ['Uncle Joe smiled; uncle\u00a0\njoe', ['Uncle Joe|stalin', 'uncle\u00a0\njoe|stalin']],
    ["Koba's men, Kobas", ["Koba's|stalin", 'Kobas|stalin']],
    ['Kobaa, Koban', []], // aliases take the general tails only
    ['J.V.S. and J.V.S.x', ['J.V.S.|stalin']],
    ['(Stalin)* and (Stalin)', ['(Stalin)*|stalin', 'Stalin|stalin']],
    ['a+b?c[d] but not aab?c[d] or abc', ['a+b?c[d]|speech']],
    ['$1956^', ['$1956^|speech']],
    ['Vozd, VOŽD', ['Vozd|stalin', 'VOŽD|stalin']],
    ['Nobody and Koba2', []],
  ] as [string, string[]][])('%s', (text, expected) => expect(show(text, matcher.find(text))).toEqual(expected));

  it('reports the alias as written', () => {
    expect(matcher.find('uncle joe')[0]).toMatchObject({ trigger: 'Uncle Joe', entity: 'stalin', isYear: false });
  });
});

// Aliases are plain text (issue #8): markup and regex metacharacters are matched as the
// characters they are, and the characters just outside still must not be letters or digits.
describe('aliases with markup and regex metacharacters match literally', () => {
  const matcher = matcherWith({
    aliases: {
      [`${TOPIC}/stalin`]: ['Koba (Stalin)', 'C++', 'a.b', 'Ko.*', '[Koba]', '<b>Koba</b>'],
      [`${TOPIC}/speech`]: ['<script>alert(1)</script>'],
    },
  });
  it.each([
    ['Then Koba (Stalin) said', ['Koba (Stalin)|stalin']], // the longer alias wins over "Stalin"
    ['KOBA  (stalin)', ['KOBA  (stalin)|stalin']],
    ['Koba alone, (Stalin) too', ['Stalin|stalin']],
    ['C++ and C++x and xC++, c++.', ['C++|stalin', 'c++|stalin']],
    ['a.b, axb, a.bc, aab', ['a.b|stalin']],
    ['Ko.* but not Koba or Kox', ['Ko.*|stalin']],
    ['[Koba] but not Koba or [Koba', ['[Koba]|stalin']],
    ['<b>Koba</b> and <B>KOBA</B>', ['<b>Koba</b>|stalin', '<B>KOBA</B>|stalin']],
    ['Koba, <b>Koba, <b>Koba</b>x', []], // "Koba" alone is no alias here
    ['x <script>alert(1)</script>. x<script>alert(1)</script>', ['<script>alert(1)</script>|speech']],
    ['<script>alert(2)</script>', []],
  ] as [string, string[]][])('%s', (text, expected) => expect(show(text, matcher.find(text))).toEqual(expected));
});

describe('disabled entities', () => {
  const matcher = matcherWith({
    disabled: new Set([`${TOPIC}/year-1956`, `${TOPIC}/khrushchev`]),
    aliases: { [`${TOPIC}/khrushchev`]: ['Kukuruznik'] },
  });
  it('produce no mentions, not even through aliases or given names', () => {
    const text = 'Nikita Khrushchev, Kukuruznik, 1956, Stalin, Khrushchev Thaw';
    expect(show(text, matcher.find(text))).toEqual(['Stalin|stalin', 'Khrushchev Thaw|speech']);
  });
  it('leave an empty matcher when everything is off', () => {
    const off = new Set(bundledPack.entities.map((e) => `${TOPIC}/${e.id}`));
    expect(matcherWith({ disabled: off }).find('Stalin 1956')).toEqual([]);
    expect(createMatcher({ packs: [] }).find('Stalin 1956')).toEqual([]);
  });
});

describe('a second pack works with no code change', () => {
  const matcher = createMatcher({ packs: [bundledPack, moonPack] });
  it.each([
    ['Neil Alden Armstrong in 1969', ['Neil Alden Armstrong|armstrong', '1969|year-1969']],
    ["Armstrong's step, Армстронга", ["Armstrong's|armstrong", 'Армстронга|armstrong']],
    ['Apollo 11 landed in the Sea of Tranquility (Meer der Ruhe)', ['Apollo 11|apollo-11', 'Sea of Tranquility|apollo-11', 'Meer der Ruhe|apollo-11']],
    ['Apollo 110, 19690', []],
    ['Khrushchev 1956, Armstrong 1969', ['Khrushchev|khrushchev', '1956|year-1956', 'Armstrong|armstrong', '1969|year-1969']],
  ] as [string, string[]][])('%s', (text, expected) => expect(show(text, matcher.find(text))).toEqual(expected));

  it('tags mentions with their topic', () => {
    expect(matcher.find('Armstrong, Stalin').map((m) => m.topic)).toEqual(['moon-landing-1969', TOPIC]);
  });
});

describe('findInSegments', () => {
  const matcher = matcherWith();
  it('joins a given name and a surname across segments', () => {
    expect(matcher.findInSegments(['Nikita ', 'Khrushchev', ' spoke'])).toEqual([
      expect.objectContaining({ entity: 'khrushchev', start: { segment: 0, offset: 0 }, end: { segment: 1, offset: 10 } }),
    ]);
  });
  it('ends a mention at the end of the earlier segment, never at offset 0 of the next', () => {
    const [m] = matcher.findInSegments(['Sta', 'lin', ' and']);
    expect(m).toMatchObject({ start: { segment: 0, offset: 0 }, end: { segment: 1, offset: 3 } });
  });
  it('starts a mention in the segment holding its first character, skipping empty ones', () => {
    const [m] = matcher.findInSegments(['In ', '', 'Secret', '', '\u00a0', 'Speech', '', '.']);
    expect(m).toMatchObject({ entity: 'speech', start: { segment: 2, offset: 0 }, end: { segment: 5, offset: 6 } });
  });
  it('maps several mentions in one segment and tails split from their word', () => {
    expect(matcher.findInSegments(['Stalin and Stalin', "'s 1956"]).map((m) => [m.start, m.end])).toEqual([
      [{ segment: 0, offset: 0 }, { segment: 0, offset: 6 }],
      [{ segment: 0, offset: 11 }, { segment: 1, offset: 2 }],
      [{ segment: 1, offset: 3 }, { segment: 1, offset: 7 }],
    ]);
  });
  it('handles no segments and empty segments', () => {
    expect(matcher.findInSegments([])).toEqual([]);
    expect(matcher.findInSegments(['', ''])).toEqual([]);
  });
});
