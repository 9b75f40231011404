/**
 * Topics people bring, through the options page's file input, in Chromium and Firefox,
 * with a page open in another tab: an imported pack's mentions are marked there live and
 * its card opens; switched off or removed, its marks go; a broken pack is refused with
 * every problem and changes nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPackErrors } from '../../src/core/pack/english.ts';
import { validatePack } from '../../src/core/pack/validate.ts';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { openExtensionPage } from './harness/extension-page.ts';
import { toolbarPopup } from './harness/toolbar-popup.ts';
import { hoverText } from './harness/page-helpers.ts';
import { cardName, cardText, eventually, highlightedTexts, pageFinds } from '../../scripts/browsers/page-reading.ts';
import { FIXTURES, REPO_ROOT, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

const BUNDLED = ['1956', 'Nikita Khrushchev'];
const WITH_BERLIN = ['1956', '1989', 'Berlin Wall', 'Nikita Khrushchev', 'Schabowski'];
const BERLIN = join(REPO_ROOT, 'docs/examples/berlin-wall-1989.json');
const SHARED = join(REPO_ROOT, 'test/fixtures/packs/berlin-shared.json');
/** The options page's preview: the bundled topic's written sample, and Berlin's own summary. */
const PREVIEW_BUNDLED = ['1956', '20th Party Congress', 'Nikita Khrushchev', 'Secret Speech', 'Stalin'];
const PREVIEW_BERLIN = ['1989', 'Berlin Wall', 'Günter Schabowski'];
const PREVIEW_BOTH = [...PREVIEW_BUNDLED, ...PREVIEW_BERLIN].sort();
const BERLIN_SUMMARY = 'On the night of 9 November 1989, East Germany opened the Berlin Wall, which had divided the city since 1961.';
const SPEECH_TITLE = 'Khrushchev’s Secret Speech (1956)';
const BERLIN_TITLE = 'The fall of the Berlin Wall (1989)';
const WALL_IDENTITY = 'The night of 9 November 1989, when East Germany opened the Wall that had divided Berlin since 1961.';

type WithChrome = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } };

