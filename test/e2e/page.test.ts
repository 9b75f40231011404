import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/browsers/find-browser.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers.ts';
import { cardBox, cardName, eventually, highlightedTexts, mutationsAfterLoad, recordMutations, textRect } from '../../scripts/browsers/page-reading.ts';
import { hoverText, waitForHighlightCount } from './harness/page-helpers.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../../scripts/browsers/server.ts';
import { buildVariant } from '../../scripts/sweep/bench-build.ts';
import { cardsShown, extensionDone, extensionTime } from '../../scripts/sweep/isolated-world.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.each(BROWSERS)('on the page in %s', (name) => {
  let server: FixtureServer;
  let other: FixtureServer;
  let ext: ExtensionBrowser;
  let removeBuild: () => Promise<void> = async () => {};

  // The bench build: only its performance measures differ from the shipped one, and they
  // are the extension's own "done" signals that absence checks wait for.
  beforeAll(async () => {
    server = await startFixtureServer({ '/fixtures/': FIXTURES });
    other = await startFixtureServer({ '/fixtures/': FIXTURES });
    const build = await buildVariant(name, 'bench');
    removeBuild = build.remove;
    ext = await launchWithExtension(name, { extensionDir: build.dir });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await other?.close();
    await removeBuild();
  });

  async function open(path: string): Promise<Page> {
    const page = await ext.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await recordMutations(page);
    await page.goto(server.url(path));
    return page;
  }

  it('looks only at rendered text, across inline elements and into open shadow roots', async () => {
    const page = await open('/fixtures/page-rules.html');
    const texts = await waitForHighlightCount(page, 7);
    expect(texts).toEqual(['Great Purge', 'Khrushchev', 'Khrushchev', 'Nikita Khrushchev', 'Secret Speech', 'Stalin', 'Stalinism']);
    // Opening <details> shows its text: it is matched without a reload.
    await page.evaluate(() => document.querySelector('details')!.setAttribute('open', ''));
    expect(await waitForHighlightCount(page, 8)).toContain('Khrushchev');
    // The page itself is untouched (the test's own attribute change aside).
    expect((await mutationsAfterLoad(page)).filter((entry) => entry !== 'attr open on <details>')).toEqual([]);
    await page.close();
  });

  it('follows text added, edited and removed later', async () => {
    const page = await open('/fixtures/basic.html');
    await waitForHighlightCount(page, 3);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Later, the Khrushchev Thaw began.';
      document.querySelector('main')!.append(p);
    });
    expect(await waitForHighlightCount(page, 4)).toContain('Khrushchev Thaw');
    await page.evaluate(() => {
      document.querySelector('#p2')!.firstChild!.textContent = 'He denounced nobody that night.';
    });
    expect(await waitForHighlightCount(page, 3)).not.toContain('Stalin');
    await page.evaluate(() => document.querySelector('#added')!.remove());
    expect(await waitForHighlightCount(page, 2)).toEqual(['1956', 'Nikita Khrushchev']);
    // Hiding the only non-year mention hides the year too (the context rule).
    await page.evaluate(() => ((document.querySelector('#p1') as HTMLElement).style.display = 'none'));
    await waitForHighlightCount(page, 0);
    await page.close();
  });

  it('opens the card after the hover delay, keeps it while the pointer moves in, closes on Esc', async () => {
    const page = await open('/fixtures/basic.html');
    await waitForHighlightCount(page, 3);
    const before = Date.now();
    await hoverText(page, 'Khrushchev');
    expect(await eventually(() => cardName(page), (value) => value !== null)).toBe('Nikita Khrushchev');
    // Seen no sooner than the open delay (350 ms) after the pointer set off: a lower bound
    // that a slow machine can only raise (the exact timing is in card-a11y.test.ts).
    expect(Date.now() - before).toBeGreaterThanOrEqual(350);
    // Into the card: it stays open past the close delay.
    const box = (await cardBox(page))!;
    await page.mouse.move((box.left + box.right) / 2, box.top + 20, { steps: 4 });
    await sleep(800);
    expect(await cardName(page)).toBe('Nikita Khrushchev');
    await page.keyboard.press('Escape');
    await eventually(() => cardName(page), (value) => value === null);
    await page.close();
  });

  it('shows the card in the language of the text around the mention, else the browser\'s, else the pack\'s', async () => {
    const page = await open('/fixtures/languages.html');
    await waitForHighlightCount(page, 3 + 3);
    const cardFor = async (text: string) => {
      await page.mouse.move(2, 2);
      await eventually(() => cardName(page), (value) => value === null);
      await hoverText(page, text);
      return eventually(() => cardName(page), (value) => value !== null);
    };
    expect(await cardFor('Хрущёв')).toBe('Никита Хрущёв');
    expect(await cardFor('Khrushchev')).toBe('Nikita Khrushchev');
    // German: the pack has no German texts, so the browser's language (English here) wins.
    expect(await cardFor('Chruschtschow')).toBe('Nikita Khrushchev');
    await page.close();
  });

  it('closes after the grace delay when the pointer leaves, and on a click outside', async () => {
    const page = await open('/fixtures/basic.html');
    await waitForHighlightCount(page, 3);
    await hoverText(page, 'Stalin');
    await eventually(() => cardName(page), (value) => value === 'Joseph Stalin');
    await page.mouse.move(5, 690, { steps: 2 });
    await eventually(() => cardName(page), (value) => value === null);
    await hoverText(page, '1956');
    expect(await eventually(() => cardName(page), (value) => value !== null)).toBe('1956');
    await page.mouse.click(990, 10);
    await eventually(() => cardName(page), (value) => value === null);
    await page.close();
  });

  it('opens the card on a tap and closes it on a tap outside', async () => {
    const page = await open('/fixtures/basic.html');
    await waitForHighlightCount(page, 3);
    const rect = await textRect(page, 'Stalin');
    await page.touchscreen.tap(rect.x + rect.width / 2, rect.y + rect.height / 2);
    expect(await eventually(() => cardName(page), (value) => value !== null)).toBe('Joseph Stalin');
    await page.touchscreen.tap(990, 690);
    await eventually(() => cardName(page), (value) => value === null);
    await page.close();
  });

  it('does not open for a fast sweep across a mention', async () => {
    const page = await open('/fixtures/basic.html');
    await waitForHighlightCount(page, 3);
    const rect = await textRect(page, 'Nikita Khrushchev spoke in 1956.');
    const y = rect.y + rect.height / 2;
    await page.mouse.move(rect.x - 30, y);
    await page.mouse.move(rect.x + rect.width + 200, y, { steps: 6 });
    await page.mouse.move(rect.x + rect.width + 200, y + 300);
    // Past the open delay (350 ms), then a mutation: once the extension's update for it is
    // done, its event loop has run past any timer the sweep could have left armed.
    await sleep(500);
    const { updates } = await extensionTime(page.mainFrame());
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Stalin again.' })));
    await extensionDone(page.mainFrame(), { passes: 1, updates: updates + 1 });
    expect(await cardsShown(page.mainFrame())).toBe(0);
    expect(await cardName(page)).toBeNull();
    await page.close();
  });

  it('keeps the card inside the viewport at every edge and beside mentions in scrolled boxes', async () => {
    const page = await open('/fixtures/edges.html');
    await waitForHighlightCount(page, 5);
    for (const text of ['Khrushchev', 'Stalin', 'Stalinism', 'Great Terror', 'Secret Speech']) {
      if (text === 'Secret Speech') await page.evaluate(() => document.querySelector('#scroller')!.scrollTo(0, 560));
      await hoverText(page, text);
      await eventually(() => cardName(page), (value) => value !== null);
      const box = (await cardBox(page))!;
      expect(box.left, text).toBeGreaterThanOrEqual(0);
      expect(box.top, text).toBeGreaterThanOrEqual(0);
      expect(box.right, text).toBeLessThanOrEqual(1000);
      expect(box.bottom, text).toBeLessThanOrEqual(700);
      await page.keyboard.press('Escape');
      await eventually(() => cardName(page), (value) => value === null);
    }
    await page.close();
  });

  it('cannot be restyled or hidden by hostile page CSS', async () => {
    const page = await open('/fixtures/hostile-css.html');
    await waitForHighlightCount(page, 2);
    await hoverText(page, 'Stalin');
    expect(await eventually(() => cardName(page), (value) => value !== null)).toBe('Joseph Stalin');
    const box = (await cardBox(page))!;
    expect(box.right - box.left).toBeGreaterThan(200);
    expect(box.bottom - box.top).toBeGreaterThan(100);
    // The page's red, 40px text never reaches the card: sample its pixels.
    const shot = await page.screenshot({ clip: { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top }, encoding: 'base64' });
    const redShare = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let red = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 200 && pixels[i + 1]! < 60 && pixels[i + 2]! < 60) red++;
      return red / (pixels.length / 4);
    }, shot);
    expect(redShare).toBeLessThan(0.001);
    await page.close();
  });

  it('runs in same-origin and cross-origin frames, each with its own year context', async () => {
    server.route('/frames.html', {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
        <p>The top page mentions only 1956.</p>
        <iframe src="/fixtures/frame-child.html" width="400" height="120"></iframe>
        <iframe src="${other.url('/fixtures/frame-child.html')}" width="400" height="120"></iframe></body></html>`,
    });
    const page = await ext.newPage();
    await page.goto(server.url('/frames.html'));
    await eventually(() => Promise.resolve(page.frames().length), (count) => count === 3);
    const [, ...children] = page.frames();
    for (const frame of children) expect(await waitForHighlightCount(frame, 2)).toEqual(['1956', 'Khrushchev']);
    // No non-year mention in the top document: its bare year is not marked, once its first pass is done.
    await extensionDone(page.mainFrame(), { passes: 1 });
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});
