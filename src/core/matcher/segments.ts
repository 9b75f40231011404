/**
 * Mentions over segments (the texts of adjacent nodes) read as one text. A start maps to
 * the segment holding its first character; an end maps to the segment holding its last
 * character, so an end on a segment boundary is that segment's length (a DOM Range can
 * end there without touching the next node).
 */
import type { Mention, SegmentMention, SegmentPosition } from './types.ts';

export function toSegments(mentions: readonly Mention[], segments: readonly string[]): SegmentMention[] {
  const starts: number[] = [];
  let total = 0;
  for (const s of segments) {
    starts.push(total);
    total += s.length;
  }
  // Mentions come in order, so one forward cursor serves both ends.
  let k = 0;
  function locate(offset: number, isEnd: boolean): SegmentPosition {
    for (; k < segments.length - 1; k++) {
      const from = starts[k]!;
      const to = from + segments[k]!.length;
      if (isEnd ? offset > from && offset <= to : offset >= from && offset < to) break;
    }
    return { segment: k, offset: offset - starts[k]! };
  }
  return mentions.map(({ start, end, ...rest }) => {
    const startPos = locate(start, false);
    return { ...rest, start: startPos, end: locate(end, true) };
  });
}
