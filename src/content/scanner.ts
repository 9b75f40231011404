import type { Matcher } from '../core/matcher/types.ts';
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
    await walkTextRuns(root, this.#deps.ownHost(), (run) => this.#match(run), slicer);
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
    const { matcher, store } = this.#deps;
    for (const node of run.nodes) store.removeNode(node);
    const found = matcher.findInSegments(run.texts);
    if (found.length === 0) return;
    const parent = run.nodes[0]!.parentElement;
    if (!parent || !isRenderedText(parent)) {
      this.#hidden.add(run);
      return;
    }
    store.addRun(run, found);
  }
}
