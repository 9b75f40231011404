import type { ContentPack } from '../core/pack/types.ts';
import { sendToBackground } from '../shared/messaging.ts';

/**
 * The card's texts per topic, asked of the background once a page has a mention of the
 * topic (long before anyone hovers it) and kept for the page's life. A page without
 * mentions never asks. A failed request is forgotten, so the next need asks again.
 */
export class TopicTexts {
  readonly #loaded = new Map<string, ContentPack>();
  readonly #pending = new Map<string, Promise<ContentPack>>();

  /** The texts, when they are here already. */
  get(topic: string): ContentPack | undefined {
    return this.#loaded.get(topic);
  }

  load(topic: string): Promise<ContentPack> {
    const known = this.#loaded.get(topic);
    if (known) return Promise.resolve(known);
    let pending = this.#pending.get(topic);
    if (!pending) {
      pending = sendToBackground('content:topic', { topic }).then(
        (pack) => {
          this.#loaded.set(topic, pack);
          return pack;
        },
      ).finally(() => this.#pending.delete(topic));
      this.#pending.set(topic, pending);
    }
    return pending;
  }
}
