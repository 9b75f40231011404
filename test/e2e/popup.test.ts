/**
 * The real toolbar popup, opened by `action.openPopup()` over a real tab and driven with
 * trusted input, in Chromium and in Firefox (test/e2e/harness/toolbar-popup.ts says how
 * each browser is reached). The service-worker restart is Chromium's only: Firefox runs
 * the background as an event page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { openSystemTab } from './harness/extension-page.ts';
import { firefoxSystem } from './harness/firefox-system.ts';
import { toolbarPopup, type ToolbarPopup } from './harness/toolbar-popup.ts';
import { cardName, eventually, highlighted } from '../../scripts/browsers/page-reading.ts';
import { waitForHighlightCount } from './harness/page-helpers.ts';
import { FIXTURES, REPO_ROOT, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

/** The few extension APIs the test calls inside the popup. */
type WithChrome = { chrome: { tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> } } };
interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}
type WithAxe = { axe: { run(context: Document, options: object): Promise<AxeResults> } };

const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const EXPECTED = { 'Nikita Khrushchev': 2, 'Joseph Stalin': 1, '1956': 1 };
/** A page no extension may script, in each browser. */
const UNSCANNABLE = { chromium: 'chrome://version', firefox: 'about:robots' };

describe.each(BROWSERS)('the toolbar popup in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: ToolbarPopup;
  let tabId: number;

  const view = () => popup.read((document) => document.querySelector<HTMLElement>('.bs-page')!.dataset.view);
  const counts = () => popup.read((document) => Object.fromEntries([...document.querySelectorAll<HTMLElement>('button[data-entity]')]
    .map((button) => [button.querySelector('.bs-entity-name')!.textContent, Number(button.dataset.count)])));
  const total = () => popup.read((document) => Number(document.querySelector<HTMLElement>('.bs-total')!.dataset.total));
  const text = (selector: string) => popup.read((document, wanted) => document.querySelector(wanted)!.textContent, selector);
  const siteChecked = () => popup.read((document) => document.querySelector<HTMLInputElement>('#bs-site')!.checked);
  const badge = () => popup.api<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
  const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
  const entityButton = (key: string) => `button[data-entity$="/${key}"]`;

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    ext = await launchWithExtension(name);
    page = await ext.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/fixtures/popup-page.html'));
    await waitForHighlightCount(page, 4);
    popup = await toolbarPopup(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the mentions per entity of the tab it was opened over', async () => {
    await popup.open(page);
    tabId = (await popup.read(async (document) =>
      (await (document.defaultView as unknown as WithChrome).chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id))!;
    expect(tabId).toBeTypeOf('number');
    expect(await view()).toBe('counts');
    expect(await counts()).toEqual(EXPECTED);
    expect(await total()).toBe((await highlighted(page)).length);
    expect(await text('h1')).toBe('Backstory');
    expect(await text(entityButton('khrushchev'))).toBe('Nikita Khrushchev — 2 mentions');
    expect(await text('.bs-total')).toBe('In all: 4 mentions');
  });

  it('reveals the next mention of an entity on each press, with the card open', async () => {
    await popup.click(entityButton('khrushchev'));
    expect(await eventually(() => cardName(page), (card) => card !== null)).toBe('Nikita Khrushchev');
    const first = await scrollY();
    expect(first).toBeLessThan(300);

    await popup.click(entityButton('khrushchev'));
    const second = await eventually(scrollY, (y) => y > first + 3000);
    expect(await eventually(() => cardName(page), (card) => card === 'Nikita Khrushchev')).toBe('Nikita Khrushchev');

    // Keyboard only: focus the button and press Enter.
    await popup.focus(entityButton('stalin'));
    await popup.press('Enter');
    const third = await eventually(scrollY, (y) => y !== second);
    expect(third).toBeGreaterThan(first + 1000);
    expect(third).toBeLessThan(second);
    expect(await eventually(() => cardName(page), (card) => card === 'Joseph Stalin')).toBe('Joseph Stalin');
  });

  it('follows the page live: badge and counts include text added later', async () => {
    expect(await badge()).toBe('4');
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Stalin was named again in a later paragraph.';
      document.querySelector('main')!.append(added);
    });
    expect(await eventually(badge, (value) => value === '5')).toBe('5');
    // The popup stayed open and caught up by itself.
    expect(await eventually(counts, (value) => value['Joseph Stalin'] === 2)).toEqual({ ...EXPECTED, 'Joseph Stalin': 2 });
    expect(await total()).toBe(5);
  });

  it('turns the site off and on live with "On this site"', async () => {
    expect(await siteChecked()).toBe(true);
    await popup.click('#bs-site');
    await waitForHighlightCount(page, 0);
    expect(await eventually(view, (value) => value === 'excluded')).toBe('excluded');
    expect(await text('#bs-site-note')).toContain('127.0.0.1');
    const stored = await popup.api<unknown>("chrome.storage.sync.get('settings').then((items) => items.settings?.excludedSites)");
    expect(stored).toEqual(['127.0.0.1']);
    expect(await eventually(badge, (value) => value === 'off')).toBe('off');

    await popup.click('#bs-site');
    await waitForHighlightCount(page, 5);
    expect(await eventually(view, (value) => value === 'counts')).toBe('counts');
    expect(await eventually(badge, (value) => value === '5')).toBe('5');
  });

  it('pauses everywhere with "Pause Backstory" and resumes', async () => {
    await popup.click('#bs-pause');
    await waitForHighlightCount(page, 0);
    expect(await eventually(view, (value) => value === 'paused')).toBe('paused');
    await popup.click('#bs-pause');
    await waitForHighlightCount(page, 5);
    expect(await eventually(counts, (value) => value['Joseph Stalin'] === 2)).toEqual({ ...EXPECTED, 'Joseph Stalin': 2 });
  });

  it('can be used with the keyboard alone, in a logical order with a visible focus', async () => {
    await popup.open(page);
    // Firefox: the panel gives its page focus, but the browser window's own focus is on no
    // element, so the first Tab moves it onto the panel's frame and the page's focus stays
    // on <body>; the popup's order starts from the next one.
    const entering = name === 'firefox' ? ['body (no outline)'] : [];
    const stops: string[] = [];
    for (let step = 0; step < entering.length + 7; step++) {
      await popup.press('Tab');
      stops.push(await popup.read((document) => {
        const active = document.activeElement as HTMLElement;
        const outline = document.defaultView!.getComputedStyle(active).outlineStyle;
        const id = active.dataset.entity?.split('/')[1] ?? active.id ?? '';
        return `${active.localName}${id ? `#${id}` : ''}${outline === 'none' ? ' (no outline)' : ''}`;
      }));
    }
    expect(stops).toEqual([
      ...entering,
      'button#khrushchev', 'button#stalin', 'button#year-1956',
      'input#bs-site', 'input#bs-pause', 'summary', 'button',
    ]);
  });

  it('passes axe with no violations, light and dark, with the topic open', async () => {
    await popup.runScript(await readFile(AXE, 'utf8'));
    const violations = async () => (await popup.read((document) => (document.defaultView as unknown as WithAxe).axe.run(document, { resultTypes: ['violations'] })))
      .violations.map((violation) => `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    expect(await violations()).toEqual([]);
    await popup.read((document) => {
      document.querySelector('details')!.open = true;
    });
    expect(await popup.read((document) => document.querySelector('details .bs-summary')!.textContent?.length ?? 0)).toBeGreaterThan(40);
    expect(await violations()).toEqual([]);
    await popup.emulateColorScheme('dark');
    expect(await popup.read((document) => document.defaultView!.getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 33, 40)');
    expect(await violations()).toEqual([]);
    await popup.emulateColorScheme(null);
  });

  it('says when a page cannot be scanned', async () => {
    // In Firefox puppeteer's goto never sees about:robots finish loading: the browser's own code opens it.
    const browserPage = name === 'chromium' ? await ext.browser.newPage() : await openSystemTab(ext, UNSCANNABLE.firefox);
    try {
      if (name === 'chromium') await browserPage.goto(UNSCANNABLE.chromium);
      await popup.open(browserPage);
      expect(await view()).toBe('unscannable');
      expect(await text('.bs-page')).toContain('cannot look at this page');
      expect(await popup.read((document) => document.querySelector('#bs-site')!.closest<HTMLElement>('.bs-switch')!.hidden)).toBe(true);
    } finally {
      await popup.close();
      await browserPage.close();
    }
  });

  // Firefox runs the background as an event page (background.scripts), not a service worker.
  it.skipIf(name === 'firefox')('still has the counts after the service worker was stopped', async () => {
    await popup.close();
    await popup.api('self.backstoryBeforeStop = true');
    // The ServiceWorker domain lives on page sessions; any page's sees the extension's worker.
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Wake it without any page reporting counts: what it knows now comes from storage.session.
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `${ext.extensionOrigin}/` });
    await cdp.detach();
    const restarted = () => popup.api<boolean>("!('backstoryBeforeStop' in self)").catch(() => false);
    expect(await eventually(restarted, (value) => value)).toBe(true);
    await popup.open(page);
    expect(await counts()).toEqual({ ...EXPECTED, 'Joseph Stalin': 2 });
    expect(await badge()).toBe('5');
  });

  it('opens the options page and closes itself', async () => {
    await popup.open(page);
    await popup.click('.bs-options');
    const optionsURL = `${ext.extensionOrigin}/src/options/index.html`;
    if (name === 'chromium') {
      const options = await ext.browser.waitForTarget((target) => target.url() === optionsURL);
      expect(options.type()).toBe('page');
    } else {
      // The harness keeps an options page open in a background tab: Firefox selects that tab.
      const selected = () => firefoxSystem(ext).inChrome("Services.wm.getMostRecentWindow('navigator:browser').gBrowser.selectedBrowser.currentURI.spec");
      expect(await eventually(selected, (url) => url === optionsURL)).toBe(optionsURL);
    }
    expect(await eventually(() => popup.closed(), (closed) => closed)).toBe(true);
  });
});
