import { INLINE_TAGS, lineContainer } from './text-rules.ts';

/** Attributes whose change can show or hide text. */
const VISIBILITY_ATTRIBUTES = ['hidden', 'style', 'class', 'open', 'contenteditable', 'aria-expanded'];

export interface PageChanges {
  /** Containers whose text must be scanned again, none inside another. */
  dirty: Node[];
  /** Those of them that were added as they are: nothing was found in them before. */
  fresh: ReadonlySet<Node>;
  /** Elements whose attributes changed (visibility may have flipped beneath them). */
  restyled: Element[];
  /** Whether nodes were removed (stored mentions may have left the page). */
  removed: boolean;
}

/**
 * Turns DOM mutations into the least work: the line containers around changed text, the
 * elements whose visibility may have changed, and whether anything left. Mutations inside
 * our own card (a closed shadow root) are never observed; adding its host is ignored.
 */
export function observePage(
  ownHost: () => Element | null,
  onChanges: (changes: PageChanges) => void,
  signal: AbortSignal,
): { observe(root: Node): void } {
  const observer = new MutationObserver((records) => {
    const changes = summarize(records, ownHost());
    if (changes.dirty.length || changes.restyled.length || changes.removed) onChanges(changes);
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    observe(root) {
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: VISIBILITY_ATTRIBUTES,
      });
    },
  };
}

function summarize(records: MutationRecord[], host: Element | null): PageChanges {
  const dirty = new Set<Node>();
  const fresh = new Set<Node>();
  const restyled = new Set<Element>();
  let removed = false;
  for (const record of records) {
    if (record.type === 'characterData') {
      addContainer(dirty, record.target);
    } else if (record.type === 'attributes') {
      if (record.target === host) continue;
      restyled.add(record.target as Element);
      // [hidden] and editable subtrees are skipped unread, not remembered as hidden text:
      // when one opens up, its text is new to us.
      if (record.attributeName === 'hidden' || record.attributeName === 'contenteditable') addSubtree(dirty, record.target);
    } else {
      for (const node of record.addedNodes) {
        if (node !== host && addSubtree(dirty, node)) fresh.add(node);
      }
      for (const node of record.removedNodes) {
        if (node === host) continue;
        removed = true;
        // The texts on either side may now read as one run.
        if (node.nodeType === Node.TEXT_NODE || (node instanceof Element && INLINE_TAGS.has(node.localName))) addContainer(dirty, record.target, true);
      }
    }
  }
  const roots = outermost(dirty);
  // A subtree that was added, and then changed or moved within the same batch, is still new to us.
  return { dirty: roots, fresh: new Set(roots.filter((root) => fresh.has(root))), restyled: [...restyled], removed };
}

/** A block's runs are all inside it (true: it is dirty as added); inline content joins its container's run. */
function addSubtree(dirty: Set<Node>, node: Node): boolean {
  if (node instanceof Element && !INLINE_TAGS.has(node.localName)) {
    dirty.add(node);
    return true;
  }
  addContainer(dirty, node);
  return false;
}

function addContainer(dirty: Set<Node>, node: Node, isParent = false): void {
  const container = isParent && !(node instanceof Element && INLINE_TAGS.has(node.localName)) ? node : lineContainer(node);
  if (container?.isConnected) dirty.add(container);
}

/** Drops nodes that lie inside another dirty node: O(nodes × depth), not O(nodes²). */
function outermost(nodes: Set<Node>): Node[] {
  const result: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let ancestor = node.parentNode;
    while (ancestor && !nodes.has(ancestor)) ancestor = ancestor.parentNode;
    if (!ancestor) result.push(node);
  }
  return result;
}
