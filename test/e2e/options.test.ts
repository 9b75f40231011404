/**
 * The options page, driven like a person would (clicks, typing, keys, file uploads) in
 * Chromium and in Firefox, next to a page in another tab: every change shows on that page
 * live, without a reload. Firefox's driver will not take puppeteer to moz-extension:// URLs,
 * so there the browser's own code opens the page in a tab (test/e2e/harness/extension-page.ts)
 * and puppeteer drives that tab as any other.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatEnglish } from '../../src/core/i18n/english.ts';
import { importSettingsFile, validateHostPattern } from '../../src/core/settings/index.ts';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { emulateColorScheme, openExtensionPage, reloadExtensionPage } from './harness/extension-page.ts';
import { eventually, highlightedTexts } from '../../scripts/browsers/page-reading.ts';
import { FIXTURES, REPO_ROOT, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

const ALL = ['1956', 'Nikita Khrushchev', 'Stalin'];
const DEFAULT_LOOK = ['backstory-underline-amber-light'];

describe.each(BROWSERS)('the options page in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let files: string;
  let options: Page;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    files = await mkdtemp(join(tmpdir(), 'backstory-options-'));
    ext = await launchWithExtension(name, { firefoxPrefs: firefoxDownloadsTo(files) });
    if (name === 'chromium') {
      const cdp = await ext.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: files });
    }

    page = await ext.newPage();
    await page.goto(server.url('/fixtures/options-effects.html'));
    expect(await eventually(() => highlightedTexts(page), (texts) => texts.length === 3)).toEqual(ALL);

    options = await openExtensionPage(ext, 'src/options/index.html');
    await options.waitForSelector('#preview-sample');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  /** What the page in the other tab highlights (sorted), once it has settled on `expected`. */
  const pageShows = (expected: string[]) => eventually(() => highlightedTexts(page), (texts) => same(texts, [...expected].sort()));
  const pageLook = (expected: string[]) => eventually(() => highlightNames(page), (names) => same(names, expected));

  /** Starts recording the writes to the extension's storage, as the options page hears them. */
  const recordWrites = () => options.evaluate(() => {
    const writes: Write[] = [];
    (window as unknown as { __writes: Write[] }).__writes = writes;
    (globalThis as unknown as WithChrome).chrome.storage.onChanged.addListener((changes, area) => writes.push({ area, changes }));
  });
  const writes = () => options.evaluate(() => (window as unknown as { __writes: Write[] }).__writes);

  /**
   * Proves that nothing was written since `recordWrites()`, by the extension's own signals
   * rather than a wait: the page saves its changes in order, so a change made next (the
   * highlight colour) is written after anything queued earlier. Once that write is heard
   * it must be the only one, and the other tab must show it.
   */
  async function nothingSavedSince(): Promise<void> {
    await options.click('#highlightColor-violet');
    const heard = await eventually(writes, (list) => JSON.stringify(list).includes('violet'));
    expect(heard).toHaveLength(1);
    const { settings } = heard[0]!.changes as { settings: { oldValue?: Record<string, unknown>; newValue: Record<string, unknown> } };
    expect(heard[0]!.area).toBe('sync');
    expect(settings.newValue).toEqual({ ...(settings.oldValue ?? { version: 1 }), highlightColor: 'violet' });
    const look = [`backstory-${String(settings.newValue.highlightStyle ?? 'underline')}-violet-light`];
    expect(await pageLook(look)).toEqual(look);
  }

  // Each test starts from empty storage and a freshly loaded options page.
  afterEach(async () => {
    await clearStorage(options);
    await reloadExtensionPage(ext, options);
    await options.waitForSelector('#preview-sample');
    await pageShows(ALL);
    await pageLook(DEFAULT_LOOK);
  });

  it('turns an entity off and on again, and says "Saved"', async () => {
    await options.click('[data-entity-toggle$="/stalin"]');
    expect(await pageShows(['1956', 'Nikita Khrushchev'])).toEqual(['1956', 'Nikita Khrushchev']);
    expect(await eventually(() => textOf(options, '#save-status'), (text) => text === 'Saved')).toBe('Saved');
    expect(await stored(options)).toEqual({ sync: { settings: { version: 1, disabledEntities: ['secret-speech-1956/stalin'] } }, local: {} });

    await options.click('[data-entity-toggle$="/stalin"]');
    expect(await pageShows(ALL)).toEqual(ALL);
  });

  it('adds an alias that the page then highlights, refuses an invalid one, and removes it', async () => {
    const field = '[data-alias-input$="/khrushchev"]';
    await options.type(field, 'K');
    await options.keyboard.press('Enter');
    const error = await options.$eval(field, (input) => document.getElementById(`${input.id}-error`)?.textContent);
    expect(error).toBe('An alias needs at least 2 characters.');
    expect(await options.$eval(field, (input) => input.getAttribute('aria-invalid'))).toBe('true');

    await options.$eval(field, (input) => void ((input as HTMLInputElement).value = ''));
    await options.type(field, 'Mr K');
    await options.keyboard.press('Enter');
    expect(await pageShows([...ALL, 'Mr K'])).toEqual(['1956', 'Mr K', 'Nikita Khrushchev', 'Stalin']);
    expect(await options.$eval(field, (input) => input.getAttribute('aria-invalid'))).toBeNull();
    expect(await options.$$eval('[data-entity$="/khrushchev"] .item-text', (items) => items.map((item) => item.textContent))).toEqual(['Mr K']);

    await options.click('[data-entity$="/khrushchev"] button[aria-label="Remove “Mr K”"]');
    expect(await pageShows(ALL)).toEqual(ALL);
    expect((await stored(options)).sync).toEqual({ settings: { version: 1 } });
  });

  it('adds an alias with markup as literal text, and refuses one with a direction override', async () => {
    const field = '[data-alias-input$="/stalin"]';
    const items = () => options.$$eval('[data-entity$="/stalin"] .item-text', (spans) => spans.map((span) => [span.textContent, span.childElementCount]));
    const markup = '<img src=x onerror="window.__pwned=1">Koba';
    await options.type(field, markup);
    expect(await options.$eval(field, (input) => (input as HTMLInputElement).value)).toBe(markup);
    await options.keyboard.press('Enter');
    expect(await eventually(items, (list) => list.length === 1)).toEqual([[markup, 0]]);
    const saved = await eventually(() => stored(options), (value) => 'settings' in value.sync);
    expect(saved).toEqual({ sync: { settings: { version: 1, aliases: { 'secret-speech-1956/stalin': [markup] } } }, local: {} });
    // The page's CSP would block the inline handler anyway: the missing <img> is the proof.
    const images = () => options.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('*')].flatMap((element) => element.shadowRoot ?? [])];
      return { images: roots.reduce((count, root) => count + root.querySelectorAll('img').length, 0), pwned: typeof (window as { __pwned?: unknown }).__pwned };
    });
    expect(await images()).toEqual({ images: 0, pwned: 'undefined' });

    await recordWrites();
    const override = '\u202Ebad';
    await options.type(field, override);
    expect(await options.$eval(field, (input) => (input as HTMLInputElement).value)).toBe(override);
    await options.keyboard.press('Enter');
    const error = await options.$eval(field, (input) => document.getElementById(`${input.id}-error`)?.textContent);
    expect(error).toBe('An alias cannot contain text-direction control characters.');
    expect(await options.$eval(field, (input) => input.getAttribute('aria-invalid'))).toBe('true');
    await nothingSavedSince();
    expect(await items()).toEqual([[markup, 0]]);
    expect(await images()).toEqual({ images: 0, pwned: 'undefined' });
  });

  it('removes the 1956 highlight under the year rule "never", with the keyboard alone', async () => {
    await options.focus('#yearRule-topic');
    await options.keyboard.press('ArrowDown');
    expect(await options.$eval('#yearRule-never', (input) => (input as HTMLInputElement).checked)).toBe(true);
    expect(await pageShows(['Nikita Khrushchev', 'Stalin'])).toEqual(['Nikita Khrushchev', 'Stalin']);

    await options.keyboard.press('ArrowUp');
    expect(await pageShows(ALL)).toEqual(ALL);
  });

  it('re-registers the page highlight under the name of the chosen style and colour', async () => {
    expect(await pageLook(DEFAULT_LOOK)).toEqual(DEFAULT_LOOK);
    await options.click('#highlightStyle-background');
    expect(await pageLook(['backstory-background-amber-light'])).toEqual(['backstory-background-amber-light']);
    await options.click('#highlightColor-violet');
    expect(await pageLook(['backstory-background-violet-light'])).toEqual(['backstory-background-violet-light']);
    // The preview on the options page uses the same names and stylesheet.
    expect(await highlightNames(options)).toEqual(['backstory-background-violet-light']);
    await options.click('#highlightStyle-none');
    expect(await pageLook([])).toEqual([]);

    await options.click('#highlightStyle-underline');
    await options.click('#highlightColor-amber');
    expect(await pageLook(DEFAULT_LOOK)).toEqual(DEFAULT_LOOK);
    expect(await pageShows(ALL)).toEqual(ALL);
    expect((await stored(options)).sync).toEqual({ settings: { version: 1 } });
  });

  it('excluding 127.0.0.1 removes every highlight; removing the exclusion brings them back', async () => {
    await options.type('#excludedSites', '127.0.0.1');
    await options.keyboard.press('Enter');
    expect(await pageShows([])).toEqual([]);
    expect(await pageLook([])).toEqual([]);

    await options.click('#sites button[aria-label="Remove “127.0.0.1”"]');
    expect(await pageShows(ALL)).toEqual(ALL);
  });

  it('checks the delays against their limits and saves only valid ones', async () => {
    await recordWrites();
    await retype(options, '#openDelayMs', '5000');
    await options.keyboard.press('Tab');
    expect(await textOf(options, '#openDelayMs-error')).toBe('Enter a whole number from 0 to 2000 ms.');
    expect(await options.$eval('#openDelayMs', (input) => input.getAttribute('aria-invalid'))).toBe('true');
    await nothingSavedSince();

    await retype(options, '#openDelayMs', '500');
    await options.keyboard.press('Enter');
    expect(await eventually(() => stored(options), (value) => JSON.stringify(value).includes('openDelayMs'))).toEqual({ sync: { settings: { version: 1, highlightColor: 'violet', openDelayMs: 500 } }, local: {} });
    expect(await textOf(options, '#openDelayMs-error')).toBe('');
  });

  it('shows the modifier key only for that trigger mode, and saves each choice', async () => {
    const keyShown = () => options.$eval('#modifierKey', (select) => !(select.closest('.field') as HTMLElement).hidden);
    expect(await keyShown()).toBe(false);
    await options.click('#triggerMode-modifier');
    expect(await keyShown()).toBe(true);
    await options.select('#modifierKey', 'Shift');
    await options.click('#badge');
    expect(await eventually(() => stored(options), (value) => JSON.stringify(value).includes('badge'))).toEqual(
      { sync: { settings: { version: 1, triggerMode: 'modifier', modifierKey: 'Shift', badge: false } }, local: {} });
    await options.click('#triggerMode-click');
    expect(await keyShown()).toBe(false);
  });

  it('previews the card with the chosen theme and text size', async () => {
    const look = () => options.$eval('.card-preview', (host) => {
      const card = host.shadowRoot!.querySelector<HTMLElement>('.bs-card')!;
      return { theme: card.dataset.theme, scale: card.style.getPropertyValue('--bs-scale'), name: card.querySelector('h2')?.textContent };
    });
    expect(await look()).toEqual({ theme: 'auto', scale: '1', name: 'Nikita Khrushchev' });
    await options.click('#cardTheme-dark');
    await options.focus('#cardTextSize');
    await options.keyboard.press('ArrowRight');
    expect(await look()).toEqual({ theme: 'dark', scale: '1.1', name: 'Nikita Khrushchev' });
    expect(await options.$eval('#cardTextSize', (input) => input.getAttribute('aria-valuetext'))).toBe('110%');
    expect(await eventually(() => stored(options), (value) => JSON.stringify(value).includes('cardTextSize'))).toEqual(
      { sync: { settings: { version: 1, cardTheme: 'dark', cardTextSize: 110 } }, local: {} });
    // Switching Khrushchev off moves the preview to the next mention.
    await options.click('[data-entity-toggle$="/khrushchev"]');
    expect(await eventually(look, (value) => value.name !== 'Nikita Khrushchev')).toMatchObject({ name: 'Joseph Stalin' });
  });

  it('explains a malformed host pattern next to the field and saves nothing', async () => {
    await recordWrites();
    const typed = 'http://example.com/news';
    await options.type('#excludedSites', typed);
    await options.keyboard.press('Enter');
    const expected = validateHostPattern(typed);
    expect(expected.ok).toBe(false);
    expect(await textOf(options, '#excludedSites-error')).toBe(expected.ok ? '' : formatEnglish(expected.message));
    expect(await options.$eval('#excludedSites', (input) => input.getAttribute('aria-invalid'))).toBe('true');
    expect(await options.$$('#sites .items li')).toHaveLength(0);
    await nothingSavedSince();
    expect(await highlightedTexts(page)).toEqual(ALL);
  });

  it.each([
    ['malformed JSON', '{ "format": "backstory-settings", "version": 1, '],
    ['a foreign file', '{ "name": "some other extension", "settings": {} }'],
    ['an invalid setting', '{ "format": "backstory-settings", "version": 1, "settings": { "yearRule": "sometimes" } }'],
  ])('refuses %s with the reason, changing nothing', async (_, text) => {
    await recordWrites();
    const file = join(files, 'bad.json');
    await writeFile(file, text);
    await upload(options, file);
    const refusal = importSettingsFile(text);
    expect(refusal.ok).toBe(false);
    expect(await eventually(() => textOf(options, '#import-settings-error'), (shown) => shown !== '')).toBe(refusal.ok ? '' : formatEnglish(refusal.error));
    await nothingSavedSince();
    expect(await highlightedTexts(page)).toEqual(ALL);
  });

  it('exports the settings to a file that imports back to the same settings', async () => {
    await options.click('#yearRule-never');
    await options.click('#highlightColor-rose');
    await options.type('[data-alias-input$="/khrushchev"]', 'Mr K');
    await options.keyboard.press('Enter');
    await options.type('#excludedSites', '*.example.org');
    await options.keyboard.press('Enter');
    await pageShows(['Mr K', 'Nikita Khrushchev', 'Stalin']);
    const chosen = await eventually(() => stored(options), (value) => JSON.stringify(value).includes('example.org'));

    await options.click('#export-settings');
    const exported = await downloaded(files);
    expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ format: 'backstory-settings', version: 1, settings: { yearRule: 'never', highlightColor: 'rose' } });

    await writeSync(options, null);
    expect(await pageShows(ALL)).toEqual(ALL);
    expect(await eventually(() => checked(options, 'yearRule'), (value) => value === 'topic')).toBe('topic');

    await upload(options, exported);
    expect(await eventually(() => stored(options), (value) => same(value, chosen))).toEqual(chosen);
    expect(await pageShows(['Mr K', 'Nikita Khrushchev', 'Stalin'])).toEqual(['Mr K', 'Nikita Khrushchev', 'Stalin']);
    expect(await pageLook(['backstory-underline-rose-light'])).toEqual(['backstory-underline-rose-light']);
    expect(await checked(options, 'yearRule')).toBe('never');
    expect(await textOf(options, '#import-settings-notes')).toContain('Imported the settings from');
  });

  it('resets to the defaults only after the in-page confirmation', async () => {
    await recordWrites();
    await options.click('#reset-settings');
    expect(await options.$eval('#reset-dialog', (dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('reset-dialog-cancel');
    await options.keyboard.press('Escape');
    expect(await options.$eval('#reset-dialog', (dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    await nothingSavedSince();

    await options.click('#reset-settings');
    await options.click('#reset-dialog-confirm');
    expect(await eventually(() => stored(options), (value) => same(value, { sync: { settings: { version: 1 } }, local: {} }))).toBeTruthy();
    expect(await pageShows(ALL)).toEqual(ALL);
    expect(await pageLook(DEFAULT_LOOK)).toEqual(DEFAULT_LOOK);
    expect(await checked(options, 'yearRule')).toBe('topic');
    expect(await checked(options, 'highlightColor')).toBe('amber');
    expect(await options.$$('.items li')).toHaveLength(0);
  });

  it('says so when sync refuses the settings and they go to storage.local', async () => {
    // Valid, but far over storage.sync's 8 KB per item.
    const aliases = Object.fromEntries(Array.from({ length: 30 }, (_, entity) =>
      [`topic-${entity}/entity-${entity}`, Array.from({ length: 20 }, (_, n) => `a rather long alias number ${n}`)]));
    const file = join(files, 'large.json');
    await writeFile(file, JSON.stringify({ format: 'backstory-settings', version: 1, settings: { aliases } }));
    await upload(options, file);
    const notice = await eventually(() => textOf(options, '#notice-fallback'), (text) => text !== '');
    expect(notice).toContain('kept in this browser only (storage.local)');
    expect(notice).toMatch(/Reason: .*quota/i);
    expect(Object.keys((await stored(options)).local)).toEqual(expect.arrayContaining(['settings', 'settingsArea']));

    await options.click('#reset-settings');
    await options.click('#reset-dialog-confirm');
    expect(await eventually(() => isHidden(options, '#notice-fallback'), Boolean)).toBe(true);
    expect(await stored(options)).toEqual({ sync: { settings: { version: 1 } }, local: {} });
  });

  it('reports stored settings that were invalid and replaced by defaults', async () => {
    await writeSync(options, { settings: { version: 1, yearRule: 'sometimes', badge: false } });
    await reloadExtensionPage(ext, options);
    await options.waitForSelector('#preview-sample');
    const notice = await textOf(options, '#notice-problems');
    expect(notice).toContain('Some saved settings were invalid and were reset to defaults:');
    expect(notice).toContain('yearRule: expected one of');
    expect(await checked(options, 'yearRule')).toBe('topic');
    expect(await options.$eval('#badge', (input) => (input as HTMLInputElement).checked)).toBe(false);
  });

  it('shows keyboard focus', async () => {
    await options.focus('#excludedSites');
    await options.keyboard.press('Tab');
    const focus = await options.evaluate(() => {
      const element = document.activeElement!;
      return { text: element.textContent, visible: element.matches(':focus-visible'), outline: getComputedStyle(element).outlineStyle };
    });
    expect(focus).toEqual({ text: 'Add', visible: true, outline: 'solid' });
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations (%s), also with messages shown', async (scheme) => {
    await emulateColorScheme(ext, options, scheme);
    const background = { light: 'rgb(246, 247, 249)', dark: 'rgb(13, 17, 23)' }[scheme];
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    const clean = await axe(options);
    expect(clean.violations).toEqual([]);
    expect(clean.passed).toEqual(expect.arrayContaining(['color-contrast', 'label', 'aria-allowed-attr', 'heading-order']));

    await options.type('#excludedSites', 'exa mple.com');
    await options.keyboard.press('Enter');
    const file = join(files, 'not-json.json');
    await writeFile(file, 'not json');
    await upload(options, file);
    await eventually(() => textOf(options, '#import-settings-error'), (text) => text !== '');
    expect((await axe(options)).violations).toEqual([]);
    await emulateColorScheme(ext, options, null);
  });
});

type Stored = { sync: Record<string, unknown>; local: Record<string, unknown> };
type Write = { area: string; changes: Record<string, { oldValue?: unknown; newValue?: unknown }> };
type StorageArea = { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> };
/** The extension API as seen from the options page (typed here rather than with all of @types/chrome). */
type WithChrome = { chrome: { storage: { sync: StorageArea; local: StorageArea; onChanged: { addListener(listener: (changes: Write['changes'], area: string) => void): void } } } };

/** Firefox saves downloads into `dir` without asking (Chromium is told over CDP). */
function firefoxDownloadsTo(dir: string): Record<string, unknown> {
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
  };
}

function stored(options: Page): Promise<Stored> {
  return options.evaluate(async () => {
    const { storage } = (globalThis as unknown as WithChrome).chrome;
    return { sync: await storage.sync.get(null), local: await storage.local.get(null) };
  });
}

function clearStorage(options: Page): Promise<void> {
  return options.evaluate(async () => {
    const { storage } = (globalThis as unknown as WithChrome).chrome;
    await Promise.all([storage.sync.clear(), storage.local.clear()]);
  });
}

function writeSync(options: Page, items: object | null): Promise<void> {
  return options.evaluate((value) => {
    const { sync } = (globalThis as unknown as WithChrome).chrome.storage;
    return value === null ? sync.clear() : sync.set(value);
  }, items);
}

function highlightNames(target: Page): Promise<string[]> {
  return target.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()]
    .filter((name) => name.startsWith('backstory-') && name !== 'backstory-active' && name !== 'backstory-flash'));
}

/** Replaces a field's text by typing, as a person would after selecting it all. */
async function retype(target: Page, selector: string, text: string): Promise<void> {
  await target.focus(selector);
  await target.$eval(selector, (input) => (input as HTMLInputElement).select());
  await target.keyboard.press('Backspace');
  await target.type(selector, text);
}

function textOf(target: Page, selector: string): Promise<string> {
  return target.$eval(selector, (element) => (element as HTMLElement).hidden ? '' : element.textContent ?? '');
}

function isHidden(target: Page, selector: string): Promise<boolean> {
  return target.$eval(selector, (element) => (element as HTMLElement).hidden);
}

function checked(target: Page, name: string): Promise<string | undefined> {
  return target.evaluate((group) => document.querySelector<HTMLInputElement>(`input[name="${group}"]:checked`)?.value, name);
}

async function upload(target: Page, file: string): Promise<void> {
  const input = await target.$('#import-settings');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
}

async function downloaded(dir: string): Promise<string> {
  const name = await eventually(
    async () => (await readdir(dir)).find((file) => /^backstory-settings-\d{4}-\d\d-\d\d\.json$/.test(file)),
    (file) => file !== undefined);
  return join(dir, name!);
}

async function axe(target: Page): Promise<{ violations: string[]; passed: string[] }> {
  // Evaluated rather than added as a <script>: the extension page's CSP allows no inline script.
  const source = await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await target.evaluate(source);
  return target.evaluate(async () => {
    type Rule = { id: string; nodes: { target: unknown[] }[] };
    const { axe: engine } = window as unknown as { axe: { run(context: Document): Promise<{ violations: Rule[]; passes: Rule[] }> } };
    const { violations, passes } = await engine.run(document);
    return {
      violations: violations.map((rule) => `${rule.id}: ${rule.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
      passed: passes.map((rule) => rule.id),
    };
  });
}


function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
