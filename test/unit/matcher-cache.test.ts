/** The background's matcher for every frame (src/background/matcher-cache.ts): compiled once per change of what it depends on, and following settings and topics. */
import { describe, expect, it } from 'vitest';
import moon from '../fixtures/packs/moon-landing.json';
import { matcherCache } from '../../src/background/matcher-cache.ts';
import { matcherFrom } from '../../src/core/matcher/portable.ts';
import { matchingPart } from '../../src/core/pack/matching-part.ts';
import type { MatchingPack } from '../../src/core/pack/types.ts';
import type { TopicFeed } from '../../src/core/messages.ts';
import { cloneDefaults } from '../../src/core/settings/defaults.ts';
import { bundledPack, TOPIC } from './helpers/matcher-fixture.ts';

const none: TopicFeed = { off: [], imported: [], version: '[]' };
const withMoon: TopicFeed = { off: [], imported: [matchingPart(moon as unknown as MatchingPack)], version: '[["moon-landing-1969","t1"]]' };
const entities = (found: { topic: string; entity: string }[]) => found.map(({ topic, entity }) => `${topic}/${entity}`);
const TEXT = 'Khrushchev spoke in 1956; Neil Armstrong and the Lunar Module, in 1969.';

describe('the background\'s matcher cache', () => {
  it('compiles once per matching key, and again when settings or topics change it', () => {
    const matcherFor = matcherCache([bundledPack]);
    const first = matcherFor(cloneDefaults(), none);
    expect(matcherFor({ ...cloneDefaults(), highlightColor: 'blue' }, none)).toBe(first); // looks only
    expect(entities(matcherFrom(first.matcher).find(TEXT))).toEqual([`${TOPIC}/khrushchev`, `${TOPIC}/year-1956`]);

    const moonOn = matcherFor(cloneDefaults(), withMoon);
    expect(moonOn.matchingKey).not.toBe(first.matchingKey);
    expect(entities(matcherFrom(moonOn.matcher).find(TEXT))).toEqual([`${TOPIC}/khrushchev`, `${TOPIC}/year-1956`, 'moon-landing-1969/armstrong', 'moon-landing-1969/year-1969']);

    // An alias on an imported entity, and an entity switched off.
    const settings = { ...cloneDefaults(), aliases: { 'moon-landing-1969/armstrong': ['Lunar Module'] }, disabledEntities: [`${TOPIC}/khrushchev`] };
    const changed = matcherFor(settings, withMoon);
    expect(entities(matcherFrom(changed.matcher).find(TEXT))).toEqual([`${TOPIC}/year-1956`, 'moon-landing-1969/armstrong', 'moon-landing-1969/armstrong', 'moon-landing-1969/year-1969']);

    // The bundled topic switched off.
    const off = matcherFor(cloneDefaults(), { ...withMoon, off: [TOPIC] });
    expect(entities(matcherFrom(off.matcher).find(TEXT))).toEqual(['moon-landing-1969/armstrong', 'moon-landing-1969/year-1969']);
  });
});
