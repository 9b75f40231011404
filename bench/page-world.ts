/**
 * Runs in the page's own world (bundled to a classic script by bench/page-world-bundle.ts
 * and served with every bench page from 127.0.0.1). It holds the baselines and the
 * timing: each measured piece of work runs in its own task, timed with performance.now()
 * inside that task (DevTools' ScriptDuration misses code run through page.evaluate).
 * The driver only starts things and reads results: `window.__bench.<fn>(...)`.
 */

interface MarkOptions {
  accuracy?: 'partially' | 'exactly' | 'complementary';
  separateWordSearch?: boolean;
  done?: (total: number) => void;
}
declare class Mark {
  constructor(context: Element);
  mark(terms: string[], options?: MarkOptions): void;
  markRegExp(regexp: RegExp, options?: MarkOptions): void;
  unmark(options?: { done?: () => void }): void;
}

export interface BaselineResult {
  /** The pass itself: walk, match, mark (ms). */
  ms: number;
  /** A forced style + layout right after the pass: what the marks cost the page next (ms). */
  flushMs: number;
  count: number;
}

export interface MeasureEntry {
  name: string;
  start: number;
  duration: number;
  detail: Record<string, number> | null;
}

export interface HoverResult {
  /** The end of the open delay: the frame after the last pointer move, plus the delay. */
  delayEnd: number;
  /** When the extension showed the card (its `backstory:card-shown` mark). */
  shownAt: number;
  /** Frames that began between the end of the delay and the card being shown. */
  framesMissed: number;
  /** The page's frame interval before the hover (median rAF-to-rAF, ms). */
  interval: number;
  /** The first frame after the card was shown, and the task right after its rendering. */
  frameAt: number;
  paintedAt: number;
}

export interface BaselineInput {
  terms: string[];
  limitSource: string;
  bestSource: string;
}

const SKIP = 'script,style,noscript,template,textarea,title,option,select,head';

/** Runs `work` in a task of its own (a message-channel task) and resolves with its result. */
function inTask<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    channel.port2.postMessage(null);
  });
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function timed(pass: () => number): BaselineResult {
  const start = performance.now();
  const count = pass();
  const end = performance.now();
  void document.documentElement.offsetHeight;
  return { ms: end - start, flushMs: performance.now() - end, count };
}

/**
 * The bare limit: a TreeWalker over text nodes, one combined case-insensitive regex of the
 * plain triggers, StaticRanges in one CSS highlight. A node is checked against skipped
 * containers only when it holds a match (the no-match path stays bare).
 */
function limitPass(source: string, root: Node, highlight: Highlight | null): number {
  const regex = new RegExp(source, 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const ranges: StaticRange[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    regex.lastIndex = 0;
    let match = regex.exec(data);
    if (!match || node.parentElement?.closest(SKIP)) continue;
    while (match) {
      ranges.push(new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: match.index + match[0].length }));
      match = regex.exec(data);
    }
  }
  if (highlight) for (const range of ranges) highlight.add(range);
  else CSS.highlights.set('bench-limit', new Highlight(...ranges));
  return ranges.length;
}

function markBestPass(source: string): number {
  let total = 0;
  new Mark(document.body).markRegExp(new RegExp(source, 'giu'), { done: (count) => (total = count) });
  return total;
}

function markUsualPass(terms: string[]): number {
  let total = 0;
  // separateWordSearch off keeps multi-word triggers whole: with mark.js's default it would
  // look for "On", "the", "of"… as words of their own and mark every "the" on the page.
  new Mark(document.body).mark(terms, { accuracy: 'exactly', separateWordSearch: false, done: (count) => (total = count) });
  return total;
}

/** A message-channel task loop from document start: gaps over 4 ms are someone else's tasks. */
const heartbeat = { gaps: [] as number[], running: false };
function startHeartbeat(): void {
  const channel = new MessageChannel();
  let last = performance.now();
  const stopAt = last + 60_000;
  heartbeat.running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (now - last > 4) heartbeat.gaps.push(now - last);
    last = now;
    if (heartbeat.running && now < stopAt) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
}
if (location.search.includes('heartbeat')) startHeartbeat();

let hover: {
  lastMoveFrame: number;
  shownAt: number;
  frameAt: number;
  paintedAt: number;
  frames: number[];
  stop: () => void;
} | null = null;

