import { enabledPacks, mergeTopics } from '../core/pack/topics.ts';
import type { ContentPack } from '../core/pack/types.ts';
import { loadTopics, onTopicsChanged } from '../shared/topic-store.ts';

/**
 * The topics in use (bundled and imported, less those switched off: topics.ts), now and
 * after every change of the topics from any context (the options page writes a new
 * `topicsStamp` with each), until `signal` aborts. Only the latest read is passed on. The
 * bundled ones alone when storage cannot be read before anything is shown (their counts still make sense);
 * a later failed read (the extension reloading) keeps what is shown.
 */
export function watchTopicsInUse(bundled: readonly ContentPack[], onPacks: (packs: readonly ContentPack[]) => void, signal: AbortSignal): void {
  let asked = 0;
  let shown = false;
  const read = (): void => {
    const ticket = ++asked;
    loadTopics().then(({ imported, bundledOff }) => enabledPacks(mergeTopics(bundled, imported, bundledOff)), () => (shown ? null : bundled))
      .then((packs) => {
        if (!packs || ticket !== asked || signal.aborted) return;
        shown = true;
        onPacks(packs);
      }, () => {});
  };
  onTopicsChanged(read, signal);
  read();
}
