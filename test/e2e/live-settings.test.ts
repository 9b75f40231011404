import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { cloneDefaults, encodeForStorage, type Settings } from '../../src/core/settings/index.ts';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { extensionStorage, type ExtensionStorage } from './harness/extension-storage.ts';
import { cardName, eventually, highlighted } from '../../scripts/browsers/page-reading.ts';
import { hoverText, waitForHighlightCount } from './harness/page-helpers.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';
import { buildVariant } from '../../scripts/sweep/bench-build.ts';
import { cardsShown, extensionDone, extensionTime } from '../../scripts/sweep/isolated-world.ts';

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
  let removeBuild: () => Promise<void> = async () => {};

  const save = (patch: Partial<Settings>) => storage.set('sync', { settings: encodeForStorage({ ...cloneDefaults(), ...patch }) });
  const names = async () => [...new Set((await highlighted(page)).map((range) => range.name))];
  /** Highlight names registered in the page at all, empty or not. */
  const registered = () => page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((_, key) => out.push(key));
    return out.filter((key) => key.startsWith('backstory-')).sort();
  });

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    // The bench build: its performance measures are the extension's own done signals.
    const build = await buildVariant(name, 'bench');
    removeBuild = build.remove;
    ext = await launchWithExtension(name, { extensionDir: build.dir });
    storage = await extensionStorage(ext);
    page = await ext.newPage();
    await page.goto(server.url('/fixtures/basic.html'));
    await page.bringToFront();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await removeBuild();
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
    expect(await waitForHighlightCount(page, 0)).toEqual([]);
    // Quiet, not merely emptied: no highlight of its own is left registered in the page.
    expect(await eventually(registered, (list) => list.length === 0)).toEqual([]);
    await save({});
    expect(await waitForHighlightCount(page, 3)).toEqual(['1956', 'Nikita Khrushchev', 'Stalin']);
    await save({ paused: true });
    expect(await waitForHighlightCount(page, 0)).toEqual([]);
    expect(await eventually(registered, (list) => list.length === 0)).toEqual([]);
  });

  it('opens the card on click in click mode, not on hover', async () => {
    // Blue too, so the marks tell when the content script has the new settings.
    await save({ triggerMode: 'click', highlightColor: 'blue' });
    await eventually(names, (list) => list[0] === 'backstory-underline-blue-light');
    const shownBefore = await cardsShown(page.mainFrame());
    await hoverText(page, 'Stalin');
    // Past the open delay, then a change: once the extension's update for it is done, it
    // has run past the moment a hover card would have shown.
    await new Promise((done) => setTimeout(done, 500));
    const { updates } = await extensionTime(page.mainFrame());
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'A note.' })));
    await extensionDone(page.mainFrame(), { passes: 1, updates: updates + 1 });
    expect(await cardsShown(page.mainFrame())).toBe(shownBefore);
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

  it('follows settings saved by the 0.0.x prototypes, migrated where they are read', async () => {
    // Version 0 had no version field, "enabled" for !paused and origins for excluded hosts.
    await storage.set('sync', { settings: { enabled: false } });
    expect(await waitForHighlightCount(page, 0)).toEqual([]);
    expect(await eventually(registered, (list) => list.length === 0)).toEqual([]);
    await storage.set('sync', { settings: { enabled: true } });
    await waitForHighlightCount(page, 3);
    await storage.set('sync', { settings: { sites: [server.url('/')] } });
    expect(await waitForHighlightCount(page, 0)).toEqual([]);
    await storage.set('sync', { settings: { enabled: true, highlightColor: 'green' } });
    expect(await eventually(names, (list) => list[0] === 'backstory-underline-green-light')).toHaveLength(1);
    expect(await waitForHighlightCount(page, 3)).toEqual(['1956', 'Nikita Khrushchev', 'Stalin']);
  });
});
