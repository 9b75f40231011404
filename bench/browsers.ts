/**
 * Browsers for the benchmark: the shared launch (scripts/browsers), loading the BENCH
 * build (dist/bench-<browser>, which records performance measures) or no extension at all.
 * Off-loopback traffic is refused at the network layer (Chromium: host resolver rules;
 * Firefox: a dead proxy) and, for the pages, by the CSP the bench server sends.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from '../scripts/browsers/find-browser.ts';
import { launchBrowser } from '../scripts/browsers/launch.ts';
import { REPO_ROOT } from '../scripts/browsers/server.ts';

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
  /** chrome-extension://<id> or moz-extension://<uuid>; '' without the extension. */
  extensionOrigin: string;
  /**
   * The one tab the bench drives in this browser, reused from page to page (a new tab
   * costs a renderer start-up each time); `resetTab` replaces it after a failure.
   */
  tab(): Promise<Page>;
  resetTab(): Promise<void>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  // Fewer moving parts between otherwise identical runs.
  '--disable-features=BackForwardCache,Translate,OptimizationHints,MediaRouter',
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--window-size=1280,900',
];

/**
 * `extensionDir` overrides the bench build (the profiler loads an unminified twin);
 * `systemAccess` lets the bench write the extension's storage in Firefox (imported-topic.ts).
 */
export async function launchBenchBrowser(name: BrowserName, withExtension: boolean, extensionDir = BENCH_DIST[name], systemAccess = false): Promise<BenchBrowser> {
  const { browser, extensionOrigin } = await launchBrowser(name, {
    systemAccess,
    extensionDir: withExtension ? extensionDir : null,
    defaultViewport: { width: 1280, height: 900 },
    args: name === 'chromium' ? CHROMIUM_ARGS : [],
    firefoxPrefs: { 'privacy.resistFingerprinting.reduceTimerPrecision.microseconds': 1 },
  });
  const version = await browser.version();
  let tab: Page | null = null;
  return {
    name,
    withExtension,
    browser,
    version,
    extensionOrigin,
    tab: async () => (tab && !tab.isClosed() ? tab : (tab = await browser.newPage())),
    resetTab: async () => {
      await tab?.close().catch(() => {});
      tab = null;
    },
    close: () => browser.close(),
  };
}
