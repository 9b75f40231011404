import { toSegments } from '../core/matcher/segments.ts';
import type { Matcher, Mention, SegmentMention } from '../core/matcher/types.ts';
import { gatedScan, SCAN_LIMITS, type ScanLimits } from './gated-scan.ts';
import { LONG_TEXT_CHARS, RunBuilder } from './run-builder.ts';
import { customHostRoots, hostRootsByWalk } from './shadow-hosts.ts';
import type { Slicer } from './slicer.ts';
import { insideSkipped, isSkippedElement } from './text-rules.ts';

export interface ScannerDeps {
  matcher: Matcher;
  /** The card's host element, never scanned. */
  ownHost: () => Element | null;
  /** Every open shadow root the scanner finds (to observe it), once. */
  onShadowRoot: (root: ShadowRoot) => void;
  /** Tests only: other thresholds for the gated scan. */
  limits?: ScanLimits;
}

/** Text nodes that read as one text, and the mentions in them. */
export interface FoundRun {
  nodes: Text[];
  found: readonly SegmentMention[];
}

/** Longest stretch of our work before yielding to the page. */
export const SLICE_BUDGET_MS = 5;

/** A long text node is read and matched this much at a time, yielding in between (a few ms each). */
const WINDOW_CHARS = LONG_TEXT_CHARS;
/** How far past a window's end a mention that starts inside it may reach. */
const WINDOW_OVERLAP = 1024;

const ELEMENT = 1;

/**
 * Finds the runs of text that hold mentions under a root, and in the open shadow roots
 * below it: the gate decides where to look (gated-scan.ts), the matcher what is there.
 * It only finds; what is shown is the session's and the store's business.
 */
export class Scanner {
  readonly #deps: ScannerDeps;
  readonly #seenShadowRoots = new WeakSet<ShadowRoot>();

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
  }

  /**
   * Scans `root` and the open shadow roots of custom elements below it (found by query), or
   * `root` alone without `customHosts` (the first pass: an idle walk finds them after it).
   */
  async scan(root: Node, slicer: Slicer, onRun: (run: FoundRun) => void, customHosts = true): Promise<void> {
    const gate = this.#deps.matcher.gate;
    const ownHost = this.#deps.ownHost();
    if (!gate || !isScanRoot(root)) return;
    if (root.nodeType === ELEMENT && (isSkippedElement(root as Element, ownHost) || insideSkipped(root as Element))) return;
    const long: Text[] = [];
    const builder = new RunBuilder((run) => {
      const found = this.#deps.matcher.findInSegments(run.texts);
      if (found.length > 0) onRun({ nodes: run.nodes, found });
    }, (node) => long.push(node));
    await gatedScan(root, { gate, builder, ownHost, slicer, limits: this.#deps.limits ?? SCAN_LIMITS });
    for (const node of long) await this.#matchInWindows(node, slicer, onRun);
    if (!customHosts) return;
    const shadows: ShadowRoot[] = [];
    await customHostRoots(root, (shadow) => this.#adopt(shadow, shadows), slicer);
    for (const shadow of shadows) await this.scan(shadow, slicer, onRun);
  }

  /** The open shadow roots under `root` not seen before, by a walk over every element (idle work: they are scanned next). */
  async findHostsByWalk(root: Element, slicer: Slicer): Promise<ShadowRoot[]> {
    const shadows: ShadowRoot[] = [];
    await hostRootsByWalk(root, (shadow) => this.#adopt(shadow, shadows), slicer);
    return shadows;
  }

  #adopt(shadow: ShadowRoot, into: ShadowRoot[]): void {
    if (this.#seenShadowRoots.has(shadow)) return;
    this.#seenShadowRoots.add(shadow);
    this.#deps.onShadowRoot(shadow);
    into.push(shadow);
  }

  /**
   * A huge text node (10 MB) in windows that end in white space, each read out of the DOM
   * with a little more past its end, so a mention that starts inside it is found whole;
   * one window per task. (White space bounds every mention's ends and every URL-like run;
   * text with no white space for WINDOW_OVERLAP characters is cut where the read ends.)
   */
  async #matchInWindows(node: Text, slicer: Slicer, onRun: (run: FoundRun) => void): Promise<void> {
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
    if (found.length > 0) onRun({ nodes: [node], found: toSegments(found, [{ length: node.length }]) });
  }
}

/** Elements and shadow roots hold text to scan (a text node's container is scanned instead). */
function isScanRoot(node: Node): node is Element | ShadowRoot {
  return node.nodeType === ELEMENT || node instanceof ShadowRoot;
}

const SPACE = /\s/g;

/** The index of the first white space at or after `at`, or `otherwise` if there is none before it. */
function nextSpace(text: string, at: number, otherwise: number): number {
  SPACE.lastIndex = at;
  const found = SPACE.exec(text)?.index ?? otherwise;
  return Math.min(found, otherwise);
}
