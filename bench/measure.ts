/**
 * One measurement = one fresh tab loading one page in one configuration. The page-world
 * script (bench/page-world.ts) does the timing inside the page; this side only drives.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import type { BenchBrowser } from './browsers.ts';
import type { BaselineResult, HoverResult, MeasureEntry } from './page-world.ts';
import type { BaselineConfig } from './triggers.ts';
import { scrollParagraph } from './stress.ts';

/** Main-thread totals from the DevTools protocol (Chromium), in ms of thread time. */
export interface MainThread {
  task: number;
  script: number;
  layout: number;
  style: number;
}

export interface BackstorySample {
  /** The initial pass as the extension timed it, wall clock (includes yields to the page). */
  passWall: number;
  /** The extension's own work in the pass: its time slices summed. */
  passWork: number;
  /** False when the last slice is an upper bound (the build does not record it). */
  workExact: boolean;
  mentions: number;
  slices: number;
  /** The longest slice of the pass (and of any update). */
  maxSlice: number;
  /** Incremental updates (appended paragraphs), ms each. */
  updates: number[];
  mainThread: MainThread | null;
}

export interface PlainSample {
  mainThread: MainThread | null;
  /** The limit's one-time regex set-up in this renderer (untimed in `limit`), ms. */
  limitSetup: number;
  limit: BaselineResult;
  markBest: BaselineResult | null;
  markUsual: BaselineResult | null;
  /** The limit over each appended paragraph (infinite scroll), ms each. */
  limitUpdates: number[];
}

export interface Timeouts {
  /** For the initial pass to appear (big pages in a slow browser take seconds). */
  passMs: number;
}

const LOAD_TIMEOUT = 120_000;
/** Rendering after the work: two frames and a short quiet, the same in every configuration. */
const SETTLE = 'window.__bench.settle(2, 20)';

async function call<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

const sessions = new WeakMap<Page, CDPSession>();

async function metricsSession(browser: BenchBrowser, page: Page): Promise<CDPSession | null> {
  if (browser.name !== 'chromium') return null;
  let session = sessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    // Thread time, not wall time: less noise from the other processes on a shared machine.
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    sessions.set(page, session);
  }
  return session;
}

async function readMetrics(session: CDPSession | null): Promise<MainThread | null> {
  if (!session) return null;
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), script: value('ScriptDuration'), layout: value('LayoutDuration'), style: value('RecalcStyleDuration') };
}

interface Loaded {
  page: Page;
  /** Chromium: the DevTools session whose counters start afresh with each navigation. */
  session: CDPSession | null;
}

/**
 * Loads `url` in the browser's tab. Chromium's performance counters restart with every
 * navigation (a new document agent), so what they read after the load is this page's alone.
 */
const bigPages = new WeakSet<Page>();

async function open(browser: BenchBrowser, url: string, big = false): Promise<Loaded> {
  const page = await browser.tab();
  const session = await metricsSession(browser, page);
  // After a stress page, collect its garbage now so it does not land in this page's tasks
  // (after ordinary pages it is not worth the half second it takes).
  if (session && bigPages.has(page)) await session.send('HeapProfiler.collectGarbage');
  if (big) bigPages.add(page);
  else bigPages.delete(page);
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
  // The page-world script is parser-blocking in <head>: present by 'load'.
  if (!(await page.evaluate('typeof window.__bench === "object"'))) throw new Error('the bench page-world script did not load');
  return { page, session };
}

/** Runs a measurement; a failure replaces the tab so the next one starts clean. */
async function guarded<T>(browser: BenchBrowser, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await browser.resetTab();
    throw error;
  }
}

/** The extension's slices inside [start, end], and the pass's work from them. */
export function passWork(measures: MeasureEntry[], pass: MeasureEntry): { work: number; exact: boolean; slices: number[] } {
  const end = pass.start + pass.duration;
  const tasks = measures.filter((entry) => entry.name === 'backstory:task' && entry.start >= pass.start - 0.05 && entry.start + entry.duration <= end + 0.05);
  if (tasks.length === 0) return { work: pass.duration, exact: true, slices: [pass.duration] };
  const lastEnd = Math.max(...tasks.map((task) => task.start + task.duration));
  const tail = end - lastEnd;
  const slices = tasks.map((task) => task.duration);
  // A build that records its final slice too ends the last task with the pass.
  if (tail < 0.3) return { work: slices.reduce((a, b) => a + b, 0), exact: true, slices };
  // Otherwise the last slice is at most the time from the last recorded slice to the end.
  slices.push(tail);
  return { work: slices.reduce((a, b) => a + b, 0), exact: false, slices };
}

export async function measureBackstory(browser: BenchBrowser, url: string, incremental: number, timeouts: Timeouts, big = false): Promise<BackstorySample> {
  return guarded(browser, async () => {
    const { page, session } = await open(browser, url, big);
    const done = await call<boolean>(page, `window.__bench.waitForMeasure('backstory:initial-pass', 1, ${timeouts.passMs})`);
    if (!done) throw new Error(`no backstory:initial-pass within ${timeouts.passMs} ms`);
    await call(page, SETTLE);
    const mainThread = await readMetrics(session);
    if (incremental > 0) {
      const paragraphs = Array.from({ length: incremental }, (_, index) => scrollParagraph(index));
      await call(page, `window.__bench.append(${JSON.stringify(paragraphs)}, 200, null)`);
      await call(page, `window.__bench.waitForMeasure('backstory:update', ${incremental}, 10000)`);
    }
    const measures = await call<MeasureEntry[]>(page, 'window.__bench.measures()');
    const pass = measures.find((entry) => entry.name === 'backstory:initial-pass')!;
    const { work, exact, slices } = passWork(measures, pass);
    const updates = measures.filter((entry) => entry.name === 'backstory:update').map((entry) => entry.duration);
    const allSlices = [...slices, ...measures.filter((entry) => entry.name === 'backstory:task' && entry.start > pass.start + pass.duration).map((entry) => entry.duration), ...updates];
    return {
      passWall: pass.duration,
      passWork: work,
      workExact: exact,
      mentions: pass.detail?.mentions ?? -1,
      slices: slices.length,
      maxSlice: Math.max(...allSlices),
      updates,
      mainThread,
    };
  });
}

