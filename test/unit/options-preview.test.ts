import { describe, expect, it } from 'vitest';
import { createMatcher, type Mention } from '../../src/core/matcher/index.ts';
import type { ContentPack } from '../../src/core/pack/types.ts';
import { cloneDefaults, type Settings } from '../../src/core/settings/index.ts';
import { entityKey, findEntity, yearKeys } from '../../src/core/matching-settings.ts';
import { toggleEntity } from '../../src/options/entities.ts';
import { matcherOptionsFor } from '../../src/core/matching-settings.ts';
import { leadKey, visibleMentions } from '../../src/options/preview-mentions.ts';
import packJson from '../../assets/topics/secret-speech.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import ru from '../../public/_locales/ru/messages.json' with { type: 'json' };

const pack = packJson as unknown as ContentPack;
const packs = [pack];
const TOPIC = pack.id;

function mention(entity: string, isYear = false): Mention {
  return { topic: TOPIC, entity, start: 0, end: 1, trigger: entity, isYear };
}

/** What the preview paragraph shows for these settings, as entity ids with their text. */
function previewOf(sample: string, patch: Partial<Settings> = {}): string[] {
  const settings = { ...cloneDefaults(), ...patch };
  const found = createMatcher(matcherOptionsFor(packs, settings)).find(sample);
  return visibleMentions(found, settings.yearRule).map((item) => `${item.entity}:${sample.slice(item.start, item.end)}`);
}

describe('entity helpers', () => {
  it('keys entities as "topic/entity"', () => {
    expect(entityKey(TOPIC, 'stalin')).toBe(`${TOPIC}/stalin`);
    expect(yearKeys(packs)).toEqual([`${TOPIC}/year-1956`]);
    expect(findEntity(packs, TOPIC, 'stalin')?.entity.name).toMatchObject({ en: 'Joseph Stalin' });
    expect(findEntity(packs, TOPIC, 'nobody')).toBeNull();
  });

  it('switches an entity off once and on again', () => {
    const off = toggleEntity(['a/b'], 'c/d', false);
    expect(off).toEqual(['a/b', 'c/d']);
    expect(toggleEntity(off, 'c/d', false)).toEqual(['a/b', 'c/d']);
    expect(toggleEntity(off, 'c/d', true)).toEqual(['a/b']);
  });
});

describe('visibleMentions (the year rule on one text)', () => {
  const year = mention('year-1956', true);
  const name = mention('stalin');
  it.each([
    { rule: 'always', input: [year], expected: [year] },
    { rule: 'topic', input: [year], expected: [] },
    { rule: 'topic', input: [year, name], expected: [year, name] },
    { rule: 'never', input: [name], expected: [name] },
  ] as const)('$rule keeps $expected.length of $input.length', ({ rule, input, expected }) => {
    expect(visibleMentions(input, rule)).toEqual(expected);
  });
});

describe('the preview sample', () => {
  const sample = en.optionsPreviewSample.message;

  it('shows every kind of mention with the defaults', () => {
    expect(previewOf(sample)).toEqual(['khrushchev:Nikita Khrushchev', 'stalin:Stalin', 'year-1956:1956', 'speech:Secret Speech', 'speech:20th Party Congress']);
  });

  it('follows switched-off entities, aliases and the year rule', () => {
    expect(previewOf(sample, { disabledEntities: [`${TOPIC}/stalin`] })).not.toContain('stalin:Stalin');
    expect(previewOf(sample, { yearRule: 'never' })).not.toContain('year-1956:1956');
    expect(previewOf('Mr K spoke.', { aliases: { [`${TOPIC}/khrushchev`]: ['Mr K'] } })).toEqual(['khrushchev:Mr K']);
  });

  it('marks the Russian sample too', () => {
    expect(previewOf(ru.optionsPreviewSample.message).map((item) => item.split(':')[0])).toEqual(['khrushchev', 'stalin', 'year-1956']);
  });

  it('leads the card with the first mention, else the first entity switched on', () => {
    expect(leadKey(packs, [mention('stalin')], [])).toEqual({ topic: TOPIC, entity: 'stalin' });
    expect(leadKey(packs, [], [`${TOPIC}/khrushchev`])).toEqual({ topic: TOPIC, entity: 'stalin' });
    expect(leadKey(packs, [], pack.entities.map((entity) => `${TOPIC}/${entity.id}`))).toBeNull();
  });

  it('gives the matcher the year entities as switched off under "never"', () => {
    const options = matcherOptionsFor(packs, { ...cloneDefaults(), yearRule: 'never', disabledEntities: [`${TOPIC}/stalin`] });
    expect([...(options.disabled ?? [])]).toEqual([`${TOPIC}/stalin`, `${TOPIC}/year-1956`]);
  });
});
