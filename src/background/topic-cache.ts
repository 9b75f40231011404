import type { TopicFeed } from '../core/messages.ts';
import { loadPacks } from '../core/pack/packs.ts';
import { topicFeed } from '../core/pack/topic-feed.ts';
import { mergeTopics, type Topic } from '../core/pack/topics.ts';
import type { ContentPack } from '../core/pack/types.ts';
import { loadTopics, topicsStamp } from '../shared/topic-store.ts';

/**
 * The topics in use (bundled and imported, validated), read from storage once per change:
 * every frame that starts asks for them, and an imported pack can be 1 MB. The stamp
 * written with each change (topic-key.ts) says when to read again; it is compared on
 * every request rather than trusting a change event to arrive before the frame's question.
 */
export class TopicCache {
  #stamp: unknown;
  #topics: Promise<Topic<ContentPack>[]> | null = null;
  /** What every frame is sent (topic-feed.ts: its regex sources take a while to make), made once per change. */
  #feed: Promise<TopicFeed> | null = null;
  #feedFor: Promise<Topic<ContentPack>[]> | null = null;

  async topics(): Promise<Topic<ContentPack>[]> {
    const stamp = await topicsStamp();
    if (this.#topics === null || stamp !== this.#stamp) {
      this.#stamp = stamp;
      const loading = loadTopics().then(({ imported, bundledOff }) => mergeTopics(loadPacks().packs, imported, bundledOff));
      // A failed read is not kept: the next request tries again.
      loading.catch(() => {
        if (this.#topics === loading) this.#topics = null;
      });
      this.#topics = loading;
    }
    return this.#topics;
  }

  async feed(): Promise<TopicFeed> {
    await this.topics();
    const topics = this.#topics!;
    if (this.#feed === null || this.#feedFor !== topics) {
      const making = topics.then(topicFeed);
      making.catch(() => {
        if (this.#feed === making) this.#feed = null;
      });
      this.#feed = making;
      this.#feedFor = topics;
    }
    return this.#feed;
  }
}
