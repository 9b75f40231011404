import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { ContentPack, Entity } from '../../core/pack/types.ts';
import type { CardTheme } from '../../core/settings/defaults.ts';
import { h } from '../../ui/dom.ts';
import { t } from '../../ui/i18n.ts';
import { entityHeading, topicView } from '../../ui/topic-view.ts';
import { createCardHost, type CardHost } from './card-host.ts';

export interface CardLook {
  theme: CardTheme;
  /** Percent of the user's default font size. */
  textSize: number;
}

export interface CardAnchor {
  range: StaticRange;
}

let headingCounter = 0;

/**
 * The hover card: a non-modal dialog next to a mention, kept inside the viewport by
 * Floating UI (flip above/below, shift sideways, shrink to the space there is). Mounted
 * on first use and removed on dispose; all text is set as text.
 */
export class Card {
  #mounted: CardHost | null = null;
  #element: HTMLElement | null = null;
  #stopPositioning: (() => void) | null = null;
  #look: CardLook;
  #returnFocus: Element | null = null;
  readonly #onClose: () => void;

  constructor(look: CardLook, onClose: () => void) {
    this.#look = look;
    this.#onClose = onClose;
  }

  get host(): HTMLElement | null {
    return this.#mounted?.host ?? null;
  }

  get isOpen(): boolean {
    return this.#element !== null;
  }

  /**
   * Only an HTML document can show the card: in an SVG (or other XML) document the host
   * would be an element in no namespace, which cannot have a shadow root or render.
   */
  get canOpen(): boolean {
    return document.documentElement instanceof HTMLElement;
  }

  setLook(look: CardLook): void {
    this.#look = look;
    if (this.#element) this.#applyLook(this.#element);
  }

  open(pack: ContentPack, entity: Entity, anchor: CardAnchor, options: { focus: boolean }): void {
    this.close({ restoreFocus: false });
    const mounted = this.#mount();
    const headingId = `bs-heading-${++headingCounter}`;
    const close = h('button', { class: 'bs-close', type: 'button', 'aria-label': t('cardClose'), title: t('cardClose') }, '×');
    close.addEventListener('click', () => this.close({ restoreFocus: true }));
    const card = h('div', { class: 'bs-card bs-entering', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': headingId, tabindex: '-1', lang: 'en' },
      h('div', { class: 'bs-inner' }, close, entityHeading(pack, entity, headingId), topicView(pack, entity)));
    this.#applyLook(card);
    mounted.root.append(card);
    this.#element = card;
    this.#position(card, anchor);
    requestAnimationFrame(() => card.classList.remove('bs-entering'));
    if (options.focus) {
      this.#returnFocus = document.activeElement;
      card.focus({ preventScroll: true });
    }
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.#element) return;
    this.#stopPositioning?.();
    this.#stopPositioning = null;
    this.#element.remove();
    this.#element = null;
    const focusTarget = this.#returnFocus;
    this.#returnFocus = null;
    if (restoreFocus && focusTarget instanceof HTMLElement && focusTarget.isConnected) focusTarget.focus({ preventScroll: true });
    this.#onClose();
  }

  /** Whether an event's path passes through the card. */
  containsEvent(event: Event): boolean {
    return this.#mounted !== null && event.composedPath().includes(this.#mounted.host);
  }

  /** Whether focus is inside the card. */
  hasFocus(): boolean {
    return this.#mounted !== null && document.activeElement === this.#mounted.host;
  }

  dispose(): void {
    this.close({ restoreFocus: false });
    this.#mounted?.host.remove();
    this.#mounted = null;
  }

  #mount(): CardHost {
    if (!this.#mounted) this.#mounted = createCardHost(document);
    // Re-attach if the page removed it; append to <html> so body styles never apply.
    if (!this.#mounted.host.isConnected) document.documentElement.append(this.#mounted.host);
    return this.#mounted;
  }

  #applyLook(card: HTMLElement): void {
    card.dataset.theme = this.#look.theme;
    card.style.setProperty('--bs-scale', String(this.#look.textSize / 100));
  }

  #position(card: HTMLElement, anchor: CardAnchor): void {
    const { startContainer, startOffset, endContainer, endOffset } = anchor.range;
    const live = document.createRange();
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
    const reference = {
      getBoundingClientRect: () => live.getBoundingClientRect(),
      getClientRects: () => live.getClientRects(),
      contextElement: startContainer.parentElement ?? undefined,
    };
    const update = () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(120, Math.min(availableHeight, 512))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    };
    this.#stopPositioning = autoUpdate(reference, card, update, { animationFrame: false });
  }
}
