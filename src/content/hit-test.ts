import type { MentionStore, PageMention } from './mention-store.ts';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The shown mention under a point, if any. The caret lookup finds the text node; the
 * mention's own client rects decide, since a caret also lands on text beside the pointer.
 */
export function mentionAtPoint(store: MentionStore, x: number, y: number, shadowRoots: ShadowRoot[]): PageMention | null {
  const caret = caretAt(document, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const mention of store.mentionsIn(caret.node as Text)) {
    if (store.isShown(mention) && rangeContainsPoint(mention.range, x, y)) return mention;
  }
  return null;
}

export function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

function rangeContainsPoint(range: StaticRange, x: number, y: number): boolean {
  for (const rect of liveRange(range).getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
