import type { Slicer } from './slicer.ts';
import { INLINE_TAGS, isSkippedElement, lineContainer, SKIPPED_TAGS } from './text-rules.ts';

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
 * Walks the text under `root` in document order and hands over every run of text. Only
 * text nodes are visited (most of a page's nodes, and all the no-mention fast path reads
 * is each node's parent): text whose parent is a skipped element (script, style, textarea,
 * option...) is passed over; subtrees that are skipped further up (editable regions,
 * `hidden`) are caught by the visibility check of runs that hold a mention.
 */
export async function walkTextRuns(
  root: Node, ownHost: Element | null, onRun: (run: TextRun) => void, onLongText: (node: Text) => void, slicer: Slicer,
): Promise<void> {
  if (root.nodeType === ELEMENT && isSkippedElement(root as Element, ownHost)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let nodes: Text[] = [];
  let texts: string[] = [];
  let chars = 0;
  let container: Node | null = null;
  const flush = () => {
    if (nodes.length > 0) onRun({ nodes, texts });
    nodes = [];
    texts = [];
    chars = 0;
    container = null;
  };

  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let cost = 1;
    const parent = node.parentNode;
    if (parent && parent.nodeType === ELEMENT && SKIPPED_TAGS.has((parent as Element).localName)) {
      flush();
    } else if (node.length > LONG_TEXT_CHARS) {
      flush();
      onLongText(node);
    } else {
      const own = lineContainer(node);
      if (own !== container || nodes.length >= MAX_RUN_NODES || chars >= MAX_RUN_CHARS || startsAfterBreak(node, own)) {
        flush();
        container = own;
      }
      // Read once: in Firefox each read of `data` copies the string out of the DOM.
      const data = node.data;
      nodes.push(node);
      texts.push(data);
      chars += data.length;
      cost += data.length >> 8;
    }
    // A run may straddle a pause; text changed meanwhile is rescanned by the observer.
    if (slicer.due(cost)) await slicer.pause();
  }
  flush();
}

/**
 * Whether a <br>, an image or another non-inline element stands between this text and the
 * text before it in the same line container: "Nikita<br>Khrushchev" is two texts.
 */
function startsAfterBreak(node: Node, container: Node | null): boolean {
  for (let current: Node | null = node; current && current !== container; current = current.parentNode) {
    let previous = current.previousSibling;
    while (previous && previous.nodeType === COMMENT) previous = previous.previousSibling;
    if (previous) return previous.nodeType === ELEMENT && !INLINE_TAGS.has((previous as Element).localName);
  }
  return false;
}

/** Reports every open shadow root under `root` (light DOM only; the caller walks into them). */
export async function findShadowRoots(root: Node, onRoot: (shadow: ShadowRoot) => void, slicer: Slicer): Promise<void> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let element = walker.nextNode() as Element | null; element; element = walker.nextNode() as Element | null) {
    const shadow = element.shadowRoot;
    if (shadow) onRoot(shadow);
    if (slicer.due()) await slicer.pause();
  }
}
