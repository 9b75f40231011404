import { liveRange } from './hit-test.ts';
import type { MentionStore, PageMention } from './mention-store.ts';

/** Document order of two mentions' starts (also across shadow roots, by their hosts). */
function compare(a: PageMention, b: PageMention): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  const position = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/**
 * The shown mention after `after` in reading order (wrapping around), optionally of one
 * entity. Without a previous one, the first mention at or below the top of the viewport.
 */
export function nextInReadingOrder(store: MentionStore, after: PageMention | null, entity: string | null): PageMention | null {
  const candidates = [...store.shown()].filter((mention) => entity === null || mention.key === entity).sort(compare);
  if (candidates.length === 0) return null;
  if (after && store.isShown(after)) {
    return candidates.find((mention) => compare(mention, after) > 0) ?? candidates[0]!;
  }
  return candidates.find((mention) => liveRange(mention.range).getBoundingClientRect().bottom >= 0) ?? candidates[0]!;
}

export function revealMention(mention: PageMention): void {
  const element = mention.range.startContainer.parentElement;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'instant' : 'auto' });
}
