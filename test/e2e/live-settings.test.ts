import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { cloneDefaults, encodeForStorage, type Settings } from '../../src/core/settings/index.ts';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { extensionStorage, type ExtensionStorage } from './harness/extension-storage.ts';
import { cardName, eventually, highlighted } from '../../scripts/browsers/page-reading.ts';
import { hoverText, waitForHighlightCount } from './harness/page-helpers.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

const K = 'secret-speech-1956/khrushchev';

/**
 * Settings written to the extension's storage, as the options page writes them, change
 * what an open page shows at once: no reload. Both browsers.
 */
describe.each(BROWSERS)('settings applied live in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let storage: ExtensionStorage;
  let page: Page;

  const save = (patch: Partial<Settings>) => storage.set('sync', { settings: encodeForStorage({ ...cloneDefaults(), ...patch }) });
  const names = async () => [...new Set((await highlighted(page)).map((range) => range.name))];

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    ext = await launchWithExtension(name);
    storage = await extensionStorage(ext);
    page = await ext.newPage();
    await page.goto(server.url('/fixtures/basic.html'));
    await page.bringToFront();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await storage.clear('sync');
    await waitForHighlightCount(page, 3);
  });

  it('turns an entity off and on', async () => {
    await save({ disabledEntities: [K] });
    // Khrushchev was the only non-year mention besides Stalin: 1956 stays (Stalin remains).
    expect(await waitForHighlightCount(page, 2)).toEqual(['1956', 'Stalin']);
    await save({});
    await waitForHighlightCount(page, 3);
  });

  it('highlights a user alias literally', async () => {
    await save({ aliases: { [K]: ['near misses'] } });
    expect(await waitForHighlightCount(page, 4)).toContain('near misses');
  });

  it('follows the year rule', async () => {
    await save({ yearRule: 'never' });
    expect(await waitForHighlightCount(page, 2)).not.toContain('1956');
    await save({ yearRule: 'always', disabledEntities: [K, 'secret-speech-1956/stalin'] });
    expect(await waitForHighlightCount(page, 1)).toEqual(['1956']);
  });

  it('restyles by switching highlight names, and "none" removes the marks', async () => {
    await save({ highlightStyle: 'background', highlightColor: 'violet' });
    expect(await eventually(names, (list) => list[0] === 'backstory-background-violet-light')).toEqual(['backstory-background-violet-light']);
    await save({ highlightStyle: 'none' });
    await waitForHighlightCount(page, 0);
  });

  it('goes quiet on an excluded site and when paused, and comes back', async () => {
    await save({ excludedSites: ['127.0.0.1'] });
    await waitForHighlightCount(page, 0);
    await save({});
    await waitForHighlightCount(page, 3);
    await save({ paused: true });
    await waitForHighlightCount(page, 0);
  });

  it('opens the card on click in click mode, not on hover', async () => {
    await save({ triggerMode: 'click' });
    await new Promise((done) => setTimeout(done, 300));
    await hoverText(page, 'Stalin');
    await new Promise((done) => setTimeout(done, 900));
    expect(await cardName(page)).toBeNull();
    await page.mouse.down();
    await page.mouse.up();
    expect(await eventually(() => cardName(page), (value) => value !== null)).toBe('Joseph Stalin');
    await page.keyboard.press('Escape');
    await eventually(() => cardName(page), (value) => value === null);
  });

  it('runs on defaults when stored settings are garbage', async () => {
    await storage.set('sync', { settings: { version: 1, yearRule: 42, highlightStyle: 'background', excludedSites: 'everything' } });
    // The valid key is kept, the invalid ones fall back to their defaults.
    expect(await eventually(names, (list) => list[0] === 'backstory-background-amber-light')).toHaveLength(1);
    expect(await waitForHighlightCount(page, 3)).toEqual(['1956', 'Nikita Khrushchev', 'Stalin']);
  });
});
