/**
 * A page without mentions, in both browsers: once the extension says its first pass is
 * done, it has left nothing in the page: no highlight registered (a page could read the
 * names), no mark. Text in accented Latin, Greek and Cyrillic is decided by the gate's
 * quick path; when a mention is added later, in any of those spellings, it is marked and
 * its card opens on hover: the parts that wait for a first mention start then.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { eventually } from '../../scripts/browsers/page-reading.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';
import { buildVariant } from '../../scripts/sweep/bench-build.ts';
import { cardBox, extensionDone, marks, textPoint, waitForMarks } from '../../scripts/sweep/isolated-world.ts';
import { launchSweepBrowser, type SweepBrowser } from '../../scripts/sweep/launch.ts';

/** The names registered in CSS.highlights, as the page's own script sees them. */
const highlightNames = (page: Page) => page.evaluate(() => {
  const names: string[] = [];
  CSS.highlights.forEach((_, name) => names.push(name));
  return names;
});

describe.each(BROWSERS)('a page without mentions in %s', (name) => {
  let server: FixtureServer;
  let ext: SweepBrowser;
  let removeBuild: () => Promise<void> = async () => {};

  beforeAll(async () => {
    // The bench variant says when its passes are done (only __BENCH__ differs from the shipped build).
    const build = await buildVariant(name, 'bench');
    removeBuild = build.remove;
    server = await startFixtureServer({ '/quiet/': `${FIXTURES}/quiet` });
    ext = await launchSweepBrowser(name, build.dir);
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await removeBuild();
  });

  it('leaves nothing in the page, and starts marking with the first mention added', async () => {
    const page = await ext.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/quiet/no-mention.html'));
    const frame = page.mainFrame();
    await extensionDone(frame, { passes: 1 });
    expect(await marks(frame)).toEqual([]);
    expect(await highlightNames(page)).toEqual([]);

    await page.evaluate(() => {
      const later = document.getElementById('later')!;
      for (const text of ['Em 1956, Chruščëv falou.', 'ХРУЩЁВ говорил о культе личности.', 'Sta\u0301lin morreu antes.']) {
        const p = document.createElement('p');
        p.textContent = text;
        later.append(p);
      }
    });
    await waitForMarks(frame, 4);
    expect((await marks(frame)).map((text) => text.normalize('NFC')).sort()).toEqual(['1956', 'Chruščëv', 'Stálin', 'ХРУЩЁВ']);
    expect((await highlightNames(page)).length).toBeGreaterThan(0);
    const point = await textPoint(frame, 'ХРУЩЁВ');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    expect(await eventually(() => cardBox(frame), (box) => box !== null, 10_000)).not.toBeNull();
    expect(ext.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
