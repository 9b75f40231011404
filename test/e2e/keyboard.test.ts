import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { cardName, eventually } from '../../scripts/browsers/page-reading.ts';
import { waitForHighlightCount } from './harness/page-helpers.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

// The browser command itself is a browser accelerator that test drivers cannot press;
// its handler forwards 'page:reveal-next' to the active tab, which is what we send here.
describe('the "next mention" command and keyboard use of the card (Chromium)', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let worker: WebWorker;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    ext = await launchWithExtension('chromium');
    const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker');
    worker = (await target.worker())!;
    page = await ext.newPage();
    await page.goto(server.url('/fixtures/basic.html'));
    await waitForHighlightCount(page, 3);
    await page.bringToFront();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const revealNext = () => worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { backstory: 'page:reveal-next', params: { entity: null } }, { frameId: 0 });
  });

  it('shows the card for each mention in reading order, then wraps around', async () => {
    const names: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      expect(await revealNext()).toEqual({ ok: true, value: { found: true } });
      names.push(await eventually(() => cardName(page), (value) => value !== null && value !== names.at(-1)));
    }
    expect(names).toEqual(['Nikita Khrushchev', '1956', 'Joseph Stalin', 'Nikita Khrushchev']);
  });

  it('moves focus into the card, lets Tab reach its controls, and returns focus on Esc', async () => {
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'before';
      button.textContent = 'A page button';
      document.body.prepend(button);
      button.focus();
    });
    await revealNext();
    await eventually(() => cardName(page), (value) => value !== null);
    const focusInCard = () => page.evaluate(() => document.activeElement === document.documentElement.lastElementChild);
    expect(await focusInCard()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusInCard()).toBe(true);
    const focused = await (await page.$('::-p-aria([role="dialog"])'))!.evaluate((dialog) => (dialog.getRootNode() as ShadowRoot).activeElement?.localName);
    expect(['button', 'a']).toContain(focused);
    await page.keyboard.press('Escape');
    await eventually(() => cardName(page), (value) => value === null);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });
});
