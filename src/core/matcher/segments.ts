/**
 * Mentions over segments (the texts of adjacent nodes) read as one text. A start maps to
 * the segment holding its first character; an end maps to the segment holding its last
 * character, so an end on a segment boundary is that segment's length (a DOM Range can
 * end there without touching the next node).
 */
import type { Mention, SegmentMention } from './types.ts';

export function toSegments(mentions: readonly Mention[], segments: readonly { readonly length: number }[]): SegmentMention[] {
  const out: SegmentMention[] = [];
  if (mentions.length === 0) return out;
  // Mentions come in order, so one forward cursor serves both ends.
  let k = 0;
  let from = 0; // offset of segment k in the joined text
  const last = segments.length - 1;
  for (const { start, end, ...found } of mentions) {
    while (k < last && start >= from + segments[k]!.length) from += segments[k++]!.length;
    const startPos = { segment: k, offset: start - from };
    while (k < last && end > from + segments[k]!.length) from += segments[k++]!.length;
    out.push({ ...found, start: startPos, end: { segment: k, offset: end - from } });
  }
  return out;
}
