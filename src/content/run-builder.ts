import { INLINE_TAGS, lineContainer } from './text-rules.ts';

/** Adjacent text nodes that read as one text (same line container, only inline elements between). */
export interface TextRun {
  nodes: Text[];
  texts: string[];
}

/**
 * A run is matched in one call, so it is capped to keep that call short on pages whose
 * whole text is one line container (200,000 inline elements in <body>). A mention that
 * straddles a cap is missed; real text never has runs this long.
 */
const MAX_RUN_NODES = 256;
const MAX_RUN_CHARS = 16_384;
/**
 * A text node longer than this is handed over on its own and unread: copying its text out
 * of the DOM (Firefox copies on every read of `data`: ~70 ms for 10 MB) is left to the
 * scanner, which reads it a window at a time.
 */
export const LONG_TEXT_CHARS = 1 << 19;

const ELEMENT = 1;
const COMMENT = 8;

/**
 * Turns text nodes, given in document order, into runs: a run ends where the line
 * container changes, at a <br>, an image or another non-inline element, at a skipped
 * element (the walk flushes there), and at the caps. This is the only place that reads a page's structure
 * (parents, siblings), and it sees only text the gate let through (gated-scan.ts).
 */
export class RunBuilder {
  #nodes: Text[] = [];
  #texts: string[] = [];
  #chars = 0;
  #container: Node | null = null;
  readonly #onRun: (run: TextRun) => void;
  readonly #onLongText: (node: Text) => void;

  constructor(onRun: (run: TextRun) => void, onLongText: (node: Text) => void) {
    this.#onRun = onRun;
    this.#onLongText = onLongText;
  }

  /** Adds the next text node; returns the work it cost, for the slicer. */
  add(node: Text): number {
    if (node.length > LONG_TEXT_CHARS) {
      this.flush();
      this.#onLongText(node);
      return 1;
    }
    const own = lineContainer(node);
    if (own !== this.#container || this.#nodes.length >= MAX_RUN_NODES || this.#chars >= MAX_RUN_CHARS || startsAfterBreak(node, own)) {
      this.flush();
      this.#container = own;
    }
    // Read once: in Firefox each read of `data` copies the string out of the DOM.
    const data = node.data;
    this.#nodes.push(node);
    this.#texts.push(data);
    this.#chars += data.length;
    return 1 + (data.length >> 8);
  }

  /** Ends the current run (before a gap in the text, or at the end). */
  flush(): void {
    if (this.#nodes.length > 0) this.#onRun({ nodes: this.#nodes, texts: this.#texts });
    this.#nodes = [];
    this.#texts = [];
    this.#chars = 0;
    this.#container = null;
  }
}

/**
 * Whether a <br>, an image or another non-inline element stands between this text and the
 * text before it in the same line container: "Nikita<br>Khrushchev" is two texts.
 */
function startsAfterBreak(node: Node, container: Node | null): boolean {
  for (let current: Node | null = node; current && current !== container; current = current.parentNode) {
    let previous = current.previousSibling;
    // Comments and inline elements without text ("<br><b></b>Khrushchev") are not between
    // two texts: look past them, unless one holds a break of its own.
    while (previous && (previous.nodeType === COMMENT || isEmptyInline(previous))) {
      if (previous.nodeType === ELEMENT && holdsBreak(previous as Element)) return true;
      previous = previous.previousSibling;
    }
    if (previous) return previous.nodeType === ELEMENT && !INLINE_TAGS.has((previous as Element).localName);
  }
  return false;
}

function isEmptyInline(node: Node): boolean {
  return node.nodeType === ELEMENT && INLINE_TAGS.has((node as Element).localName) && !hasText(node);
}

function hasText(element: Node): boolean {
  return document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() !== null;
}

/** Whether an element (without text) holds a <br>, an image or another non-inline element. */
function holdsBreak(element: Element): boolean {
  for (const inner of element.getElementsByTagName('*')) if (!INLINE_TAGS.has(inner.localName)) return true;
  return false;
}
