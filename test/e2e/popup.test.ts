/**
 * The real toolbar popup, opened by `chrome.action.openPopup()` over a real tab (Chromium
 * only: Firefox refuses automation of moz-extension:// pages).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Target } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { cardName, eventually, highlighted } from '../../scripts/browsers/page-reading.ts';
import { waitForHighlightCount } from './harness/page-helpers.ts';
import { FIXTURES, REPO_ROOT, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

/** The few extension APIs the test calls inside the popup. */
declare const chrome: {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: { sync: { get(key: string): Promise<Record<string, { excludedSites?: string[] } | undefined>> } };
};
interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}
declare const axe: { run(context: Document, options: object): Promise<AxeResults> };

const POPUP_PATH = 'src/popup/index.html';
const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const EXPECTED = { 'Nikita Khrushchev': 2, 'Joseph Stalin': 1, '1956': 1 };

describe('the toolbar popup in chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page | null = null;
  let tabId: number;

  // (Node's URL gives chrome-extension:// URLs the origin "null", so match on the scheme.)
  const isWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://');

  /**
   * Evaluates in the extension's service worker through a fresh CDP session: puppeteer's
   * cached WebWorker handle goes stale (hangs) once the worker has been stopped and restarted.
   */
  async function inWorker<T>(expression: string): Promise<T> {
    const session = await (await ext.browser.waitForTarget(isWorker)).createCDPSession();
    try {
      await session.send('Runtime.runIfWaitingForDebugger');
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`In the worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    } finally {
      await session.detach();
    }
  }

  /** Opens the real popup over `tab`, closing one that is open. */
  async function openPopup(tab: Page = page): Promise<Page> {
    await closePopup();
    await tab.bringToFront();
    await inWorker('chrome.action.openPopup()');
    const target = await ext.browser.waitForTarget((candidate) => candidate.url().endsWith(POPUP_PATH));
    popup = await target.asPage();
    await popup.waitForSelector('.bs-page[data-view]:not([data-view="loading"])');
    return popup;
  }

  async function closePopup(): Promise<void> {
    if (!popup || popup.isClosed()) return;
    const closing = popup;
    popup = null;
    await closing.close();
  }

  const open = () => popup!;
  const view = () => open().$eval('.bs-page', (element) => (element as HTMLElement).dataset.view);
  const counts = () => open().$$eval('button[data-entity]', (buttons) =>
    Object.fromEntries(buttons.map((button) => [button.querySelector('.bs-entity-name')!.textContent, Number(button.dataset.count)])));
  const total = () => open().$eval('.bs-total', (element) => Number((element as HTMLElement).dataset.total));
  const badge = () => inWorker<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
  const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
  const entityButton = (key: string) => `button[data-entity$="/${key}"]`;

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    ext = await launchWithExtension('chromium');
    page = await ext.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/fixtures/popup-page.html'));
    await waitForHighlightCount(page, 4);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the mentions per entity of the tab it was opened over', async () => {
    await openPopup();
    tabId = (await open().evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id))!;
    expect(tabId).toBeTypeOf('number');
    expect(await view()).toBe('counts');
    expect(await counts()).toEqual(EXPECTED);
    expect(await total()).toBe((await highlighted(page)).length);
    expect(await open().$eval('h1', (element) => element.textContent)).toBe('Backstory');
    expect(await open().$eval(entityButton('khrushchev'), (element) => element.textContent)).toBe('Nikita Khrushchev — 2 mentions');
    expect(await open().$eval('.bs-total', (element) => element.textContent)).toBe('In all: 4 mentions');
  });

  it('reveals the next mention of an entity on each press, with the card open', async () => {
    await open().click(entityButton('khrushchev'));
    expect(await eventually(() => cardName(page), (name) => name !== null)).toBe('Nikita Khrushchev');
    const first = await scrollY();
    expect(first).toBeLessThan(300);

    await open().click(entityButton('khrushchev'));
    const second = await eventually(scrollY, (y) => y > first + 3000);
    expect(await eventually(() => cardName(page), (name) => name === 'Nikita Khrushchev')).toBe('Nikita Khrushchev');

    // Keyboard only: focus the button and press Enter.
    await open().focus(entityButton('stalin'));
    await open().keyboard.press('Enter');
    const third = await eventually(scrollY, (y) => y !== second);
    expect(third).toBeGreaterThan(first + 1000);
    expect(third).toBeLessThan(second);
    expect(await eventually(() => cardName(page), (name) => name === 'Joseph Stalin')).toBe('Joseph Stalin');
  });

  it('follows the page live: badge and counts include text added later', async () => {
    expect(await badge()).toBe('4');
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Stalin was named again in a later paragraph.';
      document.querySelector('main')!.append(added);
    });
    expect(await eventually(badge, (text) => text === '5')).toBe('5');
    // The popup stayed open and caught up by itself.
    expect(await eventually(counts, (value) => value['Joseph Stalin'] === 2)).toEqual({ ...EXPECTED, 'Joseph Stalin': 2 });
    expect(await total()).toBe(5);
  });

  it('turns the site off and on live with "On this site"', async () => {
    expect(await open().$eval('#bs-site', (input) => (input as HTMLInputElement).checked)).toBe(true);
    await open().click('#bs-site');
    await waitForHighlightCount(page, 0);
    expect(await eventually(view, (value) => value === 'excluded')).toBe('excluded');
    expect(await open().$eval('#bs-site-note', (element) => element.textContent)).toContain('127.0.0.1');
    const stored = await open().evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.excludedSites);
    expect(stored).toEqual(['127.0.0.1']);
    expect(await eventually(badge, (text) => text === 'off')).toBe('off');

    await open().click('#bs-site');
    await waitForHighlightCount(page, 5);
    expect(await eventually(view, (value) => value === 'counts')).toBe('counts');
    expect(await eventually(badge, (text) => text === '5')).toBe('5');
  });

  it('pauses everywhere with "Pause Backstory" and resumes', async () => {
    await open().click('#bs-pause');
    await waitForHighlightCount(page, 0);
    expect(await eventually(view, (value) => value === 'paused')).toBe('paused');
    await open().click('#bs-pause');
    await waitForHighlightCount(page, 5);
    expect(await eventually(counts, (value) => value['Joseph Stalin'] === 2)).toEqual({ ...EXPECTED, 'Joseph Stalin': 2 });
  });

  it('can be used with the keyboard alone, in a logical order with a visible focus', async () => {
    await openPopup();
    const stops: string[] = [];
    for (let step = 0; step < 7; step++) {
      await open().keyboard.press('Tab');
      stops.push(await open().evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const outline = getComputedStyle(active).outlineStyle;
        const name = active.dataset.entity?.split('/')[1] ?? active.id ?? '';
        return `${active.localName}${name ? `#${name}` : ''}${outline === 'none' ? ' (no outline)' : ''}`;
      }));
    }
    expect(stops).toEqual([
      'button#khrushchev', 'button#stalin', 'button#year-1956',
      'input#bs-site', 'input#bs-pause', 'summary', 'button',
    ]);
  });

  it('passes axe with no violations, light and dark, with the topic open', async () => {
    // The extension page's CSP refuses inline scripts (addScriptTag); DevTools evaluation is allowed.
    await open().evaluate(await readFile(AXE, 'utf8'));
    const violations = async () => (await open().evaluate(() => axe.run(document, { resultTypes: ['violations'] }))).violations
      .map((violation) => `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    expect(await violations()).toEqual([]);
    await open().$eval('details', (details) => {
      (details as HTMLDetailsElement).open = true;
    });
    expect(await open().$eval('details .bs-summary', (element) => element.textContent?.length ?? 0)).toBeGreaterThan(40);
    expect(await violations()).toEqual([]);
    await open().emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await open().evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 33, 40)');
    expect(await violations()).toEqual([]);
  });

  it('says when a page cannot be scanned', async () => {
    const browserPage = await ext.browser.newPage();
    try {
      await browserPage.goto('chrome://version');
      await openPopup(browserPage);
      expect(await view()).toBe('unscannable');
      expect(await open().$eval('.bs-page', (element) => element.textContent)).toContain('cannot look at this page');
      expect(await open().$eval('#bs-site', (input) => input.closest<HTMLElement>('.bs-switch')!.hidden)).toBe(true);
    } finally {
      await closePopup();
      await browserPage.close();
    }
  });

  it('still has the counts after the service worker was stopped', async () => {
    await closePopup();
    await inWorker('self.backstoryBeforeStop = true');
    const scriptURL = (await ext.browser.waitForTarget(isWorker)).url();
    // The ServiceWorker domain lives on page sessions; any page's sees the extension's worker.
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Wake it without any page reporting counts: what it knows now comes from storage.session.
    await cdp.send('ServiceWorker.startWorker', { scopeURL: scriptURL.slice(0, scriptURL.indexOf('/', 'chrome-extension://'.length) + 1) });
    await cdp.detach();
    const restarted = () => inWorker<boolean>("!('backstoryBeforeStop' in self)").catch(() => false);
    expect(await eventually(restarted, (value) => value)).toBe(true);
    await openPopup();
    expect(await counts()).toEqual({ ...EXPECTED, 'Joseph Stalin': 2 });
    expect(await badge()).toBe('5');
  });

  it('opens the options page and closes itself', async () => {
    await openPopup();
    await open().click('.bs-options');
    const options = await ext.browser.waitForTarget((target) => target.url().endsWith('src/options/index.html'));
    expect(options.type()).toBe('page');
    await eventually(async () => open().isClosed(), (closed) => closed);
  });
});