describe.each(BROWSERS)('imported topics in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let files: string;
  let options: Page;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    files = await mkdtemp(join(tmpdir(), 'backstory-topics-'));
    ext = await launchWithExtension(name);
    page = await ext.newPage();
    await page.goto(server.url('/fixtures/topics.html'));
    expect(await pageShows(BUNDLED)).toEqual(BUNDLED);
    options = await openExtensionPage(ext, 'src/options/index.html');
    await options.waitForSelector('#import-topic');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  const pageShows = (expected: string[]) => eventually(() => highlightedTexts(page), (texts) => JSON.stringify(texts) === JSON.stringify(expected));
  const local = () => options.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.get(null));
  const textOf = (selector: string) => options.$eval(selector, (element) => ((element as HTMLElement).hidden ? '' : element.textContent ?? ''));
  const upload = async (file: string) => {
    const input = await options.$('#import-topic');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  };

  /** Imports `file` through the file input and "Add"; resolves once the topic is listed. */
  const importTopic = async (file: string, id: string) => {
    await upload(file);
    await options.waitForSelector('#topic-add');
    await options.click('#topic-add');
    await options.waitForSelector(`[data-topic-meta="${id}"]`);
  };

  it('refuses a pack with a javascript: link, says where and why, and changes nothing', async () => {
    const broken = JSON.parse(await readFile(BERLIN, 'utf8')) as { furtherReading: { url: string } };
    broken.furtherReading.url = 'javascript:alert(1)';
    const file = join(files, 'berlin-broken.json');
    await writeFile(file, JSON.stringify(broken));
    const refusal = validatePack(broken, 'berlin-broken.json');
    if (refusal.ok) throw new Error('the broken pack validates');
    const [line] = formatPackErrors(refusal);
    expect(line).toMatch(/^berlin-broken\.json: furtherReading\.url: /);

    await upload(file);
    const shown = await eventually(() => textOf('#import-topic-errors'), (text) => text !== '');
    expect(shown).toContain(line);
    expect(await textOf('#topic-preview')).toBe('');
    expect(await options.$eval('#import-topic', (input) => input.getAttribute('aria-invalid'))).toBe('true');
    expect(await local()).toEqual({});
    expect(await highlightedTexts(page)).toEqual(BUNDLED);
  });

  it('previews a pack, keeps it only on "Add", and marks its mentions in the open tab', async () => {
    await upload(BERLIN);
    await eventually(() => textOf('#topic-preview'), (text) => text !== '');
    expect(await textOf('#topic-preview-title')).toBe('Add “The fall of the Berlin Wall (1989)”?');
    expect(await textOf('[data-preview-entity="wall"]')).toContain('Berlin Wall, fall of the Wall, Berliner Mauer');
    expect(await textOf('#import-topic-errors')).toBe('');
    // Nothing kept before "Add".
    expect(await local()).toEqual({});

    await options.click('#topic-add');
    expect(await pageShows(WITH_BERLIN)).toEqual(WITH_BERLIN);
    const meta = await eventually(() => options.$eval('[data-topic-meta="berlin-wall-1989"]', (element) => element.textContent ?? '').catch(() => ''), (text) => text !== '');
    expect(meta).toMatch(/^4 entities · Imported from berlin-wall-1989\.json on /);
    expect(await textOf('[data-topic-meta="secret-speech-1956"]')).toBe('4 entities · Bundled with Backstory');
    // Its entities get the same switches as the bundled ones.
    expect(await options.$('[data-entity-toggle="berlin-wall-1989/wall"]')).not.toBeNull();

    await page.bringToFront();
    await hoverText(page, 'Berlin Wall');
    if (name === 'chromium') expect(await eventually(() => cardName(page), (value) => value !== null)).toBe('The fall of the Berlin Wall');
    else expect(await eventually(() => pageFinds(page, WALL_IDENTITY), Boolean)).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
  });

  it('switches the imported topic and the bundled one off and on, live', async () => {
    await options.bringToFront();
    await options.click('[data-topic-toggle="berlin-wall-1989"]');
    expect(await pageShows(BUNDLED)).toEqual(BUNDLED);
    await options.click('[data-topic-toggle="secret-speech-1956"]');
    expect(await pageShows([])).toEqual([]);
    await options.click('[data-topic-toggle="berlin-wall-1989"]');
    await options.click('[data-topic-toggle="secret-speech-1956"]');
    expect(await pageShows(WITH_BERLIN)).toEqual(WITH_BERLIN);
  });

  /** What the options page's preview marks (sorted), once it has settled on `expected`. */
  const previewShows = (expected: string[]) => eventually(() => highlightedTexts(options), (texts) => JSON.stringify(texts) === JSON.stringify(expected));
  const previewParagraphs = () => options.$$eval('#preview-sample p', (paragraphs) => paragraphs.map((p) => [p.dataset.topic ?? '', p.textContent ?? '']));
  const previewCard = () => options.$eval('.card-preview', (host) => {
    const card = host.shadowRoot!.querySelector('.bs-card')!;
    return [card.querySelector('h2, p')?.textContent ?? '', card.querySelector('.bs-topic-title')?.textContent ?? ''];
  });

  it('previews the topics in use on the options page, following its topic switches', async () => {
    await options.bringToFront();
    expect(await previewShows(PREVIEW_BOTH)).toEqual(PREVIEW_BOTH);
    const paragraphs = await previewParagraphs();
    expect(paragraphs.map(([topic]) => topic)).toEqual(['secret-speech-1956', 'berlin-wall-1989']);
    expect(paragraphs[1]![1]).toContain(BERLIN_SUMMARY);
    expect(await previewCard()).toEqual(['Nikita Khrushchev', SPEECH_TITLE]);

    await options.click('[data-topic-toggle="berlin-wall-1989"]');
    expect(await previewShows(PREVIEW_BUNDLED)).toEqual(PREVIEW_BUNDLED);
    expect((await previewParagraphs()).map(([topic]) => topic)).toEqual(['secret-speech-1956']);

    await options.click('[data-topic-toggle="secret-speech-1956"]');
    const none = await eventually(previewParagraphs, (list) => list.length === 1 && list[0]![0] === '');
    expect(none).toEqual([['', 'No topic is switched on, so nothing is marked.']]);
    expect(await highlightedTexts(options)).toEqual([]);
    expect(await previewCard()).toEqual(['Every entity is switched off, so no card opens.', '']);

    // Berlin alone: its summary is marked and the card leads with its first mention.
    await options.click('[data-topic-toggle="berlin-wall-1989"]');
    expect(await previewShows(PREVIEW_BERLIN)).toEqual(PREVIEW_BERLIN);
    expect(await previewCard()).toEqual(['1989', BERLIN_TITLE]);

    await options.click('[data-topic-toggle="secret-speech-1956"]');
    expect(await previewShows(PREVIEW_BOTH)).toEqual(PREVIEW_BOTH);
    expect(await pageShows(WITH_BERLIN)).toEqual(WITH_BERLIN);
  });

  it('follows a topic switched in another options tab in the preview', async () => {
    const other = await openExtensionPage(ext, 'src/options/index.html');
    try {
      await other.waitForSelector('[data-topic-toggle="berlin-wall-1989"]');
      await other.click('[data-topic-toggle="berlin-wall-1989"]');
      // The first options page, not reloaded, follows.
      expect(await previewShows(PREVIEW_BUNDLED)).toEqual(PREVIEW_BUNDLED);
      await other.click('[data-topic-toggle="berlin-wall-1989"]');
      expect(await previewShows(PREVIEW_BOTH)).toEqual(PREVIEW_BOTH);
    } finally {
      await other.close();
    }
    expect(await pageShows(WITH_BERLIN)).toEqual(WITH_BERLIN);
  });

  it('keeps an open toolbar popup in step with topics removed, imported and switched in the options page', async () => {
    // The popup opens over a tab in a window of its own, so that the options page stays the
    // shown tab of the first window: a hidden page runs no animation frames, and Chromium
    // fires a dialog's `close` event (the removal's confirmation) in one.
    await options.bringToFront();
    const reader = await ext.newPage({ type: 'window' });
    await reader.goto(server.url('/fixtures/topics.html'));
    expect(await eventually(() => highlightedTexts(reader), (texts) => texts.length === WITH_BERLIN.length)).toEqual(WITH_BERLIN);
    const popup = await toolbarPopup(ext);
    await popup.open(reader);
    const header = () => popup.read((document) => document.querySelector('.bs-header-topic')!.textContent);
    const sections = () => popup.read((document) => [...document.querySelectorAll<HTMLElement>('details[data-topic]')].map((details) => [details.dataset.topic, details.querySelector('summary')!.textContent]));
    const counts = () => popup.read((document) => Object.fromEntries([...document.querySelectorAll<HTMLElement>('button[data-entity]')]
      .map((button) => [button.querySelector('.bs-entity-name')!.textContent, Number(button.dataset.count)])));
    /**
     * Acts in the options page while the popup stays open over the page: a click through the
     * page's DOM, because bringing the options page to the front would close the popup.
     */
    const clickInOptions = async (selector: string) => {
      await options.waitForSelector(selector);
      await options.$eval(selector, (element) => (element as HTMLElement).click());
    };
    const bundledCounts = { 'Nikita Khrushchev': 1, '1956': 1 };
    const berlinCounts = { '1989': 1, 'The fall of the Berlin Wall': 1, 'Günter Schabowski': 1 };
    try {
      expect(await header()).toBe(`${SPEECH_TITLE} · ${BERLIN_TITLE}`);
      expect(await counts()).toEqual({ ...bundledCounts, ...berlinCounts });

      // Removed.
      await clickInOptions('[data-topic-remove="berlin-wall-1989"]');
      await clickInOptions('#remove-topic-berlin-wall-1989-confirm');
      expect(await eventually(header, (text) => text === SPEECH_TITLE)).toBe(SPEECH_TITLE);
      expect(await sections()).toEqual([['secret-speech-1956', 'About the topic']]);
      expect(await eventually(counts, (value) => Object.keys(value).length === 2)).toEqual(bundledCounts);

      // Imported: its mentions are counted under its entities' names, and it has its own section.
      await upload(BERLIN);
      await clickInOptions('#topic-add');
      expect(await eventually(header, (text) => text !== SPEECH_TITLE)).toBe(`${SPEECH_TITLE} · ${BERLIN_TITLE}`);
      expect(await sections()).toEqual([['secret-speech-1956', `About: ${SPEECH_TITLE}`], ['berlin-wall-1989', `About: ${BERLIN_TITLE}`]]);
      expect(await eventually(counts, (value) => Object.keys(value).length === 5)).toEqual({ ...bundledCounts, ...berlinCounts });

      // Switched off and on.
      await clickInOptions('[data-topic-toggle="secret-speech-1956"]');
      expect(await eventually(header, (text) => text === BERLIN_TITLE)).toBe(BERLIN_TITLE);
      expect(await sections()).toEqual([['berlin-wall-1989', 'About the topic']]);
      expect(await eventually(counts, (value) => Object.keys(value).length === 3)).toEqual(berlinCounts);
      await clickInOptions('[data-topic-toggle="secret-speech-1956"]');
      expect(await eventually(header, (text) => text !== BERLIN_TITLE)).toBe(`${SPEECH_TITLE} · ${BERLIN_TITLE}`);
      expect(await eventually(counts, (value) => Object.keys(value).length === 5)).toEqual({ ...bundledCounts, ...berlinCounts });
    } finally {
      await popup.close();
      await reader.close();
    }
    expect(await pageShows(WITH_BERLIN)).toEqual(WITH_BERLIN);
  });

  it('asks before replacing a topic with the same id, and removes an imported one after asking', async () => {
    await options.bringToFront();
    // What removing must clear: the imported topic's marks, there from the tests before.
    expect(await pageShows(WITH_BERLIN)).toEqual(WITH_BERLIN);
    await upload(BERLIN);
    await options.waitForSelector('#topic-add');
    await options.click('#topic-add');
    await options.waitForSelector('#replace-topic-dialog[open]');
    await options.click('#replace-topic-dialog-cancel');
    // Still the first import; the preview stays for another try.
    expect(await textOf('#topic-preview-title')).toBe('Add “The fall of the Berlin Wall (1989)”?');
    await options.click('#topic-cancel');

    await options.click('[data-topic-remove="berlin-wall-1989"]');
    await options.waitForSelector('#remove-topic-berlin-wall-1989[open]');
    await options.click('#remove-topic-berlin-wall-1989-confirm');
    expect(await pageShows(BUNDLED)).toEqual(BUNDLED);
    await eventually(() => options.$('[data-topic="berlin-wall-1989"]'), (element) => element === null);
    const { topics } = await local() as { topics: { imported: object } };
    expect(topics.imported).toEqual({});
  });

  it('offers both topics in the card when they share a trigger', async () => {
    await options.bringToFront();
    await importTopic(BERLIN, 'berlin-wall-1989');
    await importTopic(SHARED, 'berlin-cold-war');
    // One mark for the shared trigger: the first topic's.
    expect(await pageShows(WITH_BERLIN)).toEqual(WITH_BERLIN);
    await page.bringToFront();
    await hoverText(page, 'Berlin Wall');
    const offer = 'Also in: Berlin in the Cold War (test)';
    if (name === 'chromium') {
      expect(await eventually(() => cardName(page), (value) => value !== null)).toBe('The fall of the Berlin Wall');
      expect(await cardText(page)).toContain(offer);
      // The other topic's part opens in the same card.
      const summary = await page.waitForSelector(`::-p-aria([name="${offer}"])`);
      await summary!.click();
      expect(await eventually(() => summary!.evaluate((element) => (element.parentElement as HTMLDetailsElement).open), Boolean)).toBe(true);
      expect(await cardText(page)).toContain('The building of the Wall');
      expect(await cardName(page)).toBe('The fall of the Berlin Wall');
    } else {
      // Firefox's driver cannot reach into the closed shadow root; find-in-page reads it.
      expect(await eventually(() => pageFinds(page, WALL_IDENTITY), Boolean)).toBe(true);
      expect(await pageFinds(page, offer)).toBe(true);
    }
    await page.keyboard.press('Escape');
  });
});
