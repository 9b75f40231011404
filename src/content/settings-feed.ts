import type { ContentFeed } from '../core/messages.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { FALLBACK_KEY, SETTINGS_KEY, watchStorage } from '../shared/settings-watch.ts';
import { TOPICS_STAMP_KEY } from '../shared/topic-key.ts';

/** Waits before each retry: a background that is still starting (browser start-up, update) answers soon. */
const RETRY_DELAYS_MS = [50, 200, 800, 2000] as const;

/**
 * The settings as the background read and validated them, with the matcher it compiled
 * for them and the topics in use, and again after every change of either, until `signal`
 * aborts. Rejects when the background
 * never answers: the frame then stays quiet rather than guess (defaults could mark a site
 * the user excluded).
 */
export async function followSettings(onChange: (feed: ContentFeed) => void, signal: AbortSignal): Promise<ContentFeed> {
  // Until the first answer, each request is this document's first (the background records its empty report).
  let started = false;
  const read = () => sendToBackground('content:settings', { first: !started });
  // Listening starts first, so a change made while the first answer travels is not lost.
  let changedMeanwhile = false;
  watchStorage([SETTINGS_KEY, FALLBACK_KEY, TOPICS_STAMP_KEY], read, (feed) => (started ? onChange(feed) : (changedMeanwhile = true)), signal);
  let feed: ContentFeed | undefined;
  for (let attempt = 0; feed === undefined || changedMeanwhile; attempt += 1) {
    changedMeanwhile = false;
    try {
      feed = await read();
    } catch (error) {
      if (feed !== undefined) break;
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || signal.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  started = true;
  return feed;
}