const api = {
  /** Resolves once `count` entries named `name` exist (polls every 50 ms), or false on timeout. */
  async waitForMeasure(name: string, count: number, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (performance.getEntriesByName(name, 'measure').length < count) {
      if (performance.now() > deadline) return false;
      await sleep(50);
    }
    return true;
  },

  /** Lets rendering catch up: `frames` animation frames, then `ms` of quiet. */
  async settle(frames: number, ms: number): Promise<void> {
    for (let i = 0; i < frames; i++) await frame();
    await sleep(ms);
  },

  measures(): MeasureEntry[] {
    return performance.getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('backstory:'))
      .map((entry) => {
        let detail: Record<string, number> | null = null;
        try {
          const raw = (entry as PerformanceMeasure).detail as unknown;
          detail = raw && typeof raw === 'object' ? JSON.parse(JSON.stringify(raw)) as Record<string, number> : null;
        } catch {
          // Firefox may not let the page read an object made by the content script.
        }
        return { name: entry.name, start: entry.startTime, duration: entry.duration, detail };
      });
  },

  /**
   * One-time set-up the limit shares with any regex-based highlighter (the renderer's first
   * case-insensitive non-ASCII regex loads the case tables; V8 caches the compiled regex):
   * done in an untimed task of its own, like Backstory's matcher, built before its pass.
   */
  warmLimit(input: BaselineInput): Promise<number> {
    return inTask(() => {
      const start = performance.now();
      // V8 interprets a new regex first and compiles it to machine code when it runs again.
      for (let i = 0; i < 3; i++) new RegExp(input.limitSource, 'gi').exec('Warm-up: Хрущёв, Stalin, 1956 and the Secret Speech.');
      CSS.highlights.set('bench-warm', new Highlight());
      CSS.highlights.delete('bench-warm');
      return performance.now() - start;
    });
  },
  limit(input: BaselineInput): Promise<BaselineResult> {
    return inTask(() => timed(() => limitPass(input.limitSource, document.body, null)));
  },
  clearLimit(): void {
    CSS.highlights.delete('bench-limit');
  },
  markBest(input: BaselineInput): Promise<BaselineResult> {
    return inTask(() => timed(() => markBestPass(input.bestSource)));
  },
  markUsual(input: BaselineInput): Promise<BaselineResult> {
    return inTask(() => timed(() => markUsualPass(input.terms)));
  },
  unmark(): Promise<void> {
    return inTask(() => new Mark(document.body).unmark());
  },
  /** Stops the heartbeat; the longest gaps first. */
  stopHeartbeat(): number[] {
    heartbeat.running = false;
    return [...heartbeat.gaps].sort((a, b) => b - a).slice(0, 8);
  },
  /** Loads mark.js from the bench server (once per page). */
  loadMark(): Promise<void> {
    if (typeof (globalThis as { Mark?: unknown }).Mark === 'function') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      // Absolute: a page's <base href> must not send it elsewhere.
      script.src = new URL('/__bench/mark.min.js', location.origin).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('mark.js did not load'));
      document.head.append(script);
    });
  },

  /**
   * Appends one paragraph (built from [tag, text] pieces) per `intervalMs`, each in a task
   * of its own, like an infinite-scroll page. With `timeLimit`, the bare limit is run over
   * each new paragraph right after it is added; its times are returned.
   */
  async append(paragraphs: [string, string][][], intervalMs: number, timeLimit: BaselineInput | null): Promise<number[]> {
    const parent = document.querySelector('article') ?? document.body;
    const highlight = timeLimit ? (CSS.highlights.get('bench-limit') as Highlight | undefined) ?? new Highlight() : null;
    if (highlight) CSS.highlights.set('bench-limit', highlight);
    const times: number[] = [];
    for (const pieces of paragraphs) {
      await sleep(intervalMs);
      const ms = await inTask(() => {
        const p = document.createElement('p');
        for (const [tag, text] of pieces) p.append(tag ? Object.assign(document.createElement(tag), { textContent: text }) : text);
        parent.append(p);
        if (!timeLimit || !highlight) return 0;
        const start = performance.now();
        limitPass(timeLimit.limitSource, p, highlight);
        return performance.now() - start;
      });
      times.push(ms);
    }
    return times;
  },

  /** A shown Backstory mention to hover: scrolled into view; its centre in CSS pixels. */
  async mentionPoint(nth: number): Promise<{ x: number; y: number; text: string } | null> {
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    const ranges: AbstractRange[] = [];
    for (const [name, set] of registry) {
      if (!name.startsWith('backstory-') || name === 'backstory-active' || name === 'backstory-flash') continue;
      ranges.push(...set);
    }
    const range = ranges[Math.min(nth, ranges.length - 1)];
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    await frame();
    await frame();
    const box = [...live.getClientRects()][0] ?? live.getBoundingClientRect();
    return { x: box.left + Math.min(box.width / 2, 12), y: box.top + box.height / 2, text: live.toString() };
  },

  /**
   * Starts recording pointer moves, frames and the card being shown: the bench build marks
   * `backstory:card-shown` when it shows the card (which it prepares, hidden, during the
   * delay, so the host joins the page before that), and each frame looks for the mark.
   */
  armHover(): void {
    hover?.stop();
    const armedAt = performance.now();
    const state = { lastMoveFrame: 0, shownAt: 0, frameAt: 0, paintedAt: 0, frames: [] as number[], stop: () => {} };
    let running = true;
    // Frame start times (rAF timestamps), the same for every callback of a frame.
    const loop = (now: number): void => {
      if (!running) return;
      state.frames.push(now);
      const shown = performance.getEntriesByName('backstory:card-shown', 'mark').filter((mark) => mark.startTime > armedAt)[0];
      if (shown && !state.shownAt) {
        // This frame is the first to start after the card was shown: it renders it.
        state.shownAt = shown.startTime;
        state.frameAt = now;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          state.paintedAt = performance.now();
          channel.port1.close();
        };
        channel.port2.postMessage(null);
      }
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const onMove = () => {
      requestAnimationFrame((frameStart) => (state.lastMoveFrame = frameStart));
    };
    window.addEventListener('pointermove', onMove, { capture: true, passive: true });
    state.stop = () => {
      running = false;
      window.removeEventListener('pointermove', onMove, { capture: true });
    };
    hover = state;
  },

  /** The last hover, once the card's first frame has rendered (null until then). */
  hoverResult(openDelayMs: number): HoverResult | null {
    if (!hover || !hover.paintedAt) return null;
    const { lastMoveFrame, shownAt, frameAt, paintedAt, frames } = hover;
    const delayEnd = lastMoveFrame + openDelayMs;
    hover.stop();
    const before = frames.filter((time) => time < lastMoveFrame);
    const deltas = before.slice(1).map((time, index) => time - before[index]!).sort((a, b) => a - b);
    const interval = deltas.length ? deltas[deltas.length >> 1]! : 1000 / 60;
    return { delayEnd, shownAt, framesMissed: frames.filter((time) => time > delayEnd && time < shownAt).length, interval, frameAt, paintedAt };
  },
};

export type BenchApi = typeof api;
(window as unknown as { __bench: BenchApi }).__bench = api;
