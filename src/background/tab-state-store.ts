import browser from 'webextension-polyfill';
import { forgetTab, recordFrame, type FrameReport, type TabReports } from '../core/tab-counts.ts';

const KEY = 'tabReports';

/**
 * Tab reports survive the service worker being stopped: they live in storage.session
 * (memory-only, cleared when the browser closes), read back on the worker's next start.
 */
export class TabStateStore {
  #state: TabReports | null = null;
  #writes: Promise<void> = Promise.resolve();

  async get(): Promise<TabReports> {
    if (!this.#state) {
      const stored = (await browser.storage.session.get(KEY))[KEY];
      this.#state ??= isReports(stored) ? stored : {};
    }
    return this.#state;
  }

  async record(tabId: number, frameId: number, report: FrameReport): Promise<TabReports> {
    return this.#update(recordFrame(await this.get(), tabId, frameId, report));
  }

  async forget(tabId: number): Promise<TabReports> {
    return this.#update(forgetTab(await this.get(), tabId));
  }

  #update(next: TabReports): TabReports {
    this.#state = next;
    this.#writes = this.#writes.then(() => browser.storage.session.set({ [KEY]: next })).catch(() => {});
    return next;
  }
}

function isReports(value: unknown): value is TabReports {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
