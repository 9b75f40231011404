/** The imported topics' store (src/shared/topic-store.ts) against an in-memory storage. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser.ts';
import moon from '../fixtures/packs/moon-landing.json';
import berlin from '../../docs/examples/berlin-wall-1989.json';
import type { ContentPack } from '../../src/core/pack/types.ts';
import {
  TOPICS_KEY, TOPICS_STAMP_KEY, TopicStoreError, loadTopics, onTopicsChanged, packKey, removeTopic, saveTopic, setTopicEnabled, topicsStamp,
} from '../../src/shared/topic-store.ts';

const { local } = fakeBrowser.storage;
const moonPack = moon as unknown as ContentPack;
const berlinPack = berlin as unknown as ContentPack;
const at = new Date('2026-12-04T20:00:00.000Z');

describe('the topic store', () => {
  it('is empty when nothing is stored, and for garbage', async () => {
    expect(await loadTopics()).toEqual({ imported: {}, bundledOff: [], problems: [] });
    for (const garbage of [null, 3, 'x', [], { imported: [], bundledOff: 'a' }]) {
      local.data.set(TOPICS_KEY, garbage);
      expect(await loadTopics()).toEqual({ imported: {}, bundledOff: [], problems: [] });
    }
  });

  it('keeps an imported pack with its source, switched on, and reads it back validated', async () => {
    await saveTopic(moonPack, 'moon.json', at);
    const { imported } = await loadTopics();
    expect(imported).toEqual({ 'moon-landing-1969': { pack: moonPack, source: { file: 'moon.json', importedAt: at.toISOString() }, enabled: true } });
  });

  it('replaces a pack with the same id, and keeps the others', async () => {
    await saveTopic(moonPack, 'moon.json', at);
    await saveTopic(berlinPack, 'berlin.json', at);
    const renamed = { ...moonPack, title: 'The Moon, again' };
    await saveTopic(renamed, 'moon-2.json', new Date('2026-12-05T00:00:00Z'));
    const { imported } = await loadTopics();
    expect(Object.keys(imported).sort()).toEqual(['berlin-wall-1989', 'moon-landing-1969']);
    expect(imported['moon-landing-1969']).toMatchObject({ pack: { title: 'The Moon, again' }, source: { file: 'moon-2.json' } });
  });

  it('switches imported and bundled topics on and off, and removes imported ones', async () => {
    await saveTopic(moonPack, 'moon.json', at);
    await setTopicEnabled('moon-landing-1969', false);
    await setTopicEnabled('secret-speech-1956', false);
    let loaded = await loadTopics();
    expect(loaded.imported['moon-landing-1969']?.enabled).toBe(false);
    expect(loaded.bundledOff).toEqual(['secret-speech-1956']);
    await setTopicEnabled('secret-speech-1956', true);
    await removeTopic('moon-landing-1969');
    loaded = await loadTopics();
    expect(loaded).toEqual({ imported: {}, bundledOff: [], problems: [] });
  });

  it('leaves out a stored pack that no longer validates, reports it, and keeps it through other writes', async () => {
    const broken = { ...moonPack, furtherReading: { title: 'x', url: 'javascript:alert(1)' } };
    local.data.set(TOPICS_KEY, { imported: { 'moon-landing-1969': { source: { file: 'm.json', importedAt: '' }, enabled: true } }, bundledOff: [] });
    local.data.set(packKey('moon-landing-1969'), broken);
    const loaded = await loadTopics();
    expect(loaded.imported).toEqual({});
    expect(loaded.problems).toEqual([{ id: 'moon-landing-1969', errors: [expect.objectContaining({ path: 'furtherReading.url' })] }]);
    await saveTopic(berlinPack, 'berlin.json', at);
    await setTopicEnabled('secret-speech-1956', false);
    expect(local.data.get(packKey('moon-landing-1969'))).toEqual(broken);
    expect(Object.keys((local.data.get(TOPICS_KEY) as { imported: object }).imported).sort()).toEqual(['berlin-wall-1989', 'moon-landing-1969']);
    await removeTopic('moon-landing-1969');
    expect(Object.keys((local.data.get(TOPICS_KEY) as { imported: object }).imported)).toEqual(['berlin-wall-1989']);
    expect(local.data.has(packKey('moon-landing-1969'))).toBe(false);
  });

  it('switches a topic by writing the index alone, not the packs', async () => {
    await saveTopic(berlinPack, 'berlin.json', at);
    const set = vi.spyOn(local, 'set');
    await setTopicEnabled('berlin-wall-1989', false);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([TOPICS_KEY, TOPICS_STAMP_KEY]);
    set.mockRestore();
  });

  it('says storage is full, and loses none of the kept topics', async () => {
    await saveTopic(moonPack, 'moon.json', at);
    const before = structuredClone([...local.data]);
    const set = vi.spyOn(local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const failed = await saveTopic(berlinPack, 'berlin.json', at).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(TopicStoreError);
    expect((failed as TopicStoreError).full).toBe(true);
    expect([...local.data]).toEqual(before);
    set.mockRestore();
    // The queue goes on after a failure.
    await saveTopic(berlinPack, 'berlin.json', at);
    expect(Object.keys((await loadTopics()).imported).sort()).toEqual(['berlin-wall-1989', 'moon-landing-1969']);
  });

  it('loses no write of quick successive changes', async () => {
    await Promise.all([saveTopic(moonPack, 'moon.json', at), saveTopic(berlinPack, 'berlin.json', at), setTopicEnabled('secret-speech-1956', false)]);
    const loaded = await loadTopics();
    expect(Object.keys(loaded.imported).sort()).toEqual(['berlin-wall-1989', 'moon-landing-1969']);
    expect(loaded.bundledOff).toEqual(['secret-speech-1956']);
  });

  it('writes a new stamp with every change and tells listeners', async () => {
    const controller = new AbortController();
    const heard = vi.fn();
    onTopicsChanged(heard, controller.signal);
    expect(await topicsStamp()).toBeUndefined();
    await saveTopic(moonPack, 'moon.json', at);
    const first = await topicsStamp();
    await setTopicEnabled('moon-landing-1969', false);
    expect(await topicsStamp()).not.toBe(first);
    await Promise.resolve();
    expect(heard).toHaveBeenCalledTimes(2);
    controller.abort();
    await removeTopic('moon-landing-1969');
    await Promise.resolve();
    expect(heard).toHaveBeenCalledTimes(2);
    expect(local.data.has(TOPICS_STAMP_KEY)).toBe(true);
  });
});
