import type { ExtensionBrowser } from './browsers.ts';
import { eventually } from '../../../scripts/browsers/page-reading.ts';

export type Area = 'sync' | 'local' | 'session';

/** Reads and writes the extension's own storage, as its pages would. */
export interface ExtensionStorage {
  set(area: Area, items: Record<string, unknown>): Promise<void>;
  get(area: Area): Promise<Record<string, unknown>>;
  clear(area: Area): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

type Run = (expression: string) => Promise<unknown>;

/**
 * Chromium: calls run in the service worker. Firefox: an extension page is opened by the
 * browser's own (system) code, since BiDi refuses to navigate to moz-extension:// URLs,
 * and calls run in that page through WebDriver BiDi.
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
  const connection = (ext.browser as unknown as { connection: BidiConnection }).connection;
  const contexts = async (scope?: 'chrome') =>
    ((await connection.send('browsingContext.getTree', scope ? { 'moz:scope': scope } : {})).result as { contexts: { context: string; url: string }[] }).contexts;
  const evaluate = async (context: string, expression: string) => {
    const reply = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })).result as {
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (reply.type !== 'success') throw new Error(`Extension page script failed: ${reply.exceptionDetails?.text ?? 'unknown'}`);
    return reply.result?.value;
  };
  const [chrome] = await contexts('chrome');
  const url = await evaluate(chrome!.context, `(() => {
    const policy = WebExtensionPolicy.getByID(${JSON.stringify(ext.extensionId)});
    const url = policy.getURL('src/options/index.html');
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    win.gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
    return url;
  })()`);
  const page = (await until(async () => (await contexts()).find((context) => context.url === url)?.context, `The extension page ${String(url)} did not open`))!;
  // Its context exists before the page has loaded and bound the extension APIs.
  await until(() => evaluate(page, `typeof browser !== 'undefined' && browser.storage !== undefined`).catch(() => false), `The extension page ${String(url)} got no browser.storage`);
  return (expression) => evaluate(page, expression);
}
