/**
 * Where the card goes, as plain arithmetic (no DOM): below the mention, starting at its
 * left edge; above it when it does not fit below and does there; else on the side with
 * more room. Shifted sideways to stay `PADDING` inside the viewport, and as tall as the
 * chosen side allows (between MIN_HEIGHT and MAX_HEIGHT). Coordinates are the viewport's
 * (the card is position: fixed).
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'below' | 'above';

const GAP = 6;
const PADDING = 8;
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 512;

/**
 * The mention's box: a mention over two lines is placed against its last line (below) or
 * its first (above), never against the box of both lines (which spans the whole column).
 */
export function mentionBox(lines: readonly Box[], side: Side): Box | null {
  if (lines.length === 0) return null;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const line = side === 'below' ? last : first;
  return { left: line.left, right: line.right, top: first.top, bottom: last.bottom };
}

/** The side for a card of this (natural) height, and the room there is on it. */
export function chooseSide(lines: readonly Box[], height: number, viewportHeight: number): { side: Side; room: number } {
  const box = mentionBox(lines, 'below')!;
  const below = viewportHeight - PADDING - (box.bottom + GAP);
  const above = box.top - GAP - PADDING;
  const side = height <= below || (height > above && below >= above) ? 'below' : 'above';
  return { side, room: side === 'below' ? below : above };
}

export function fittedHeight(room: number): number {
  return Math.max(MIN_HEIGHT, Math.min(room, MAX_HEIGHT));
}

/** The card's corner once its size is known. */
export function place(lines: readonly Box[], side: Side, width: number, height: number, viewport: { width: number; height: number }): { x: number; y: number } {
  const box = mentionBox(lines, side)!;
  const y = side === 'below' ? box.bottom + GAP : box.top - GAP - height;
  const x = Math.max(PADDING, Math.min(box.left, viewport.width - PADDING - width));
  return { x, y };
}
