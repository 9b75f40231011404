/**
 * axe-core on the live card, in the page where it opens. The shipped card lives in a
 * closed shadow root, which axe cannot enter; the audit build (`__AUDIT__`, built into a
 * temporary folder) differs only in opening that root, so axe sees exactly the card the
 * page shows: its markup, its computed colours over the page, its focus order.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../../scripts/sweep/bench-build.ts';
import { cloneDefaults, encodeForStorage, type Settings } from '../../src/core/settings/index.ts';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { extensionStorage, type ExtensionStorage } from './harness/extension-storage.ts';
import { eventually } from '../../scripts/browsers/page-reading.ts';
import { hoverText, hoverTimes, recordHoverTimes, waitForHighlightCount } from './harness/page-helpers.ts';
import { FIXTURES, REPO_ROOT, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';

interface Audit {
  violations: string[];
  /** Rules that passed on at least one node inside the card. */
  passedInCard: string[];
  /** Nodes inside the card that axe could not finish checking, and why. */
  incompleteInCard: string[];
}

describe.each(BROWSERS)('the live card in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let storage: ExtensionStorage;
  let removeBuild: () => Promise<void> = async () => {};
  let axeSource = '';

  beforeAll(async () => {
    const build = await buildVariant(name, 'audit');
    removeBuild = build.remove;
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    ext = await launchWithExtension(name, { extensionDir: build.dir });
    storage = await extensionStorage(ext);
    axeSource = await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  }, 240_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await removeBuild();
  });

  function openCard(patch: Partial<Settings>): Promise<Page> {
    return openCardWith(async () => {}, patch);
  }

  async function openCardWith(prepare: (page: Page) => Promise<void>, patch: Partial<Settings> = {}): Promise<Page> {
    await storage.set('sync', { settings: encodeForStorage({ ...cloneDefaults(), ...patch }) });
    const page = await ext.newPage();
    await prepare(page);
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/fixtures/card-audit.html'));
    await waitForHighlightCount(page, 3);
    await hoverText(page, 'Khrushchev');
    await eventually(() => page.evaluate(() => {
      const root = document.documentElement.lastElementChild?.shadowRoot;
      return root?.querySelector('.bs-card:not(.bs-pending)')?.getBoundingClientRect().height ?? 0;
    }), (height) => height > 0);
    return page;
  }

  /**
   * axe on the whole page with the card open; `contrastOnly` runs the colour-contrast rule
   * with the card's host moved into <body>: axe lays out its grid of boxes from <body>
   * down, and the host lives on <html> (outside any transform or filter of <body>), so
   * axe would otherwise find no box behind the card's text and leave contrast unchecked.
   */
  async function audit(page: Page, contrastOnly = false): Promise<Audit> {
    await page.evaluate(axeSource);
    return page.evaluate(async (contrastOnly) => {
      type Rule = { id: string; nodes: { target: unknown[]; any?: { message: string; data?: unknown }[] }[] };
      type Axe = { run(context: Document, options: object): Promise<{ violations: Rule[]; passes: Rule[]; incomplete: Rule[] }> };
      if (contrastOnly) document.body.append(document.documentElement.lastElementChild!);
      const { violations, passes, incomplete } = await (window as unknown as { axe: Axe }).axe.run(document, {
        resultTypes: ['violations', 'passes', 'incomplete'],
        ...(contrastOnly ? { runOnly: ['color-contrast'] } : {}),
      });
      // A node inside a shadow root is targeted by a selector list: [host, inside].
      const inCard = (rule: Rule) => rule.nodes.some((node) => Array.isArray(node.target[0]));
      return {
        violations: violations.map((rule) => `${rule.id}: ${rule.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
        passedInCard: passes.filter(inCard).map((rule) => rule.id),
        // The close button's "×" is too short for axe to call it text (its name is an aria-label).
        incompleteInCard: incomplete.flatMap((rule) => rule.nodes
          .filter((node) => Array.isArray(node.target[0]) && !node.any?.some((check) => (check.data as { messageKey?: string } | undefined)?.messageKey === 'shortTextContent'))
          .map((node) => `${rule.id}: ${JSON.stringify(node.target)} ${node.any?.map((check) => check.message).join('; ')}`)),
      };
    }, contrastOnly);
  }

  it.each([
    ['light theme', { cardTheme: 'light' }],
    ['dark theme', { cardTheme: 'dark' }],
    ['dark theme, largest text', { cardTheme: 'dark', cardTextSize: 150 }],
  ] as const)('has no axe-core violations: %s', async (_, patch) => {
    const page = await openCard(patch);
    const all = await audit(page);
    expect(all.violations).toEqual([]);
    // axe really read the card: its dialog name, its link and button names, its ARIA.
    expect(all.passedInCard).toEqual(expect.arrayContaining(['aria-dialog-name', 'link-name', 'button-name', 'aria-allowed-attr']));
    const contrast = await audit(page, true);
    expect(contrast.violations).toEqual([]);
    expect(contrast.incompleteInCard).toEqual([]);
    expect(contrast.passedInCard).toEqual(['color-contrast']);
    await page.close();
  });

  it('is shown when the open delay ends, not before', async () => {
    const page = await openCardWith(recordHoverTimes);
    const { lastMove, shown } = await hoverTimes(page);
    // The default open delay is 350 ms; timers may fire a millisecond early.
    expect(shown - lastMove).toBeGreaterThanOrEqual(345);
    expect(shown - lastMove).toBeLessThan(1500);
    await page.close();
  });

  it('is opaque from its first frame, and still when reduced motion is asked for', async (context) => {
    const style = (page: Page) => page.evaluate(() => {
      const card = document.documentElement.lastElementChild!.shadowRoot!.querySelector('.bs-card:not(.bs-pending)')!;
      const computed = getComputedStyle(card);
      return { opacity: computed.opacity, animation: computed.animationName };
    });
    const page = await openCard({});
    expect(await style(page)).toEqual({ opacity: '1', animation: 'bs-settle' });
    await page.close();
    // Firefox's WebDriver BiDi driver cannot emulate prefers-reduced-motion.
    if (name === 'firefox') return context.skip();
    const still = await openCardWith(async (page) => page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]));
    expect(await style(still)).toEqual({ opacity: '1', animation: 'none' });
    await still.close();
  });
});

