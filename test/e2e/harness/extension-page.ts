import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';
import { firefoxSystem, openTabExpression } from './firefox-system.ts';
import { eventually } from '../../../scripts/browsers/page-reading.ts';

export interface OpenOptions {
  /**
   * Firefox: open the tab without selecting it, so the tab that was active stays the
   * active tab of the window (what an extension page asks `tabs.query` for). Chromium
   * always opens the page in a new, selected tab.
   */
  background?: boolean;
}

/**
 * One of the extension's pages (`path` inside the build, e.g. "src/options/index.html")
 * open in a tab, as a puppeteer Page that takes real input (click, type, keyboard).
 * Chromium: a new tab navigated to chrome-extension://…. Firefox: WebDriver BiDi refuses
 * navigation to moz-extension:// URLs without system access, and with it puppeteer's
 * `goto` never sees the navigation finish; so the browser's own code opens the tab
 * (system principal) and the Page is the one puppeteer made for that new browsing context.
 * Opened without the harness's request filter: an extension page makes no network requests.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string, options: OpenOptions = {}): Promise<Page> {
  const url = `${ext.extensionOrigin}/${path}`;
  if (ext.name === 'chromium') {
    const page = await ext.browser.newPage();
    await page.goto(url);
    return page;
  }
  const page = await openSystemTab(ext, url, options);
  // The page has loaded; its extension APIs may be bound a moment later.
  await until(() => page.evaluate(() => typeof browser !== 'undefined').catch(() => false), `${url} got no extension API`);
  return page;
}

/**
 * Firefox: a tab opened at `url` by the browser's own code (system principal), for URLs
 * its driver will not navigate to or not report loaded (moz-extension://, about: pages),
 * as the puppeteer Page made for the new browsing context once it has loaded.
 */
export async function openSystemTab(ext: ExtensionBrowser, url: string, options: OpenOptions = {}): Promise<Page> {
  const system = firefoxSystem(ext);
  const before = new Set((await system.tabs()).map((tab) => tab.context));
  await system.inChrome(openTabExpression(url, options.background ?? false));
  const context = await until(async () => (await system.tabs()).find((tab) => tab.url === url && !before.has(tab.context))?.context, `No tab showed ${url}`);
  const page = await until(async () => (await ext.browser.pages()).find((candidate) => contextOf(candidate) === context), `Puppeteer made no Page for ${url}`);
  await until(() => page.evaluate(() => document.readyState === 'complete').catch(() => false), `${url} did not load`);
  return page;
}

/** Reloads an extension page: by the page itself in Firefox, whose driver may not navigate there. */
export async function reloadExtensionPage(ext: ExtensionBrowser, page: Page): Promise<void> {
  if (ext.name === 'chromium') {
    await page.reload();
    return;
  }
  const marker = await page.evaluate(() => {
    const id = String(Math.random());
    (window as unknown as { __beforeReload?: string }).__beforeReload = id;
    setTimeout(() => location.reload());
    return id;
  });
  await until(() => page.evaluate((id) => (window as unknown as { __beforeReload?: string }).__beforeReload !== id
    && document.readyState === 'complete' && typeof browser !== 'undefined', marker).catch(() => false), 'The extension page did not reload');
}

/**
 * Emulates the colour scheme a page sees (null: the browser's own). Chromium: CDP media
 * emulation. Firefox: the tab's browsing-context override that its DevTools use, set
 * from the browser's chrome scope (puppeteer's emulation needs CDP).
 */
export async function emulateColorScheme(ext: ExtensionBrowser, page: Page, scheme: 'light' | 'dark' | null): Promise<void> {
  if (ext.name === 'chromium') {
    await page.emulateMediaFeatures(scheme ? [{ name: 'prefers-color-scheme', value: scheme }] : []);
    return;
  }
  const url = await page.evaluate(() => location.href);
  await firefoxSystem(ext).inChrome(`(() => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const tab = win.gBrowser.tabs.find((candidate) => candidate.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    tab.linkedBrowser.browsingContext.prefersColorSchemeOverride = ${JSON.stringify(scheme ?? 'none')};
    return true;
  })()`);
  if (scheme) await until(() => page.evaluate((wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches, scheme), `The page did not turn ${scheme}`);
}

/** The BiDi browsing-context id behind a puppeteer Page (puppeteer keeps it as the main frame's `_id`). */
function contextOf(page: Page): string | undefined {
  return (page.mainFrame() as unknown as { _id?: string })._id;
}

/** Polls `read` until it gives something truthy, and gives that; fails saying `what` did not happen. */
function until<T>(read: () => Promise<T>, what: string): Promise<NonNullable<T>> {
  return (eventually(read, Boolean, 10_000) as Promise<NonNullable<T>>).catch((error: unknown) => {
    throw new Error(`${what} within 10 s`, { cause: error });
  });
}

declare const browser: unknown;