export interface PlainOptions {
  /** Order of the two mark.js variants (alternated between runs). */
  bestFirst: boolean;
  withMark: boolean;
  /** mark.js as usually called (takes tens of seconds on the stress pages: once is enough). */
  withUsual: boolean;
  incremental: number;
  /** A stress page (its garbage is collected before the next load, in Chromium). */
  big: boolean;
}

/**
 * The page without the extension: its main-thread totals (the control for the extension's
 * cost), then on the same load the bare limit, then mark.js both ways (unmarked and settled
 * in between). Each baseline runs in a task of its own on a settled page.
 */
export async function measurePlain(browser: BenchBrowser, url: string, config: BaselineConfig, options: PlainOptions): Promise<PlainSample> {
  const input = JSON.stringify(config);
  return guarded(browser, async () => {
    const { page, session } = await open(browser, url, options.big);
    await call(page, SETTLE);
    const mainThread = await readMetrics(session);
    const limitSetup = await call<number>(page, `window.__bench.warmLimit(${input})`);
    const limit = await call<BaselineResult>(page, `window.__bench.limit(${input})`);
    let limitUpdates: number[] = [];
    if (options.incremental > 0) {
      const paragraphs = Array.from({ length: options.incremental }, (_, index) => scrollParagraph(index));
      limitUpdates = await call<number[]>(page, `window.__bench.append(${JSON.stringify(paragraphs)}, 200, ${input})`);
    }
    await call(page, 'window.__bench.clearLimit()');
    let markBest: BaselineResult | null = null;
    let markUsual: BaselineResult | null = null;
    if (options.withMark) {
      await call(page, 'window.__bench.loadMark()');
      const variants = options.bestFirst ? ['markBest', 'markUsual'] : ['markUsual', 'markBest'];
      for (const which of variants.filter((variant) => options.withUsual || variant !== 'markUsual')) {
        await call(page, SETTLE);
        const result = await call<BaselineResult>(page, `window.__bench.${which}(${input})`);
        if (which === 'markBest') markBest = result;
        else markUsual = result;
        await call(page, 'window.__bench.unmark()');
      }
    }
    return { mainThread, limitSetup, limit, markBest, markUsual, limitUpdates };
  });
}

export interface HoverSample extends HoverResult {
  mention: string;
  /** From the end of the open delay to the end of the first frame showing the card. */
  latency: number;
  /**
   * The card was in the first frame after the delay: it joined the page before any other
   * frame began, and that frame began within one frame interval of the delay's end (a long
   * open task delays the frame itself, which then is not "the first frame after").
   */
  firstFrame: boolean;
  /** From the end of the delay to the start of the frame with the card. */
  frameDelay: number;
}

/**
 * Rests the pointer on a mention and times the card: from the end of the open delay to the
 * first frame rendered with the card's host in the page (the host joins on first open).
 */
export async function measureHover(browser: BenchBrowser, url: string, nth: number, openDelayMs: number, timeouts: Timeouts): Promise<HoverSample> {
  return guarded(browser, async () => {
    const { page } = await open(browser, url, url.includes('/stress/'));
    const done = await call<boolean>(page, `window.__bench.waitForMeasure('backstory:initial-pass', 1, ${timeouts.passMs})`);
    if (!done) throw new Error('no initial pass');
    await page.mouse.move(2, 2);
    const point = await call<{ x: number; y: number; text: string } | null>(page, `window.__bench.mentionPoint(${nth})`);
    if (!point) throw new Error('no mention to hover');
    await call(page, SETTLE);
    await call(page, 'window.__bench.armHover()');
    // A few frames before the move, to know the page's frame interval.
    await call(page, 'window.__bench.settle(0, 200)');
    await page.mouse.move(point.x, point.y);
    const deadline = Date.now() + openDelayMs + 5000;
    let result: HoverResult | null = null;
    while (!result && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      result = await call<HoverResult | null>(page, `window.__bench.hoverResult(${openDelayMs})`);
    }
    await page.mouse.move(2, 2);
    if (!result) throw new Error(`no card within ${openDelayMs + 5000} ms`);
    const frameDelay = result.frameAt - result.delayEnd;
    return {
      ...result,
      mention: point.text,
      latency: result.paintedAt - result.delayEnd,
      frameDelay,
      firstFrame: result.framesMissed === 0 && frameDelay <= result.interval + 2,
    };
  });
}

/**
 * The longest stretches the main thread was not available to the page while the
 * extension started on a small page: a page-world heartbeat (a message-channel task loop
 * from document start) records every gap over 4 ms until the initial pass is done.
 */
export async function measureStartup(browser: BenchBrowser, url: string, timeouts: Timeouts): Promise<{ gaps: number[] }> {
  return guarded(browser, async () => {
    const { page } = await open(browser, `${url}?heartbeat`);
    if (browser.withExtension) {
      const done = await call<boolean>(page, `window.__bench.waitForMeasure('backstory:initial-pass', 1, ${timeouts.passMs})`);
      if (!done) throw new Error('no initial pass');
    }
    await call(page, SETTLE);
    return { gaps: await call<number[]>(page, 'window.__bench.stopHeartbeat()') };
  });
}
