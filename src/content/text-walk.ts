import type { RunBuilder } from './run-builder.ts';
import type { Slicer } from './slicer.ts';
import { isSkippedTag } from './text-rules.ts';

const ELEMENT = 1;
const TEXT = 3;

/**
 * Feeds every text node under `root` to `builder`, in document order, passing over the
 * subtrees of skipped elements (script, style, textarea, option...) and of our own host
 * unread. The walk visits elements too, so that it can leave those subtrees; the gate
 * (gated-scan.ts) keeps it to the parts of a page that may hold a mention.
 */
export async function walkText(root: Node, builder: RunBuilder, ownHost: Element | null, slicer: Slicer): Promise<void> {
  await walkInside(root, builder, ownHost, slicer);
  builder.flush();
}

/** The node after the walker's current one and its subtree, or null at the end of the root. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The same for a sequence of sibling nodes that share their runs (gated-scan.ts, inline segments). */
export async function walkSiblings(members: readonly Node[], builder: RunBuilder, ownHost: Element | null, slicer: Slicer): Promise<void> {
  for (const member of members) {
    if (member.nodeType === TEXT) {
      if (slicer.due(builder.add(member as Text))) await slicer.pause();
    } else if (member.nodeType === ELEMENT) {
      if (isSkippedTag(member as Element, ownHost)) builder.flush();
      else await walkInside(member, builder, ownHost, slicer);
    }
  }
  builder.flush();
}

/** Without the final flush: in a row of siblings, the run goes on with the next one. */
async function walkInside(root: Node, builder: RunBuilder, ownHost: Element | null, slicer: Slicer): Promise<void> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    let cost = 1;
    if (node.nodeType === TEXT) {
      cost = builder.add(node as Text);
    } else if (isSkippedTag(node as Element, ownHost)) {
      builder.flush();
      node = nextOutside(walker);
      continue;
    }
    if (slicer.due(cost)) await slicer.pause();
    node = walker.nextNode();
  }
}
