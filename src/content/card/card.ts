import type { LocalizedEntity, LocalizedPack } from '../../core/pack/types.ts';
import type { CardTheme } from '../../core/settings/defaults.ts';
import { h } from '../../ui/dom.ts';
import { t } from '../../ui/i18n.ts';
import { entityHeading, topicView, uiLanguage } from '../../ui/topic-view.ts';
import { benchMark } from '../bench-marks.ts';
import { createCardHost, type CardHost } from './card-host.ts';
import { followMention } from './follow-mention.ts';

export interface CardLook {
  theme: CardTheme;
  /** Percent of the user's default font size. */
  textSize: number;
}

/** A topic's texts and the entity the card is about. */
export interface CardTopic {
  pack: LocalizedPack;
  entity: LocalizedEntity;
}

/** The mention's own topic first, then any other that shares its trigger. */
export type CardTopics = readonly [CardTopic, ...CardTopic[]];

export interface CardAnchor {
  range: StaticRange;
}

let headingCounter = 0;

interface Pending {
  element: HTMLElement;
  anchor: CardAnchor;
  stopPositioning: () => void;
}

/**
 * The hover card: a non-modal dialog next to a mention, kept inside the viewport
 * (follow-mention.ts: flip above/below, shift sideways, shrink to the space there is). Mounted
 * on first use and removed on dispose; all text is set as text.
 */
export class Card {
  #mounted: CardHost | null = null;
  #element: HTMLElement | null = null;
  #stopPositioning: (() => void) | null = null;
  /** A card built, placed and laid out but not shown yet (during the hover delay). */
  #pending: Pending | null = null;
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

  /**
   * Builds and places the card for a mention the pointer has just come to rest on, hidden
   * (`visibility: hidden`: not painted, not hit, not in the accessibility tree), so that
   * when the hover delay ends, showing it is a class change: painted in the next frame.
   */
  prepare(topics: CardTopics, anchor: CardAnchor): void {
    this.discardPrepared();
    const card = this.#build(topics);
    card.classList.add('bs-pending');
    this.#mount().root.append(card);
    this.#pending = { element: card, anchor, stopPositioning: this.#position(card, anchor) };
  }

  discardPrepared(): void {
    if (!this.#pending) return;
    this.#pending.stopPositioning();
    this.#pending.element.remove();
    this.#pending = null;
  }

  open(topics: CardTopics, anchor: CardAnchor, options: { focus: boolean }): void {
    this.close({ restoreFocus: false });
    const mounted = this.#mount();
    const pending = this.#pending;
    let card: HTMLElement;
    if (pending && pending.anchor.range === anchor.range && pending.element.isConnected) {
      this.#pending = null;
      card = pending.element;
      card.classList.remove('bs-pending');
      this.#stopPositioning = pending.stopPositioning;
    } else {
      this.discardPrepared();
      card = this.#build(topics);
      mounted.root.append(card);
      this.#stopPositioning = this.#position(card, anchor);
    }
    this.#element = card;
    benchMark('card-shown');
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
    this.discardPrepared();
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

  /**
   * The card for the first of `topics`. Any other (a topic that shares the trigger) is
   * offered under the heading as a closed disclosure, "Also in: <title>", which opens to
   * that topic's own heading and texts: no state to switch, and the browser's own control.
   */
  #build([{ pack, entity }, ...others]: CardTopics): HTMLElement {
    const headingId = `bs-heading-${++headingCounter}`;
    const close = h('button', { class: 'bs-close', type: 'button', lang: uiLanguage(), 'aria-label': t('cardClose'), title: t('cardClose') }, '×');
    close.addEventListener('click', () => this.close({ restoreFocus: true }));
    const card = h('div', { class: 'bs-card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': headingId, tabindex: '-1', lang: pack.language },
      h('div', { class: 'bs-inner' }, close, entityHeading(pack, entity, headingId),
        ...others.map((other) => h('details', { class: 'bs-also', lang: other.pack.language },
          h('summary', {}, t('cardAlsoIn', other.pack.title)),
          entityHeading(other.pack, other.entity, `bs-heading-${++headingCounter}`),
          topicView(other.pack, other.entity))),
        topicView(pack, entity)));
    this.#applyLook(card);
    return card;
  }

  #applyLook(card: HTMLElement): void {
    card.dataset.theme = this.#look.theme;
    card.style.setProperty('--bs-scale', String(this.#look.textSize / 100));
  }

  /** Keeps `card` placed next to the mention; returns the function that stops it. */
  #position(card: HTMLElement, anchor: CardAnchor): () => void {
    const placed = new AbortController();
    followMention(card, anchor.range, placed.signal);
    return () => placed.abort();
  }
}
