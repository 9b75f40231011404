import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from './server.ts';
import { GECKO_ID } from '../../../scripts/manifest-variants.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'],
    install: 'sudo apt-get install -y chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox', '/usr/bin/firefox-esr', '/usr/lib/firefox/firefox'],
    install: 'sudo apt-get install -y firefox-esr',
  },
};

/** The browser's executable: $CHROMIUM_PATH / $FIREFOX_PATH, then the usual places. */
export function findBrowser(name: BrowserName): string {
  const { env, paths, install } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} does not exist.`);
  }
  const found = paths.find((path) => existsSync(path));
  if (!found) throw new Error(`No ${name} found (looked in ${paths.join(', ')}). Install one with \`${install}\` or set ${env}.`);
  return found;
}

/** Fixed so moz-extension:// URLs are known to tests. */
export const FIREFOX_UUID = '6f1f5a7e-2c1b-4c8e-9a55-5b1d0c0ffee1';

/** Chromium: headless-friendly, quiet, and every host but 127.0.0.1 resolves to nothing. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Firefox: the add-on's UUID pinned, everything but 127.0.0.1 sent to a dead proxy. */
export const FIREFOX_PREFS: Readonly<Record<string, unknown>> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  // performance.now() at full resolution.
  'privacy.reduceTimerPrecision': false,
  'browser.shell.checkDefaultBrowser': false,
};

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
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  args?: string[];
  /** The unpacked extension to load (default: dist/chrome or dist/firefox). */
  extensionDir?: string;
}

/**
 * Launches a real browser, headless, with the built extension loaded. Only 127.0.0.1 is
 * reachable: Chromium maps every other host to nothing, Firefox sends it to a dead proxy,
 * and each page aborts (and records) any request elsewhere.
 */
export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findBrowser(name);
  const extensionDir = options.extensionDir ?? DIST[name];
  const headless = options.headless ?? true;
  const offLoopback: string[] = [];
  let browser: Browser;
  let extensionOrigin: string;
  let extensionId: string;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath,
      headless,
      pipe: true,
      enableExtensions: [extensionDir],
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    });
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    // URL#origin is "null" for non-special schemes such as chrome-extension:.
    extensionId = new URL(worker.url()).hostname;
    extensionOrigin = `chrome-extension://${extensionId}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      // Lets tests open an extension page (BiDi may not navigate to moz-extension:// URLs):
      // see extension-storage.ts. Test browsers only.
      args: ['--remote-allow-system-access', ...(options.args ?? [])],
      extraPrefsFirefox: { ...FIREFOX_PREFS },
    });
    extensionId = await browser.installExtension(extensionDir);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }
  const newPage = async () => {
    const page = await browser.newPage();
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
