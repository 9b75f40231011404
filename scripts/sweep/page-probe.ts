/**
 * What the sweep reads from a page, from the page's own world: when the extension has
 * finished its first pass, what is marked, what the browser renders, and how long the
 * extension worked (the bench build's `backstory:*` measures, or Chromium's counters).
 */
import type { CDPSession, Frame, Page } from 'puppeteer-core';
import { highlighted } from '../browsers/page-reading.ts';
import { extensionTasks } from './bench-build.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits for the extension's first pass in `frame`. The bench build says when it is done
 * (false if it never did). The shipped build shows a page nothing before its first
 * mention, so there (`--build shipped`) this can only wait until the page had two idle
 * periods (a pass in progress keeps tasks queued) and what is marked stays the same for
 * 300 ms, and cannot tell a pass that found nothing from one that never ran.
 */
export async function waitForFirstPass(frame: Frame, bench: boolean, timeoutMs: number): Promise<boolean> {
  if (bench) {
    try {
      await frame.waitForFunction(() => performance.getEntriesByName('backstory:initial-pass', 'measure').length > 0, { timeout: timeoutMs, polling: 50 });
      return true;
    } catch {
      return false;
    }
  }
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < deadline) {
    await frame.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done, { timeout: 2000 }), { timeout: 2000 })));
    const count = (await highlighted(frame)).length;
    if (count === last) return true;
    last = count;
    await sleep(300);
  }
  return true;
}

/** The frame's rendered text, as the browser lays it out. */
export function renderedText(frame: Frame): Promise<string> {
  return frame.evaluate(() => (document.body ?? document.documentElement)?.innerText ?? '');
}

export interface Timing {
  /** The extension's main-thread work on the page, ms (null: not measurable here). */
  workMs: number | null;
  /** Its longest task (bench build), or the longest task ≥ 50 ms after DOMContentLoaded (any origin). */
  longestMs: number | null;
  source: 'bench' | 'cdp' | 'none';
}

/** Call before `goto`: keeps the page's long tasks (Chromium) for `timing`. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * The bench build times its own slices (`backstory:*` measures, see `extensionTasks`): the
 * work is the first pass's slices (the last one bounded from above). Without it, Chromium's
 * ScriptDuration, which with the page's scripts blocked is the extension's script time.
 */
export async function timing(page: Page, bench: boolean, metrics: CDPSession | null): Promise<Timing> {
  if (bench) {
    const measures = await page.evaluate(() => performance.getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('backstory:'))
      .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.startTime + entry.duration })));
    const tasks = extensionTasks(measures);
    return { workMs: tasks.passes ? tasks.work : null, longestMs: tasks.passes ? tasks.longest : null, source: 'bench' };
  }
  if (!metrics) return { workMs: null, longestMs: null, source: 'none' };
  const { metrics: values } = await metrics.send('Performance.getMetrics');
  const script = values.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
  const longest = await page.evaluate(() => {
    const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const after = loaded?.domContentLoadedEventEnd ?? 0;
    const tasks = (window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? [];
    return Math.max(0, ...tasks.filter((task) => task.start >= after).map((task) => task.duration));
  });
  return { workMs: script * 1000, longestMs: longest, source: 'cdp' };
}

/** Starts Chromium's main-thread counters for `page` (before `goto`); null in Firefox. */
export async function startMetrics(page: Page, chromium: boolean): Promise<CDPSession | null> {
  if (!chromium) return null;
  const session = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return session;
}

/**
 * Scrolls the first marked mention that is not covered by something else into view and
 * returns the point at its centre, or null.
 */
export function mentionPoint(page: Page): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(() => {
    const ranges: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (name.startsWith('backstory-') && name !== 'backstory-active' && name !== 'backstory-flash') ranges.push(...highlight);
    }
    for (const range of ranges.slice(0, 8)) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const box = [...live.getClientRects()].find((rect) => rect.width > 2 && rect.height > 2);
      if (!box) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
      const top = document.elementFromPoint(x, y);
      if (top && top.contains(range.startContainer)) return { x, y, text: live.toString() };
    }
    return null;
  });
}
