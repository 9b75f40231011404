/**
 * One page, one browser: load it with the extension, wait for the first pass, compare
 * what is marked with what the matcher finds in the rendered text, open the card on the
 * first mention, and collect the extension's errors, DOM changes and requests.
 */
import type { Frame, Page } from 'puppeteer-core';
import { cardBox, eventually, highlightedTexts, mutationsAfterLoad, recordMutations } from '../browsers/page-reading.ts';
import type { Matcher } from '../../src/core/matcher/index.ts';
import type { YearRule } from '../../src/core/settings/defaults.ts';
import { compareMentions, type Comparison } from './compare.ts';
import { expectedIn, normalize } from './expected.ts';
import type { SweepBrowser } from './launch.ts';
import { referencedBy } from './requests.ts';
import { mentionPoint, recordLongTasks, renderedText, startMetrics, timing, waitForFirstPass, type Timing } from './page-probe.ts';

export interface PageResult {
  name: string;
  url: string;
  bytes: number;
  /** Why the page could not be swept (load failure), else null. */
  broken: string | null;
  /** Frames where the extension never started. */
  notStarted: string[];
  comparison: Comparison;
  /** DOM mutations after parsing, other than the card host joining <html>. */
  mutations: string[];
  card: 'opened' | 'not opened' | 'no mention' | 'covered';
  /** Off-loopback requests the page's own markup does not explain. */
  requests: string[];
  timing: Timing;
  /** The extension errors seen on this page (filled in by the caller). */
  errors: string[];
  seconds: number;
}

export interface SweepContext {
  ext: SweepBrowser;
  origin: string;
  bench: boolean;
  matcher: Matcher;
  yearRule: YearRule;
}

const CARD_HOST = 'add <div> to <html>';

export async function sweepPage(context: SweepContext, name: string, url: string, source: string): Promise<PageResult> {
  const { ext, bench } = context;
  const started = Date.now();
  const requestsBefore = ext.offLoopback.length;
  const workerBefore = ext.workerRequests.length;
  const result: PageResult = {
    name, url, bytes: Buffer.byteLength(source), broken: null, notStarted: [], comparison: compareMentions([], { lines: [], joined: [] }),
    mutations: [], card: 'no mention', requests: [], timing: { workMs: null, longestMs: null, source: 'none' }, errors: [], seconds: 0,
  };
  const page = await ext.newPage();
  try {
    await recordMutations(page);
    const chromiumCounters = ext.name === 'chromium' && !bench;
    if (chromiumCounters) await recordLongTasks(page);
    const metrics = await startMetrics(page, chromiumCounters);
    // The content script runs at document_idle, which needs DOMContentLoaded, not the load event.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const frames = page.frames().filter((frame) => frame.url().startsWith(context.origin));
    for (const frame of frames) {
      if (!(await waitForFirstPass(frame, bench, 20_000))) result.notStarted.push(frame === page.mainFrame() ? 'top' : frame.url());
    }
    const marked: string[] = [];
    const expected = { lines: [] as string[], joined: [] as string[] };
    for (const frame of frames) {
      marked.push(...(await highlightedTexts(frame)).map(normalize));
      const found = expectedIn(await renderedText(frame), context.matcher, context.yearRule);
      expected.lines.push(...found.lines);
      expected.joined.push(...found.joined);
    }
    result.comparison = compareMentions(marked, expected);
    result.timing = await timing(page, bench, metrics);
    result.card = await openCard(page, marked.length > 0);
    result.mutations = await unexpectedMutations(page, frames, result.card === 'opened');
  } catch (error) {
    result.broken = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  } finally {
    await page.close().catch(() => {});
  }
  result.requests = [
    ...ext.offLoopback.slice(requestsBefore).filter((request) => !referencedBy(source, request.url)).map((request) => request.url),
    ...ext.workerRequests.slice(workerBefore).map((request) => `service worker: ${request}`),
  ];
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

/** Hovers the first visible mention: the card must open (and its host is then the one new node). */
async function openCard(page: Page, anyMarked: boolean): Promise<PageResult['card']> {
  if (!anyMarked) return 'no mention';
  const point = await mentionPoint(page);
  if (!point) return 'covered';
  await page.mouse.move(point.x, point.y, { steps: 2 });
  try {
    await eventually(() => cardBox(page), (box) => box !== null && box.right - box.left > 100, 5_000);
    return 'opened';
  } catch {
    return 'not opened';
  }
}

async function unexpectedMutations(page: Page, frames: Frame[], cardOpened: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const frame of frames) {
    // The harness reads only `evaluate`, which frames have too.
    const log = await mutationsAfterLoad(frame as unknown as Page);
    const hostAt = frame === page.mainFrame() && cardOpened ? log.indexOf(CARD_HOST) : -1;
    out.push(...log.filter((_, index) => index !== hostAt).map((entry) => (frame === page.mainFrame() ? entry : `${entry} (frame ${frame.url()})`)));
  }
  return out;
}
