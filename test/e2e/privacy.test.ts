/**
 * Privacy and isolation, in both browsers, against the shipped build: a page cannot see
 * the extension (beyond the names of its highlights), cannot message it, cannot steer it
 * with events or window messages, and no extension context makes a request anywhere.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { DIST } from './harness/browsers.ts';
import { eventually, mutationsAfterLoad, recordMutations } from '../../scripts/browsers/page-reading.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';
import { cardBox, marks, textPoint, waitForMarks } from '../../scripts/sweep/isolated-world.ts';
import { launchSweepBrowser, type SweepBrowser } from '../../scripts/sweep/launch.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Everything of the page's own world the extension could conceivably have touched. */
function pageWorldTraces(page: Page) {
  return page.evaluate(() => ({
    globals: Object.getOwnPropertyNames(window).sort(),
    documentProperties: Object.getOwnPropertyNames(document).sort(),
    attributes: [...document.documentElement.attributes, ...(document.body?.attributes ?? [])].map((attribute) => attribute.name),
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    performance: performance.getEntries().map((entry) => entry.name).filter((entryName) => /backstory/i.test(entryName)),
    storage: Object.keys(localStorage).length + Object.keys(sessionStorage).length,
    extensionApis: [typeof (window as { browser?: unknown }).browser, typeof (window as { chrome?: { storage?: unknown } }).chrome?.storage],
  }));
}

