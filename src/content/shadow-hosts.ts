/**
 * Finding open shadow roots without visiting every element. Autonomous custom elements
 * (names with a "-") host most of them; an XPath query finds those natively, so no
 * element passes through the content script's wrappers unless it is one. One query costs
 * about 0.2 µs per element it looks at and cannot be cut short, so a subtree with more
 * than HOST_QUERY_ELEMENTS elements is queried in ranges of its children (a 200,000-element
 * page is forty queries of about a ms, with pauses between). The few built-in elements that
 * may host a shadow root (div, span, p, section...: DOM's "valid shadow host names") can
 * only be found by looking at each of them: that walk runs in idle time, after the page
 * is marked (page-session.ts), and finds the custom elements' roots as well, so the first
 * pass over a page runs no query at all; subtrees added later are queried at once.
 */
import { countUpTo, hasMore } from './element-count.ts';
import type { Slicer } from './slicer.ts';

/** Elements one query may look at (about 1 ms in Chromium on this project's machines). */
export const HOST_QUERY_ELEMENTS = 5000;

const CUSTOM_DESCENDANTS = ".//*[contains(local-name(.), '-')]";

/** Custom elements in the children from..to (1-based, inclusive) of the context node and below. */
function customInChildren(from: number, to: number): string {
  return `./*[position() >= ${from} and position() <= ${to}]/descendant-or-self::*[contains(local-name(.), '-')]`;
}

/** Built-in elements that `attachShadow` accepts (DOM standard). */
const BUILT_IN_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * Calls back with the open shadow roots of custom elements under `root` (and of every
 * element, when `root` is itself a shadow root: component trees are small).
 */
export async function customHostRoots(root: Element | ShadowRoot, onRoot: (shadow: ShadowRoot) => void, slicer: Slicer): Promise<void> {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) onRoot(element.shadowRoot);
    return;
  }
  const element = root as Element;
  if (!hasMore(element, HOST_QUERY_ELEMENTS)) return query(CUSTOM_DESCENDANTS, element, onRoot);
  // Too many for one query: the element children in ranges of at most HOST_QUERY_ELEMENTS
  // elements; a child too big for any range is split the same way in turn.
  const children = element.children;
  let from = 0;
  let size = 0;
  const flush = (to: number) => {
    if (to > from) query(customInChildren(from + 1, to), element, onRoot);
    from = to;
    size = 0;
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const own = 1 + countUpTo(child, HOST_QUERY_ELEMENTS);
    if (own > HOST_QUERY_ELEMENTS) {
      flush(i);
      if (child.localName.includes('-') && child.shadowRoot) onRoot(child.shadowRoot);
      await customHostRoots(child, onRoot, slicer);
      from = i + 1;
      continue;
    }
    if (size + own > HOST_QUERY_ELEMENTS) {
      // A query takes its time in one go: it starts a slice rather than overrunning one.
      if (slicer.due(16)) await slicer.pause();
      flush(i);
    }
    size += own;
    if (slicer.due()) await slicer.pause();
  }
  if (slicer.due(16)) await slicer.pause();
  flush(children.length);
}

/** Whether an element of this name may host a shadow root: a custom element or one of the built-ins. */
const mayHost = (name: string): boolean => BUILT_IN_HOSTS.has(name) || name.includes('-');

/**
 * Calls back with the open shadow roots of every element under `root` (built-in and
 * custom), in slices: a walk over every element, for idle time.
 */
export async function hostRootsByWalk(root: Element, onRoot: (shadow: ShadowRoot) => void, slicer: Slicer): Promise<void> {
  if (mayHost(root.localName) && root.shadowRoot) onRoot(root.shadowRoot);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let element = walker.nextNode() as Element | null; element; element = walker.nextNode() as Element | null) {
    if (mayHost(element.localName) && element.shadowRoot) onRoot(element.shadowRoot);
    if (slicer.due()) await slicer.pause();
  }
}

function query(expression: string, context: Element, onRoot: (shadow: ShadowRoot) => void): void {
  const found = document.evaluate(expression, context, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  for (let i = 0; i < found.snapshotLength; i++) {
    const shadow = (found.snapshotItem(i) as Element).shadowRoot;
    if (shadow) onRoot(shadow);
  }
}
