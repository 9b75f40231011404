import type { ExtensionBrowser } from './browsers.ts';
import { firefoxSystem, openTabExpression } from './firefox-system.ts';
import { eventually } from '../../../scripts/browsers/page-reading.ts';

export type Area = 'sync' | 'local' | 'session';

/** Reads and writes the extension's own storage, as its pages would. */
export interface ExtensionStorage {
  set(area: Area, items: Record<string, unknown>): Promise<void>;
  get(area: Area): Promise<Record<string, unknown>>;
  clear(area: Area): Promise<void>;
}

type Run = (expression: string) => Promise<unknown>;

/**
 * Chromium: calls run in the service worker. Firefox: an extension page is opened by the
 * browser's own (system) code, as in extension-page.ts (the driver will not take puppeteer
 * there), and calls run in that page through WebDriver BiDi.
 */
export async function extensionStorage(ext: ExtensionBrowser): Promise<ExtensionStorage> {
  if (ext.name === 'firefox') {
    const run = await firefoxRunner(ext);
    return {
      set: async (area, items) => void (await run(`browser.storage.${area}.set(${JSON.stringify(items)})`)),
      get: async (area) => JSON.parse(String(await run(`browser.storage.${area}.get().then((v) => JSON.stringify(v))`))) as Record<string, unknown>,
      clear: async (area) => void (await run(`browser.storage.${area}.clear()`)),
    };
  }
  const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(ext.extensionOrigin));
  const worker = (await target.worker())!;
  // Right after launch the worker's scope may not have its extension APIs bound yet.
  await until(() => worker.evaluate(() => typeof chrome !== 'undefined' && chrome.storage !== undefined), 'The service worker got no chrome.storage');
  return {
    set: (area, items) => worker.evaluate((a, i) => chrome.storage[a].set(i), area, items),
    get: (area) => worker.evaluate((a) => chrome.storage[a].get(), area),
    clear: (area) => worker.evaluate((a) => chrome.storage[a].clear(), area),
  };
}

/** Polls `read` until it gives something truthy; fails saying `what` did not happen. */
function until<T>(read: () => Promise<T>, what: string): Promise<T> {
  return eventually(read, Boolean, 10_000).catch((error: unknown) => {
    throw new Error(`${what} within 10 s`, { cause: error });
  });
}

async function firefoxRunner(ext: ExtensionBrowser): Promise<Run> {
  const system = firefoxSystem(ext);
  const url = `${ext.extensionOrigin}/src/options/index.html`;
  const before = new Set((await system.tabs()).map((tab) => tab.context));
  await system.inChrome(openTabExpression(url, true));
  const page = (await until(async () => (await system.tabs()).find((tab) => tab.url === url && !before.has(tab.context))?.context, `The extension page ${url} did not open`))!;
  // Its context exists before the page has loaded and bound the extension APIs.
  await until(() => system.evaluate(page, `typeof browser !== 'undefined' && browser.storage !== undefined`).catch(() => false), `The extension page ${url} got no browser.storage`);
  return (expression) => system.evaluate(page, expression);
}
