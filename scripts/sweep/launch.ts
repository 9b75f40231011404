/**
 * A browser with a given build of the extension loaded, for the sweep and the hostile and
 * privacy tests: the shared launch (only 127.0.0.1 reachable) plus every error and request
 * of the extension's own contexts (content scripts, service worker / event page).
 */
import type { Browser, CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';
import type { BrowserName } from '../browsers/find-browser.ts';
import { launchBrowser } from '../browsers/launch.ts';
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
  // The event page's console (where it logs the errors content scripts report) is only
  // reachable on stdout: BiDi sees no extension contexts.
  'devtools.console.stdout.content': true,
};

/** Launches `name` headless with the unpacked build in `dist` (or no extension: null), and any helper extensions `alongside` (Chromium). */
export async function launchSweepBrowser(name: BrowserName, dist: string | null, alongside: readonly string[] = []): Promise<SweepBrowser> {
  const errors: ExtensionError[] = [];
  const offLoopback: Request[] = [];
  const workerRequests: string[] = [];
  const { browser, extensionOrigin } = await launchBrowser(name, { extensionDir: dist, firefoxPrefs: FIREFOX_PREFS, alongside });
  if (dist && name === 'chromium') {
    const watch = (target: Target) => {
      if (target.type() !== 'service_worker' || !target.url().startsWith(extensionOrigin)) return;
      void watchWorker(target, extensionOrigin, errors, workerRequests).catch(() => {
        // The worker stopped before we attached; its next start is a new target.
      });
    };
    browser.on('targetcreated', watch);
    for (const target of browser.targets()) watch(target);
  } else if (dist) {
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
