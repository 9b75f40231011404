/**
 * The one way tests, the sweep, the bench and the demo start a browser: the system
 * Chromium or Firefox, headless by default, only 127.0.0.1 reachable (see flags.ts), with
 * an unpacked build of the extension loaded, or none.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser, type BrowserName } from './find-browser.ts';
import { CHROMIUM_ARGS, FIREFOX_PREFS, FIREFOX_UUID } from './flags.ts';

export interface LaunchOptions {
  /** The unpacked extension to load, or null for a browser without it. */
  extensionDir: string | null;
  headless?: boolean;
  /** Added to the shared flags (Chromium arguments; Firefox command-line arguments). */
  args?: readonly string[];
  /** Added to (or overriding) the shared Firefox preferences. */
  firefoxPrefs?: Record<string, unknown>;
  defaultViewport?: { width: number; height: number };
  /** Chromium: more unpacked extensions loaded beside it (tests use helper extensions). */
  alongside?: readonly string[];
  /**
   * Firefox: lets the driver run code with the browser's own privileges, which tests use
   * to open extension pages (WebDriver BiDi may not navigate to moz-extension:// URLs).
   * Test browsers only.
   */
  systemAccess?: boolean;
}

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the add-on id (gecko id); '' without the extension. */
  extensionId: string;
  /** chrome-extension://<id> or moz-extension://<uuid>; '' without the extension. */
  extensionOrigin: string;
}

export async function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<LaunchedBrowser> {
  const executablePath = findBrowser(name);
  const { extensionDir, headless = true, args = [], defaultViewport } = options;
  const viewport = defaultViewport ? { defaultViewport } : {};
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath,
      headless,
      pipe: true,
      ...viewport,
      enableExtensions: extensionDir ? [extensionDir, ...(options.alongside ?? [])] : false,
      args: [...CHROMIUM_ARGS, ...args],
    });
    if (!extensionDir) return { name, browser, extensionId: '', extensionOrigin: '' };
    // Helper extensions loaded alongside have no service worker: this one is Backstory's.
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    // URL#origin is "null" for non-special schemes such as chrome-extension:.
    const extensionId = new URL(worker.url()).hostname;
    return { name, browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    ...viewport,
    args: [...(options.systemAccess ? ['--remote-allow-system-access'] : []), ...args],
    extraPrefsFirefox: { ...FIREFOX_PREFS, ...options.firefoxPrefs },
  });
  if (!extensionDir) return { name, browser, extensionId: '', extensionOrigin: '' };
  const extensionId = await browser.installExtension(extensionDir);
  return { name, browser, extensionId, extensionOrigin: `moz-extension://${FIREFOX_UUID}` };
}
