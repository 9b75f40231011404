import type { LocalizedPack } from '../core/pack/types.ts';
import { sendToBackground } from '../shared/messaging.ts';

/**
 * The card's texts per topic and reader's languages, asked of the background once a page
 * has a mention of the topic (long before anyone hovers it) and kept for the page's life.
 * A page without mentions never asks. A failed request is forgotten, so the next need
 * asks again.
 */
export class TopicTexts {
  readonly #loaded = new Map<string, LocalizedPack>();
  readonly #pending = new Map<string, Promise<LocalizedPack>>();

  /** The texts, when they are here already. */
  get(topic: string, languages: readonly string[]): LocalizedPack | undefined {
    return this.#loaded.get(keyOf(topic, languages));
  }

  load(topic: string, languages: readonly string[]): Promise<LocalizedPack> {
    const key = keyOf(topic, languages);
    const known = this.#loaded.get(key);
    if (known) return Promise.resolve(known);
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = sendToBackground('content:topic', { topic, languages: [...languages] }).then((pack) => {
        this.#loaded.set(key, pack);
        return pack;
      }).finally(() => this.#pending.delete(key));
      this.#pending.set(key, pending);
    }
    return pending;
  }
}

const keyOf = (topic: string, languages: readonly string[]) => `${topic}\n${languages.join(',')}`;