describe.each(BROWSERS)('privacy and isolation in %s', (name) => {
  let server: FixtureServer;
  let ext: SweepBrowser;
  let errorsBefore = 0;

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    ext = await launchSweepBrowser(name, DIST[name]);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string, browser = ext): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await recordMutations(page);
    await page.goto(server.url(path));
    return page;
  }

  it("leaves nothing in the page's world but its highlight names", async () => {
    errorsBefore = ext.errors.length;
    const plain = await launchSweepBrowser(name, null);
    try {
      const without = await open('/fixtures/basic.html', plain);
      const page = await open('/fixtures/basic.html');
      await waitForMarks(page.mainFrame(), 3);
      // With the card open too: its host is the one node, and it says nothing about itself.
      const point = await textPoint(page.mainFrame(), 'Stalin');
      await page.mouse.move(point.x, point.y, { steps: 2 });
      await eventually(() => cardBox(page.mainFrame()), (box) => box !== null);
      expect(await pageWorldTraces(page)).toEqual(await pageWorldTraces(without));
      expect(await page.evaluate(() => {
        const host = document.documentElement.lastElementChild!;
        return { tag: host.localName, attributes: host.getAttributeNames(), shadowRoot: host.shadowRoot, children: host.childNodes.length };
      })).toEqual({ tag: 'div', attributes: [], shadowRoot: null, children: 0 });
      const names: string[] = await page.evaluate(() => {
        const out: string[] = [];
        CSS.highlights.forEach((_, key) => out.push(key));
        return out;
      });
      expect(names.length).toBeGreaterThan(0);
      expect(names.every((key) => key.startsWith('backstory-'))).toBe(true);
      expect(ext.errors.slice(errorsBefore)).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  /**
   * Two routes a page could take. Runtime messaging (Chromium): a page gets
   * `chrome.runtime.sendMessage` / `connect` only when some extension's
   * `externally_connectable` matches it, so a helper extension that lets 127.0.0.1 pages
   * connect opens the route, and Chrome then applies Backstory's own manifest, which must
   * refuse. (Firefox has no `externally_connectable`: pages never get `runtime`.) Window
   * messages (both): envelopes the content script would act on, if it listened to the page.
   */
  it.runIf(name === 'chromium')('cannot be messaged by a page through runtime messaging', async () => {
    const helper = await mkdtemp(join(tmpdir(), 'backstory-page-route-'));
    await writeFile(join(helper, 'manifest.json'), JSON.stringify({
      manifest_version: 3, name: 'page route helper', version: '1', externally_connectable: { matches: ['http://127.0.0.1/*'] },
    }));
    const withRoute = await launchSweepBrowser(name, DIST[name], [helper]);
    try {
      const page = await open('/fixtures/basic.html', withRoute);
      await waitForMarks(page.mainFrame(), 3);
      const id = new URL(withRoute.extensionOrigin).host;
      const outcome = await page.evaluate((extensionId) => {
        type Port = { onDisconnect: { addListener(f: () => void): void }; onMessage: { addListener(f: (m: unknown) => void): void }; postMessage(m: unknown): void };
        const runtime = (window as { chrome?: { runtime?: {
          sendMessage(id: string, message: unknown, reply: (value: unknown) => void): void;
          connect(id: string): Port;
          lastError?: { message?: string };
        } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return { send: 'no route opened', connect: 'no route opened' };
        // Envelopes the background acts on when its own contexts send them.
        const envelope = { backstory: 'content:error', params: { message: 'from a page', stack: '' } };
        const send = new Promise<string>((resolve) => {
          try {
            runtime.sendMessage(extensionId, envelope, (reply) => resolve(runtime.lastError ? 'refused' : `replied ${JSON.stringify(reply)}`));
          } catch {
            resolve('refused');
          }
        });
        const connect = new Promise<string>((resolve) => {
          try {
            const port = runtime.connect(extensionId);
            port.onMessage.addListener((message) => resolve(`replied ${JSON.stringify(message)}`));
            port.onDisconnect.addListener(() => resolve('refused'));
            port.postMessage(envelope);
          } catch {
            resolve('refused');
          }
        });
        return Promise.all([send, connect]).then(([s, c]) => ({ send: s, connect: c }));
      }, id);
      expect(outcome).toEqual({ send: 'refused', connect: 'refused' });
      expect(withRoute.errors.filter((error) => error.text.includes('from a page'))).toEqual([]);
    } finally {
      await withRoute.close();
      await rm(helper, { recursive: true, force: true });
    }
  });

  it('does not answer window messages a page posts it', async () => {
    errorsBefore = ext.errors.length;
    const page = await open('/fixtures/basic.html');
    await waitForMarks(page.mainFrame(), 3);
    await page.evaluate(() => {
      for (const target of ['*', location.origin]) {
        window.postMessage({ backstory: 'content:error', params: { message: 'from a page', stack: '' } }, target);
        window.postMessage({ backstory: 'page:reveal-next', params: { entity: null } }, target);
      }
      // Done signal: text added after the messages is marked only once the content script
      // has run past them (its update comes after the message events in the page's queue).
      document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Then the Great Terror.' }));
    });
    expect(await waitForMarks(page.mainFrame(), 4)).toContain('Great Terror');
    // page:reveal-next, if obeyed, opens the first mention's card.
    expect(await cardBox(page.mainFrame())).toBeNull();
    expect(ext.errors.slice(errorsBefore)).toEqual([]);
  });

  it('ignores the events and window messages a page sends it', async () => {
    errorsBefore = ext.errors.length;
    const page = await open('/fixtures/basic.html');
    await waitForMarks(page.mainFrame(), 3);
    const point = await textPoint(page.mainFrame(), 'Stalin');
    // A page pretending to be a newer copy of Backstory, pretending to be the background,
    // and pretending to be the user: pointer rest on a mention, a click on it.
    await page.evaluate(async ({ x, y }) => {
      document.dispatchEvent(new CustomEvent('backstory:content-started'));
      window.dispatchEvent(new CustomEvent('backstory:content-started'));
      window.postMessage({ backstory: 'page:reveal-next', params: { entity: null } }, '*');
      const target = document.elementFromPoint(x, y)!;
      for (let i = 0; i < 12; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
        await new Promise((done) => setTimeout(done, 60));
      }
      target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
    }, point);
    await sleep(600);
    expect(await cardBox(page.mainFrame())).toBeNull();
    // Still running: text added now is marked.
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Then the Great Terror.' })));
    expect(await waitForMarks(page.mainFrame(), 4)).toContain('Great Terror');
    // A card the user opened is not closed by a page's synthetic Escape or click.
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await eventually(() => cardBox(page.mainFrame()), (box) => box !== null);
    await page.evaluate(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.body.dispatchEvent(new MouseEvent('click', { clientX: 990, clientY: 690, bubbles: true }));
    });
    await sleep(200);
    expect(await cardBox(page.mainFrame())).not.toBeNull();
    expect(await mutationsAfterLoad(page)).toEqual(['add <p> to <main>', 'add <div> to <html>']);
    expect(await marks(page.mainFrame())).toEqual(['1956', 'Great Terror', 'Nikita Khrushchev', 'Stalin']);
    expect(ext.errors.slice(errorsBefore)).toEqual([]);
  });

  it.runIf(name === 'chromium')('keeps its own pages off the network too (popup, options, a settings change)', async () => {
    const tab = await open('/fixtures/basic.html');
    await waitForMarks(tab.mainFrame(), 3);
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await ext.newPage();
      await page.goto(`${ext.extensionOrigin}/${path}`);
      await sleep(500);
      if (path.includes('options')) {
        // Every context reacts to a settings change: the background, the content script.
        await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } })
          .chrome.storage.sync.set({ settings: { version: 1, highlightColor: 'blue' } }));
        await eventually(() => tab.evaluate(() => CSS.highlights.has('backstory-underline-blue-light')), Boolean);
      }
      await page.close();
    }
  });

  it('made no request to anywhere but 127.0.0.1, from any page or extension context', () => {
    expect(ext.offLoopback).toEqual([]);
    expect(ext.workerRequests).toEqual([]);
    expect(ext.errors).toEqual([]);
  });
});
