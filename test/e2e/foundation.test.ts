import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { DIST, launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { cardName, eventually, mutationsAfterLoad, pageFinds, recordMutations } from '../../scripts/browsers/page-reading.ts';
import { hoverText, waitForHighlightCount } from './harness/page-helpers.ts';
import { DEMO, FIXTURES, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

describe.each(BROWSERS)('the vertical slice in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES, '/demo/': DEMO });
    ext = await launchWithExtension(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('highlights Khrushchev, Stalin and 1956 and nothing else', async () => {
    page = await ext.newPage();
    await recordMutations(page);
    await page.goto(server.url('/fixtures/basic.html'));
    const texts = await waitForHighlightCount(page, 3);
    expect(texts).toEqual(['1956', 'Nikita Khrushchev', 'Stalin']);
  });

  it('opens the card on hover, showing the topic title', async () => {
    await hoverText(page, 'Stalin');
    const name = await eventually(() => cardName(page), (value) => value !== null);
    expect(name).toBe('Joseph Stalin');
    // Text that only the card holds: the topic's title and the Stalin quote's author.
    expect(await pageFinds(page, 'Khrushchev’s Secret Speech (1956)')).toBe(true);
    expect(await pageFinds(page, 'Leon Trotsky (1879–1940)')).toBe(true);
  });

  it('leaves the page DOM untouched except for the card host', async () => {
    expect(await mutationsAfterLoad(page)).toEqual(['add <div> to <html>']);
    const hosts = await page.evaluate(() => [...document.documentElement.children].map((child) => child.localName));
    expect(hosts).toEqual(['head', 'body', 'div']);
  });

  it('exposes no extension resource a page could fetch to detect it', async () => {
    const manifest = JSON.parse(await readFile(join(DIST[name], 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: unknown[];
      content_scripts: { js: string[]; css: string[] }[];
    };
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const real = [...manifest.content_scripts.flatMap((script) => [...script.js, ...script.css]), 'manifest.json', 'assets/icons/icon-16.png'];
    const probe = (paths: string[]) => page.evaluate(async (origin, list) => {
      const out: string[] = [];
      for (const path of list) {
        try {
          const response = await fetch(`${origin}/${path}`);
          out.push(response.ok ? 'readable' : 'refused');
        } catch {
          out.push('refused');
        }
      }
      return out;
    }, ext.extensionOrigin, paths);
    // Real files answer exactly like files that do not exist: nothing to tell them apart.
    const [existing, missing] = [await probe(real), await probe(real.map((path) => `${path}.missing`))];
    expect(existing).toEqual(real.map(() => 'refused'));
    expect(existing).toEqual(missing);
  });
});
