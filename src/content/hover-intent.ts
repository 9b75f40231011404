import type { ModifierKey, TriggerMode } from '../core/settings/defaults.ts';
import type { PageMention } from './mention-store.ts';

export interface IntentSettings {
  mode: TriggerMode;
  modifierKey: ModifierKey;
  openDelayMs: number;
  closeDelayMs: number;
}

export interface IntentTarget {
  /** The shown mention under a point. */
  hitTest(x: number, y: number): PageMention | null;
  open(mention: PageMention): void;
  /** Gets the card for `mention` ready while the open delay runs (shown by `open`). */
  prepare(mention: PageMention): void;
  discardPrepared(): void;
  close(): void;
  isOpen(): boolean;
  /** The mention whose card is open. */
  current(): PageMention | null;
  /** Whether the event happened inside the card. */
  inCard(event: Event): boolean;
}

/** At most this much of the delay is taken as already waited (a frame is ~16 ms). */
const MAX_FRAME_LAG_MS = 100;

const MODIFIER_FLAG: Record<ModifierKey, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'> = {
  Alt: 'altKey',
  Shift: 'shiftKey',
  Control: 'ctrlKey',
  Meta: 'metaKey',
};

/**
 * Hover intent: a card opens only after the pointer rests on a mention for the open delay
 * (a sweep across text restarts the wait at every new mention and never opens), stays open
 * while the pointer is over the mention or the card, and closes after the grace delay.
 * Pointer moves are hit-tested at most once per animation frame.
 */
export function trackIntent(target: IntentTarget, initial: IntentSettings, signal: AbortSignal): (next: IntentSettings) => void {
  let settings = initial;
  let candidate: PageMention | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  // What evaluate() needs, read during dispatch: composedPath() is empty afterwards.
  let last: { x: number; y: number; at: number; inCard: boolean; wantsHover: boolean } | null = null;

  const cancelOpen = () => {
    if (openTimer === undefined) return;
    clearTimeout(openTimer);
    openTimer = undefined;
    target.discardPrepared();
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    if (closeTimer !== undefined || !target.isOpen()) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      target.close();
    }, settings.closeDelayMs);
  };

  const wantsHover = (event: PointerEvent) =>
    event.pointerType !== 'touch' &&
    (settings.mode === 'hover' || (settings.mode === 'modifier' && event[MODIFIER_FLAG[settings.modifierKey]]));

  const evaluate = () => {
    frame = 0;
    const event = last;
    if (!event) return;
    if (event.inCard) {
      cancelClose();
      cancelOpen();
      candidate = null;
      return;
    }
    const hit = target.hitTest(event.x, event.y);
    if (hit && hit === target.current()) {
      cancelClose();
      return;
    }
    if (hit !== candidate) {
      candidate = hit;
      cancelOpen();
      if (hit && event.wantsHover) {
        // The delay counts from the pointer's last move, not from this frame; the card is
        // built meanwhile, so it is shown in the first frame after the delay.
        openTimer = setTimeout(() => {
          openTimer = undefined;
          cancelClose();
          target.open(hit);
        }, settings.openDelayMs - Math.min(Math.max(performance.now() - event.at, 0), MAX_FRAME_LAG_MS));
        target.prepare(hit);
      }
    }
    if (settings.mode !== 'click' || !hit) scheduleClose();
  };

  const options = { capture: true, passive: true, signal };
  // Only the user steers the card: events a page script dispatches (isTrusted false) are ignored.
  window.addEventListener('pointermove', (event) => {
    if (!event.isTrusted) return;
    // Event time stamps and performance.now() share the document's time origin.
    last = { x: event.clientX, y: event.clientY, at: event.timeStamp, inCard: target.inCard(event), wantsHover: wantsHover(event) };
    if (!frame) frame = requestAnimationFrame(evaluate);
  }, options);
  document.documentElement.addEventListener('pointerleave', (event) => {
    if (!event.isTrusted) return;
    candidate = null;
    cancelOpen();
    scheduleClose();
  }, options);
  window.addEventListener('click', (event) => {
    if (!event.isTrusted || target.inCard(event)) return;
    const hit = target.hitTest(event.clientX, event.clientY);
    const tap = (event as PointerEvent).pointerType === 'touch';
    if (hit && (settings.mode === 'click' || tap)) {
      cancelOpen();
      cancelClose();
      target.open(hit);
    } else if (target.isOpen() && hit !== target.current()) {
      target.close();
    }
  }, options);
  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    cancelAnimationFrame(frame);
  }, { once: true });

  return (next) => {
    settings = next;
  };
}
