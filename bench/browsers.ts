/**
 * Browsers for the benchmark: the same flags as the e2e harness, but loading the BENCH
 * build (dist/bench-<browser>, which records performance measures) or no extension at all.
 * Off-loopback traffic is refused at the network layer (Chromium: host resolver rules;
 * Firefox: a dead proxy) and, for the pages, by the CSP the bench server sends.
 */
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS as HARNESS_CHROMIUM_ARGS, findBrowser, FIREFOX_PREFS, type BrowserName } from '../test/e2e/harness/browsers.ts';
import { REPO_ROOT } from '../test/e2e/harness/server.ts';

export type { BrowserName };

export const BENCH_DIST: Record<BrowserName, string> = {
  chromium: join(REPO_ROOT, 'dist/bench-chrome'),
  firefox: join(REPO_ROOT, 'dist/bench-firefox'),
};

export interface BenchBrowser {
  name: BrowserName;
  withExtension: boolean;
  browser: Browser;
  version: string;
  /**
   * The one tab the bench drives in this browser, reused from page to page (a new tab
   * costs a renderer start-up each time); `resetTab` replaces it after a failure.
   */
  tab(): Promise<Page>;
  resetTab(): Promise<void>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  ...HARNESS_CHROMIUM_ARGS,
  // Fewer moving parts between otherwise identical runs.
  '--disable-features=BackForwardCache,Translate,OptimizationHints,MediaRouter',
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--window-size=1280,900',
];

/** `extensionDir` overrides the bench build (the profiler loads an unminified twin). */
export async function launchBenchBrowser(name: BrowserName, withExtension: boolean, extensionDir = BENCH_DIST[name]): Promise<BenchBrowser> {
  const executablePath = findBrowser(name);
  let browser: Browser;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      defaultViewport: { width: 1280, height: 900 },
      ...(withExtension ? { enableExtensions: [extensionDir] } : {}),
      args: CHROMIUM_ARGS,
    });
    if (withExtension) {
      await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    }
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        ...FIREFOX_PREFS,
        'privacy.resistFingerprinting.reduceTimerPrecision.microseconds': 1,
      },
    });
    if (withExtension) await browser.installExtension(extensionDir);
  }
  const version = await browser.version();
  let tab: Page | null = null;
  return {
    name,
    withExtension,
    browser,
    version,
    tab: async () => (tab && !tab.isClosed() ? tab : (tab = await browser.newPage())),
    resetTab: async () => {
      await tab?.close().catch(() => {});
      tab = null;
    },
    close: () => browser.close(),
  };
}
