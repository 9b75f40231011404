import browser, { type Storage } from 'webextension-polyfill';
import type { TabState } from '../core/messages.ts';
import { sendToBackground } from '../shared/messaging.ts';

const POLL_MS = 1000;

/**
 * Asks the background for the tab's state now, every second while the popup is open, and
 * whenever session storage (where the background keeps tab reports) changes. One request
 * at a time; a refresh asked for meanwhile runs right after it.
 */
export function watchTabState(tabId: number, onState: (state: TabState) => void, signal: AbortSignal): () => void {
  let running = false;
  let again = false;
  const refresh = (): void => {
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    sendToBackground('popup:tab-state', { tabId })
      .then((state) => {
        if (!signal.aborted) onState(state);
      }, () => {
        // The worker is starting up or the tab closed; the next tick asks again.
      })
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  const timer = setInterval(refresh, POLL_MS);
  const onChanged = (_changes: Record<string, Storage.StorageChange>, area: string): void => {
    if (area === 'session') refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    browser.storage.onChanged.removeListener(onChanged);
  }, { once: true });
  refresh();
  return refresh;
}
