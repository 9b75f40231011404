/** Bundled and imported topics together (src/core/pack/topics.ts) and what a content script is told of them (topic-feed.ts). */
import { describe, expect, it } from 'vitest';
import { mergeTopics, enabledPacks, topicsInUse } from '../../src/core/pack/topics.ts';
import { topicFeed } from '../../src/core/pack/topic-feed.ts';
import type { MatchingPack } from '../../src/core/pack/types.ts';

const pack = (id: string, trigger = id): MatchingPack => ({ id, entities: [{ id: 'e', kind: 'event', triggers: { en: [trigger] } }] });
const speech = pack('secret-speech-1956');
const entry = (p: MatchingPack, importedAt: string, enabled = true) => ({ pack: p, source: { file: `${p.id}.json`, importedAt }, enabled });

describe('mergeTopics', () => {
  it('lists the bundled topics first, then the imported ones in the order they came', () => {
    const topics = mergeTopics([speech], { b: entry(pack('b'), '2026-12-02'), a: entry(pack('a'), '2026-12-01') }, []);
    expect(topics.map((topic) => [topic.pack.id, topic.origin.bundled])).toEqual([['secret-speech-1956', true], ['a', false], ['b', false]]);
    expect(topics[1]!.origin).toEqual({ bundled: false, file: 'a.json', importedAt: '2026-12-01' });
  });

  it('puts an imported pack with a bundled id in the bundled one\'s place', () => {
    const mine = pack('secret-speech-1956', 'Thaw');
    const topics = mergeTopics([speech], { 'secret-speech-1956': entry(mine, '2026-12-01') }, []);
    expect(topics).toEqual([{ pack: mine, origin: { bundled: false, file: 'secret-speech-1956.json', importedAt: '2026-12-01' }, enabled: true }]);
  });

  it('follows the switches of both kinds', () => {
    const topics = mergeTopics([speech], { a: entry(pack('a'), '1', false), b: entry(pack('b'), '2') }, ['secret-speech-1956']);
    expect(topics.map((topic) => topic.enabled)).toEqual([false, false, true]);
    expect(enabledPacks(topics).map((p) => p.id)).toEqual(['b']);
    expect(topicsInUse(topics).map((topic) => [topic.pack.id, topic.origin.bundled])).toEqual([['b', false]]);
  });
});

describe('topicFeed', () => {
  it('names the bundled topics not in use and carries the imported ones switched on, with a version that follows them', () => {
    const replaced = mergeTopics([speech], { 'secret-speech-1956': entry(pack('secret-speech-1956', 'Thaw'), '1'), a: entry(pack('a'), '2', false) }, []);
    const feed = topicFeed(replaced);
    expect(feed.off).toEqual(['secret-speech-1956', 'a']);
    expect(feed.imported.map((p) => p.id)).toEqual(['secret-speech-1956']);
    const again = topicFeed(mergeTopics([speech], { 'secret-speech-1956': entry(pack('secret-speech-1956', 'Thaw'), '3') }, []));
    expect(again.version).not.toBe(feed.version);
    expect(topicFeed(mergeTopics([speech], {}, [])).off).toEqual([]);
    expect(topicFeed(mergeTopics([speech], {}, ['secret-speech-1956'])).off).toEqual(['secret-speech-1956']);
  });
});

describe('the benchmark\'s generated pack (bench/generated-pack.ts)', () => {
  it('is an importable pack as big as the limits allow', async () => {
    const { generatedPack } = await import('../../bench/generated-pack.ts');
    const { validatePack } = await import('../../src/core/pack/validate.ts');
    const { PACK_LIMITS } = await import('../../src/core/pack/limits.ts');
    const pack = generatedPack();
    expect(validatePack(JSON.parse(JSON.stringify(pack)), 'generated.json')).toMatchObject({ ok: true });
    expect(pack.entities).toHaveLength(PACK_LIMITS.entities);
    expect(pack.entities.flatMap((entity) => ('triggers' in entity ? Object.values(entity.triggers).flat() : []))).toHaveLength(PACK_LIMITS.triggers);
  });
});
