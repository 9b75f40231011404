import type { Slicer } from './slicer.ts';
import { INLINE_TAGS, isSkippedElement, lineContainer } from './text-rules.ts';

/** Adjacent text nodes that read as one text (same line container, only inline elements between). */
export interface TextRun {
  nodes: Text[];
  texts: string[];
}

export interface WalkCallbacks {
  run(run: TextRun): void;
  shadowRoot(root: ShadowRoot): void;
}

/**
 * Walks `root` in document order and hands over every run of text. Skipped subtrees are
 * never entered; open shadow roots are reported so the caller can walk them too.
 */
export async function walkTextRuns(
  root: Node,
  ownHost: Element | null,
  callbacks: WalkCallbacks,
  slicer: Slicer,
): Promise<void> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes: Text[] = [];
  let texts: string[] = [];
  let container: Node | null = null;
  const flush = () => {
    if (nodes.length > 0) callbacks.run({ nodes, texts });
    nodes = [];
    texts = [];
  };

  let node: Node | null = root instanceof Element && isSkippedElement(root, ownHost) ? null : walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const own = lineContainer(text);
      if (own !== container) {
        flush();
        container = own;
      }
      nodes.push(text);
      texts.push(text.data);
      node = walker.nextNode();
    } else {
      const element = node as Element;
      if (!INLINE_TAGS.has(element.localName)) {
        flush();
        container = null;
      }
      if (element.shadowRoot) callbacks.shadowRoot(element.shadowRoot);
      node = isSkippedElement(element, ownHost) ? skipSubtree(walker) : walker.nextNode();
    }
    // A run may straddle a pause; text changed meanwhile is rescanned by the observer.
    if (slicer.due()) await slicer.pause();
  }
  flush();
}

/** Moves past the current node's subtree; returns the next node in document order. */
function skipSubtree(walker: TreeWalker): Node | null {
  const current = walker.currentNode;
  const next = walker.nextSibling();
  if (next) return next;
  walker.currentNode = current;
  while (walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}
