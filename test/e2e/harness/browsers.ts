import { join } from 'node:path';
import type { Browser, CreatePageOptions, Page } from 'puppeteer-core';
import type { BrowserName } from '../../../scripts/browsers/find-browser.ts';
import { launchBrowser } from '../../../scripts/browsers/launch.ts';
import { REPO_ROOT } from '../../../scripts/browsers/server.ts';

export const DIST = { chromium: join(REPO_ROOT, 'dist/chrome'), firefox: join(REPO_ROOT, 'dist/firefox') };

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the add-on id (gecko id). */
  extensionId: string;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  /** Requests the browser tried to make outside 127.0.0.1 (all refused). */
  offLoopback: string[];
  /** A page (a new tab, or a window of its own with `{ type: 'window' }`) whose requests off 127.0.0.1 are refused. */
  newPage(options?: CreatePageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  headless?: boolean;
  args?: string[];
  /** The unpacked extension to load (default: dist/chrome or dist/firefox). */
  extensionDir?: string;
  firefoxPrefs?: Record<string, unknown>;
}

/**
 * A browser with the built extension loaded, for the e2e tests. On top of the
 * shared launch (only 127.0.0.1 resolves), each page aborts and records any request
 * elsewhere. Firefox gets system access, so tests can open extension pages there.
 */
export async function launchWithExtension(name: BrowserName, options: HarnessOptions = {}): Promise<ExtensionBrowser> {
  const offLoopback: string[] = [];
  const { browser, extensionId, extensionOrigin } = await launchBrowser(name, {
    extensionDir: options.extensionDir ?? DIST[name],
    headless: options.headless ?? true,
    args: options.args ?? [],
    firefoxPrefs: options.firefoxPrefs ?? {},
    systemAccess: true,
  });
  const newPage = async (pageOptions?: CreatePageOptions) => {
    const page = await browser.newPage(pageOptions);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (isAllowed(url, extensionOrigin)) request.continue().catch(() => {});
      else {
        offLoopback.push(url);
        request.abort().catch(() => {});
      }
    });
    return page;
  };
  return { name, browser, extensionId, extensionOrigin, offLoopback, newPage, close: () => browser.close() };
}

function isAllowed(url: string, extensionOrigin: string): boolean {
  if (url.startsWith(extensionOrigin) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}
