/** Where the card goes (src/content/card/placement.ts): below, above, the side with more room, shifted into view. */
import { describe, expect, it } from 'vitest';
import { chooseSide, fittedHeight, mentionBox, place, type Box } from '../../src/content/card/placement.ts';

const viewport = { width: 1000, height: 700 };
const line = (left: number, top: number, right = left + 80, bottom = top + 20): Box => ({ left, top, right, bottom });

describe('card placement', () => {
  it.each([
    { name: 'fits below', lines: [line(100, 100)], height: 300, side: 'below', x: 100, y: 126 },
    { name: 'no room below, room above', lines: [line(100, 600)], height: 300, side: 'above', x: 100, y: 294 },
    { name: 'room on neither side: the larger (below)', lines: [line(100, 200)], height: 600, side: 'below', x: 100, y: 226 },
    { name: 'room on neither side: the larger (above)', lines: [line(100, 450)], height: 600, side: 'above', x: 100, y: -156 },
    { name: 'at the right edge: shifted left', lines: [line(950, 100)], height: 200, side: 'below', x: 1000 - 8 - 360, y: 126 },
    { name: 'at the left edge: kept inside', lines: [line(-40, 100)], height: 200, side: 'below', x: 8, y: 126 },
  ] as const)('$name', ({ lines, height, side, x, y }) => {
    const chosen = chooseSide(lines, height, viewport.height);
    expect(chosen.side).toBe(side);
    expect(place(lines, chosen.side, 360, height, viewport)).toEqual({ x, y });
  });

  it('fits the height to the room, within its bounds', () => {
    expect([fittedHeight(50), fittedHeight(300), fittedHeight(2000)]).toEqual([120, 300, 512]);
    expect(chooseSide([line(100, 100)], 100, viewport.height).room).toBe(700 - 8 - 126);
  });

  it('places a mention over two lines against its last line below and its first above', () => {
    const lines = [line(700, 100, 900, 120), line(20, 120, 60, 140)];
    expect(mentionBox(lines, 'below')).toEqual({ left: 20, right: 60, top: 100, bottom: 140 });
    expect(mentionBox(lines, 'above')).toEqual({ left: 700, right: 900, top: 100, bottom: 140 });
    expect(mentionBox([], 'below')).toBeNull();
  });
});
