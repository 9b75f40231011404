import { matcherFrom } from '../core/matcher/portable.ts';
import type { ContentFeed, PageQuiet } from '../core/messages.ts';
import { quietReason } from '../core/page-quiet.ts';
import { handleMessages, sendToBackground, serializeError } from '../shared/messaging.ts';
import { PageSession } from './page-session.ts';
import { followSettings } from './settings-feed.ts';

/**
 * Backstory in one frame: follows the settings, runs a PageSession while the page is not
 * excluded or paused, and tears it down completely otherwise. Errors stay in here.
 */
export async function runContentScript(lifetime: AbortSignal): Promise<void> {
  let session: { controller: AbortController; page: PageSession; key: string } | null = null;
  const isTop = window === window.top;

  // What the background holds for this frame: at first, what it recorded when it answered the first request.
  let reported: string | null = null;
  const report = (counts: Record<string, number>, quiet: PageQuiet) => {
    const key = JSON.stringify([counts, quiet]);
    if (key === reported) return;
    reported = key;
    sendToBackground('content:counts', { counts, quiet }).catch(() => {
      // The background may be restarting; the next change reports again.
    });
  };
  const reportError = (error: unknown) => {
    const { message } = serializeError(error);
    const stack = error instanceof Error ? String(error.stack ?? '') : '';
    sendToBackground('content:error', { message, stack }).catch(() => {});
  };

  const stop = () => {
    session?.controller.abort();
    session = null;
  };

  const apply = ({ settings, matcher: compiled, matchingKey: key }: ContentFeed) => {
    const quiet = quietReason(settings, location.hostname);
    if (quiet) {
      stop();
      report({}, quiet);
      return;
    }
    if (session && session.key === key) {
      session.page.restyle(settings);
      return;
    }
    stop();
    const controller = new AbortController();
    lifetime.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    // Compiled in the background (portable.ts): a page carries no compiler and spends nothing on it.
    const page = new PageSession({
      matcher: matcherFrom(compiled),
      settings,
      onCounts: (counts) => report(counts, null),
      onError: reportError,
      signal: controller.signal,
    });
    session = { controller, page, key };
    void page.start();
  };

  try {
    const feed = await followSettings((next) => {
      try {
        apply(next);
      } catch (error) {
        reportError(error);
      }
    }, lifetime);
    if (lifetime.aborted) return;
    reported ??= JSON.stringify([{}, quietReason(feed.settings, location.hostname)]);
    apply(feed);
    if (isTop) {
      handleMessages({
        'page:reveal-next': ({ entity }) => ({ found: session?.page.revealNext(entity) ?? false }),
      }, lifetime, (sender) => sender.tab === undefined);
    }
  } catch (error) {
    reportError(error);
  }
  lifetime.addEventListener('abort', stop, { once: true });
}
