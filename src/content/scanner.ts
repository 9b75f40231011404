import { toSegments } from '../core/matcher/segments.ts';
import type { Matcher, Mention, SegmentMention } from '../core/matcher/types.ts';
import type { MentionStore, StoredRun } from './mention-store.ts';
import { createSlicer, type Slicer } from './slicer.ts';
import { isRenderedText } from './text-rules.ts';
import { findShadowRoots, walkTextRuns, type TextRun } from './text-runs.ts';

export interface ScannerDeps {
  matcher: Matcher;
  store: MentionStore;
  /** The card's host element, never scanned. */
  ownHost: () => Element | null;
  /** Open shadow roots found while walking (to observe them). */
  onShadowRoot: (root: ShadowRoot) => void;
  signal: AbortSignal;
}

/** Longest stretch of our work before yielding to the page. */
export const SLICE_BUDGET_MS = 8;

/** Text longer than this is matched a window at a time, yielding in between (a few ms each). */
const WINDOW_CHARS = 1 << 19;
/** How far past a window's end a mention that starts inside it may reach. */
const WINDOW_OVERLAP = 1024;

/**
 * Finds the mentions under a root: walks its runs of text, matches them, and keeps the
 * ones whose text is rendered. Text that holds a candidate but is hidden is remembered,
 * so showing it later (a class change, an opened <details>) costs a recheck, not a rescan.
 */
export class Scanner {
  readonly #deps: ScannerDeps;
  readonly #hidden = new Set<TextRun>();
  readonly #seenShadowRoots = new WeakSet<ShadowRoot>();

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
  }

  async scan(root: Node, slicer: Slicer = createSlicer(SLICE_BUDGET_MS, this.#deps.signal)): Promise<void> {
    const long: TextRun[] = [];
    await walkTextRuns(root, this.#deps.ownHost(), (run) => {
      if (run.texts.reduce((sum, text) => sum + text.length, 0) > WINDOW_CHARS) long.push(run);
      else this.#match(run);
    }, slicer);
    for (const run of long) await this.#matchInWindows(run, slicer);
    // Shadow roots are found in a second, element-only walk: the text walk stays lean.
    const pending: ShadowRoot[] = [];
    await findShadowRoots(root, (shadow) => {
      if (this.#seenShadowRoots.has(shadow)) return;
      this.#seenShadowRoots.add(shadow);
      this.#deps.onShadowRoot(shadow);
      pending.push(shadow);
    }, slicer);
    for (const shadow of pending) await this.scan(shadow, slicer);
  }

  /** Rechecks remembered hidden text (under `within`, or everywhere). */
  recheckHidden(within?: Node): void {
    // A snapshot: a run still hidden is added back, and a live Set would visit it again.
    for (const run of [...this.#hidden]) {
      const first = run.nodes[0]!;
      if (!first.isConnected) {
        this.#hidden.delete(run);
        continue;
      }
      if (within && !within.contains(first)) continue;
      this.#hidden.delete(run);
      this.#match(run);
    }
  }

  /** A stored run whose text is no longer rendered goes back to the hidden ones. */
  recheckShown(run: StoredRun): void {
    const parent = run.nodes[0]!.parentElement;
    if (parent && isRenderedText(parent)) return;
    this.#deps.store.removeNode(run.nodes[0]!);
    this.#hidden.add({ nodes: run.nodes, texts: run.nodes.map((node) => node.data) });
  }

  /** Forgets hidden runs under `root` (before it is rescanned). */
  forgetHidden(root: Node): void {
    for (const run of this.#hidden) if (!run.nodes[0]!.isConnected || root.contains(run.nodes[0]!)) this.#hidden.delete(run);
  }

  #match(run: TextRun): void {
    for (const node of run.nodes) this.#deps.store.removeNode(node);
    this.#keep(run, this.#deps.matcher.findInSegments(run.texts));
  }

  /**
   * A huge text (a 10 MB text node) in windows that end in white space, each read on a
   * little past its end so a mention that starts inside it is found whole; one window per
   * task. (White space bounds every mention's ends and every URL-like run.)
   */
  async #matchInWindows(run: TextRun, slicer: Slicer): Promise<void> {
    for (const node of run.nodes) this.#deps.store.removeNode(node);
    const text = run.texts.join('');
    const found: Mention[] = [];
    let from = 0;
    let taken = 0;
    while (from < text.length) {
      const cut = nextSpace(text, from + WINDOW_CHARS);
      const end = cut === text.length ? cut : nextSpace(text, cut + WINDOW_OVERLAP);
      for (const mention of this.#deps.matcher.find(text.slice(from, end))) {
        const start = mention.start + from;
        if (start >= cut || start < taken) continue;
        found.push({ ...mention, start, end: mention.end + from });
        taken = mention.end + from;
      }
      from = cut;
      if (from < text.length) await slicer.pause();
    }
    this.#keep(run, toSegments(found, run.texts));
  }

  #keep(run: TextRun, found: readonly SegmentMention[]): void {
    const { store } = this.#deps;
    if (found.length === 0) return;
    const parent = run.nodes[0]!.parentElement;
    if (!parent || !isRenderedText(parent)) {
      this.#hidden.add(run);
      return;
    }
    store.addRun(run, found);
  }
}

const SPACE = /\s/g;

/** The index of the first white space at or after `at` (the text's length if none). */
function nextSpace(text: string, at: number): number {
  SPACE.lastIndex = at;
  return SPACE.exec(text)?.index ?? text.length;
}
