/** Two topics with the same trigger: the mention is the first topic's and names the other (compile.ts `also`). */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/matcher/index.ts';
import type { MatchingPack } from '../../src/core/pack/types.ts';

const first: MatchingPack = { id: 'thaw', entities: [
  { id: 'year-1956', kind: 'year', year: 1956 },
  { id: 'speech', kind: 'event', triggers: { en: ['Secret Speech'] } },
] };
const second: MatchingPack = { id: 'hungary', entities: [
  { id: 'year-1956', kind: 'year', year: 1956 },
  { id: 'uprising', kind: 'event', triggers: { en: ['secret speech', 'Budapest'] } },
] };

describe('a trigger two topics share', () => {
  it('is one mention of the first topic that names the other topic\'s entity', () => {
    const matcher = createMatcher({ packs: [first, second] });
    const found = matcher.find('In 1956 the Secret Speech reached Budapest.');
    expect(found.map((m) => [m.topic, m.entity, m.also])).toEqual([
      ['thaw', 'year-1956', ['hungary/year-1956']],
      ['thaw', 'speech', ['hungary/uprising']],
      ['hungary', 'uprising', undefined],
    ]);
    const segments = matcher.findInSegments(['In 1956 the Secret ', 'Speech']);
    expect(segments.map((m) => m.also)).toEqual([['hungary/year-1956'], ['hungary/uprising']]);
  });

  it('names no entity that is switched off, and none of its own topic', () => {
    const off = createMatcher({ packs: [first, second], disabled: new Set(['hungary/uprising']) });
    expect(off.find('the Secret Speech')[0]?.also).toBeUndefined();
    const alias = createMatcher({ packs: [first], aliases: { 'thaw/year-1956': ['Secret Speech'] } });
    expect(alias.find('the Secret Speech')[0]?.also).toBeUndefined();
  });
});
