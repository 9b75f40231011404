/**
 * A browser with a given build of the extension loaded, for the sweep and the hostile and
 * privacy tests: the e2e harness's setup (only 127.0.0.1 reachable) plus what the harness
 * does not give: any build directory, and every error and request of the extension's own
 * contexts (content scripts, service worker / event page).
 */
import puppeteer, { type Browser, type CDPSession, type HTTPRequest, type Page, type Target } from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser, FIREFOX_PREFS as HARNESS_FIREFOX_PREFS, FIREFOX_UUID, type BrowserName } from '../../test/e2e/harness/browsers.ts';
import { extensionErrorInConsole, extensionErrorInStdout, pageOf, type ExtensionError } from './extension-errors.ts';

export type { BrowserName, ExtensionError };

export interface Request {
  url: string;
  /** The URL of the page that was open when it was made. */
  page: string;
}

export interface SweepBrowser {
  name: BrowserName;
  browser: Browser;
  version: string;
  /** chrome-extension://<id> or moz-extension://<uuid>; '' without an extension. */
  extensionOrigin: string;
  /** Requests from pages (and extension pages) to anywhere but 127.0.0.1; none can succeed. */
  offLoopback: Request[];
  /** Requests seen on the service worker's own network (Chromium), any destination. */
  workerRequests: string[];
  /** Errors from the extension's contexts, in the order they arrived. */
  errors: ExtensionError[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const FIREFOX_PREFS = {
  ...HARNESS_FIREFOX_PREFS,
  // The event page's console (where it logs the errors content scripts report) is only
  // reachable on stdout: BiDi sees no extension contexts.
  'devtools.console.stdout.content': true,
};

/** Launches `name` headless with the unpacked build in `dist` (or no extension: null). */
export async function launchSweepBrowser(name: BrowserName, dist: string | null): Promise<SweepBrowser> {
  const executablePath = findBrowser(name);
  const errors: ExtensionError[] = [];
  const offLoopback: Request[] = [];
  const workerRequests: string[] = [];
  let browser: Browser;
  let extensionOrigin = '';
  if (name === 'chromium') {
    browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, enableExtensions: dist ? [dist] : false, args: [...CHROMIUM_ARGS] });
    if (dist) {
      const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 20_000 });
      // (Node's URL gives chrome-extension:// URLs the origin "null".)
      extensionOrigin = /^chrome-extension:\/\/[^/]+/.exec(worker.url())![0];
      const watch = (target: Target) => {
        if (target.type() !== 'service_worker' || !target.url().startsWith(extensionOrigin)) return;
        void watchWorker(target, extensionOrigin, errors, workerRequests).catch(() => {
          // The worker stopped before we attached; its next start is a new target.
        });
      };
      browser.on('targetcreated', watch);
      watch(worker);
    }
  } else {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS });
    if (dist) {
      await browser.installExtension(dist);
      extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
      let pending = '';
      browser.process()?.stdout?.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString('utf8')).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const error = extensionErrorInStdout(line, extensionOrigin);
          if (error) errors.push(error);
        }
      });
    }
  }

  const newPage = async () => {
    const page = await browser.newPage();
    page.on('console', (message) => {
      const error = extensionErrorInConsole(message, extensionOrigin, page.url());
      if (error) errors.push(error);
    });
    page.on('pageerror', (error) => {
      const stack = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      if (extensionOrigin && stack.includes(extensionOrigin)) errors.push({ source: 'content', page: page.url(), text: stack });
    });
    // Watched, not intercepted (interception costs a round trip per request): the network
    // layer refuses anything but 127.0.0.1 (Chromium: host resolver rules; Firefox: a dead proxy).
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (!isLoopbackOrLocal(url, extensionOrigin)) offLoopback.push({ url, page: page.url() });
    });
    return page;
  };

  const version = await browser.version();
  return { name, browser, version, extensionOrigin, offLoopback, workerRequests, errors, newPage, close: () => browser.close() };
}

async function watchWorker(target: Target, origin: string, errors: ExtensionError[], requests: string[]): Promise<void> {
  const session: CDPSession = await target.createCDPSession();
  session.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    const text = event.args.map((arg) => (arg.value === undefined ? (arg.description ?? '') : String(arg.value))).join(' ');
    errors.push({ source: 'background', page: pageOf(text), text });
  });
  session.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    errors.push({ source: 'background', page: null, text: details.exception?.description ?? details.text });
  });
  session.on('Network.requestWillBeSent', (event) => {
    if (!event.request.url.startsWith(origin)) requests.push(event.request.url);
  });
  await session.send('Runtime.enable');
  await session.send('Network.enable');
}

function isLoopbackOrLocal(url: string, extensionOrigin: string): boolean {
  if ((extensionOrigin && url.startsWith(extensionOrigin)) || /^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}
