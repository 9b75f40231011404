/**
 * Keeps the card beside its mention (placement.ts) while the page scrolls (the window or
 * any box: scroll events are caught on the way down), resizes, or the card's content
 * changes size. Stops when `signal` aborts.
 */
import { chooseSide, fittedHeight, place, type Box } from './placement.ts';

export function followMention(card: HTMLElement, range: StaticRange, signal: AbortSignal): void {
  // A live Range over the mention follows reflows; the static one does not.
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  let queued = false;
  const update = () => {
    queued = false;
    if (signal.aborted) return;
    const lines = lineBoxes(live);
    if (lines.length === 0) return;
    const viewport = viewportSize();
    card.style.maxHeight = '';
    const { side, room } = chooseSide(lines, card.offsetHeight, viewport.height);
    card.style.maxHeight = `${fittedHeight(room)}px`;
    const { x, y } = place(lines, side, card.offsetWidth, card.offsetHeight, viewport);
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  };
  // At most once a frame, however many events arrive.
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  const options = { capture: true, passive: true, signal };
  addEventListener('scroll', schedule, options);
  addEventListener('resize', schedule, options);
  visualViewport?.addEventListener('resize', schedule, options);
  visualViewport?.addEventListener('scroll', schedule, options);
  // Size changes are seen after layout and before paint: placed at once, in the same frame.
  const resized = new ResizeObserver(() => update());
  resized.observe(card);
  const parent = range.startContainer.parentElement;
  if (parent) resized.observe(parent);
  signal.addEventListener('abort', () => resized.disconnect(), { once: true });
  update();
}

/** The mention's boxes on each line (a range over a line end also gives empty boxes: dropped). */
function lineBoxes(range: Range): Box[] {
  const boxes = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  if (boxes.length > 0) return boxes;
  const whole = range.getBoundingClientRect();
  return whole.width > 0 || whole.height > 0 ? [whole] : [];
}

/** The layout viewport without scroll bars: where a fixed element can be seen. */
function viewportSize(): { width: number; height: number } {
  const html = document.documentElement;
  const width = visualViewport?.width ?? html.clientWidth;
  const height = visualViewport?.height ?? html.clientHeight;
  return { width, height };
}
