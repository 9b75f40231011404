/**
 * Which parts of the DOM hold readable text (matching.md, "Where text is looked at").
 * Tag checks are cheap and run for every element; the costlier checks (visibility,
 * closed <details>) run only for text that holds a mention.
 */

/** Elements whose contents are never looked at. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'optgroup', 'datalist', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'head', 'title', 'desc', 'metadata', 'math',
]);

/**
 * Elements that flow inside a line: text on both sides of them reads as one text, so
 * `Nikita <b>Khrushchev</b>` is one mention. Everything else (blocks, <br>, images,
 * unknown elements) separates texts.
 */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn',
  'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rb', 's', 'samp', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'tspan', 'textPath',
]);

const SKIPPED_SELECTOR = [...SKIPPED_TAGS].join(',');

/** True when an element lies inside a skipped element (whose whole subtree is never looked at). */
export function insideSkipped(element: Element): boolean {
  return element.parentElement?.closest(SKIPPED_SELECTOR) != null;
}

/** True for a skipped tag or our own host: the check the walk makes at every element (no attribute read). */
export function isSkippedTag(element: Element, ownHost: Element | null): boolean {
  return element === ownHost || SKIPPED_TAGS.has(element.localName);
}

/** True when the element and its subtree are skipped without looking inside. */
export function isSkippedElement(element: Element, ownHost: Element | null): boolean {
  if (isSkippedTag(element, ownHost)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The element whose line box this node's text flows in. */
export function lineContainer(node: Node): Node | null {
  let parent = node.parentNode;
  while (parent instanceof Element && INLINE_TAGS.has(parent.localName)) parent = parent.parentNode;
  return parent;
}

const VISIBILITY_OPTIONS = { checkVisibilityCSS: true, visibilityProperty: true } as const;

/**
 * Whether `text` is rendered: its parent not display:none / visibility:hidden, not in a
 * closed <details> (outside its summary), not in an editable region. Forces style
 * recalculation, so it is called only for text that holds a mention.
 */
export function isRenderedText(text: Text): boolean {
  const element = text.parentElement;
  if (!element) return false;
  if (!element.checkVisibility(VISIBILITY_OPTIONS) && !rendersThroughContents(element, text)) return false;
  if (element.closest('[contenteditable]:not([contenteditable="false"])')) return false;
  const closedDetails = element.closest('details:not([open])');
  if (closedDetails) {
    const summary = element.closest('summary');
    if (!summary || summary.parentElement !== closedDetails) return false;
  }
  return true;
}

/**
 * A `display: contents` element has no box, so checkVisibility() says no; its text is
 * rendered all the same, in the box of its nearest ancestor that has one. Rather than
 * climbing to that ancestor (5,000 levels on a hostile page, a style read each), ask
 * layout: the text has boxes, and `visibility` (inherited) is visible.
 */
function rendersThroughContents(element: Element, text: Text): boolean {
  const style = getComputedStyle(element);
  if (style.display !== 'contents' || style.visibility !== 'visible') return false;
  const range = document.createRange();
  range.selectNodeContents(text);
  return range.getClientRects().length > 0;
}
