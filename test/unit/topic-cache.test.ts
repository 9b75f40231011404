/** The background's copy of the topics (src/background/topic-cache.ts): read once per change, and the feed made once per change. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser.ts';
import moon from '../fixtures/packs/moon-landing.json';
import type { ContentPack } from '../../src/core/pack/types.ts';
import { TopicCache } from '../../src/background/topic-cache.ts';
import { saveTopic, setTopicEnabled } from '../../src/shared/topic-store.ts';

const { local } = fakeBrowser.storage;

describe('TopicCache', () => {
  it('reads storage again only after a change, and follows every change', async () => {
    const cache = new TopicCache();
    const first = await cache.feed();
    expect(first).toMatchObject({ off: [], imported: [] });
    expect(await cache.feed()).toBe(first);

    await saveTopic(moon as unknown as ContentPack, 'moon.json');
    const get = vi.spyOn(local, 'get');
    const withMoon = await cache.feed();
    expect(withMoon.imported.map((pack) => pack.id)).toEqual(['moon-landing-1969']);
    get.mockClear();
    expect(await cache.feed()).toBe(withMoon);
    // Only the stamp was read.
    expect(get.mock.calls).toEqual([['topicsStamp']]);
    get.mockRestore();

    await setTopicEnabled('moon-landing-1969', false);
    expect((await cache.feed()).imported).toEqual([]);
    expect((await cache.topics()).map((topic) => [topic.pack.id, topic.enabled])).toEqual([['secret-speech-1956', true], ['moon-landing-1969', false]]);
  });
});
