import { toSegments } from '../core/matcher/segments.ts';
import type { Matcher, Mention, SegmentMention } from '../core/matcher/types.ts';
import type { MentionStore, StoredRun } from './mention-store.ts';
import type { Slicer } from './slicer.ts';
import { isRenderedText } from './text-rules.ts';
import { findShadowRoots, LONG_TEXT_CHARS, walkTextRuns, type TextRun } from './text-runs.ts';

export interface ScannerDeps {
  matcher: Matcher;
  store: MentionStore;
  /** The card's host element, never scanned. */
  ownHost: () => Element | null;
  /** Open shadow roots found while walking (to observe them). */
  onShadowRoot: (root: ShadowRoot) => void;
}

/** Longest stretch of our work before yielding to the page. */
export const SLICE_BUDGET_MS = 5;

/** A long text node is read and matched this much at a time, yielding in between (a few ms each). */
const WINDOW_CHARS = LONG_TEXT_CHARS;
/** How far past a window's end a mention that starts inside it may reach. */
const WINDOW_OVERLAP = 1024;

/** Text that holds mentions but is not rendered now; its mentions are kept for a recheck. */
interface HiddenRun {
  nodes: Text[];
  found: readonly SegmentMention[];
}

/**
 * Finds the mentions under a root: walks its runs of text, matches them, and keeps the
 * ones whose text is rendered. Text that holds a candidate but is hidden is remembered,
 * so showing it later (a class change, an opened <details>) costs a recheck, not a rescan.
 */
export class Scanner {
  readonly #deps: ScannerDeps;
  readonly #hidden = new Set<HiddenRun>();
  readonly #seenShadowRoots = new WeakSet<ShadowRoot>();

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
  }

  async scan(root: Node, slicer: Slicer): Promise<void> {
    const long: Text[] = [];
    await walkTextRuns(root, this.#deps.ownHost(), (run) => this.#match(run), (node) => long.push(node), slicer);
    for (const node of long) await this.#matchInWindows(node, slicer);
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
      this.#keep(run.nodes, run.found);
    }
  }

  /** A stored run whose text is no longer rendered goes back to the hidden ones. */
  recheckShown(run: StoredRun): void {
    if (!isRenderedText(run.nodes[0]!)) this.#hidden.add(this.#deps.store.takeRun(run));
  }

  /** Forgets hidden runs under `root` (before it is rescanned). */
  forgetHidden(root: Node): void {
    for (const run of this.#hidden) if (!run.nodes[0]!.isConnected || root.contains(run.nodes[0]!)) this.#hidden.delete(run);
  }

  #match(run: TextRun): void {
    for (const node of run.nodes) this.#deps.store.removeNode(node);
    this.#keep(run.nodes, this.#deps.matcher.findInSegments(run.texts));
  }

  /**
   * A huge text node (10 MB) in windows that end in white space, each read out of the DOM
   * with a little more past its end, so a mention that starts inside it is found whole;
   * one window per task. (White space bounds every mention's ends and every URL-like run;
   * text with no white space for WINDOW_OVERLAP characters is cut where the read ends.)
   */
  async #matchInWindows(node: Text, slicer: Slicer): Promise<void> {
    this.#deps.store.removeNode(node);
    const found: Mention[] = [];
    let from = 0;
    let taken = 0;
    for (;;) {
      const chunk = node.substringData(from, WINDOW_CHARS + 2 * WINDOW_OVERLAP);
      const last = from + chunk.length >= node.length;
      const cut = last ? chunk.length : nextSpace(chunk, WINDOW_CHARS, WINDOW_CHARS + WINDOW_OVERLAP);
      const end = last ? cut : nextSpace(chunk, cut + WINDOW_OVERLAP, chunk.length);
      for (const mention of this.#deps.matcher.find(chunk.slice(0, end))) {
        const start = mention.start + from;
        if (mention.start >= cut || start < taken) continue;
        found.push({ ...mention, start, end: mention.end + from });
        taken = mention.end + from;
      }
      if (last) break;
      from += cut;
      await slicer.pause();
      if (!node.isConnected) return; // gone meanwhile: the observer has it
    }
    this.#keep([node], toSegments(found, [{ length: node.length }]));
  }

  #keep(nodes: Text[], found: readonly SegmentMention[]): void {
    if (found.length === 0) return;
    if (!isRenderedText(nodes[0]!)) {
      this.#hidden.add({ nodes, found });
      return;
    }
    this.#deps.store.addRun({ nodes }, found);
  }
}

const SPACE = /\s/g;

/** The index of the first white space at or after `at`, or `otherwise` if there is none before it. */
function nextSpace(text: string, at: number, otherwise: number): number {
  SPACE.lastIndex = at;
  const found = SPACE.exec(text)?.index ?? otherwise;
  return Math.min(found, otherwise);
}
