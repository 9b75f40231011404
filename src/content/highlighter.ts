import { ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT, highlightName, type PageShade } from '../core/highlight-names.ts';
import type { HighlightStyle } from '../core/settings/defaults.ts';
import type { HighlightColor } from '../core/settings/palette.ts';
import type { MentionSink, PageMention } from './mention-store.ts';

export interface Look {
  style: HighlightStyle;
  color: HighlightColor;
  shade: PageShade;
}

/**
 * Marks mentions through the CSS Custom Highlight API: the page's DOM is never touched.
 * One Highlight holds every shown mention; a change of look re-registers it under another
 * name whose rule is already in the stylesheet, so no rule is ever added to the page.
 */
export class Highlighter implements MentionSink {
  readonly #marks = new Highlight();
  readonly #active = new Highlight();
  readonly #flash = new Highlight();
  #name: string | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(look: Look) {
    this.setLook(look);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.#active);
    CSS.highlights.set(FLASH_HIGHLIGHT, this.#flash);
  }

  show(mention: PageMention): void {
    this.#marks.add(mention.range);
  }

  hide(mention: PageMention): void {
    this.#marks.delete(mention.range);
    this.#active.delete(mention.range);
    this.#flash.delete(mention.range);
  }

  setLook(look: Look): void {
    const name = look.style === 'none' ? null : highlightName(look.style, look.color, look.shade);
    if (name === this.#name) return;
    if (this.#name) CSS.highlights.delete(this.#name);
    if (name) CSS.highlights.set(name, this.#marks);
    this.#name = name;
  }

  setActive(mention: PageMention | null): void {
    this.#active.clear();
    if (mention) this.#active.add(mention.range);
  }

  flash(mention: PageMention, durationMs = 1200): void {
    clearTimeout(this.#flashTimer);
    this.#flash.clear();
    this.#flash.add(mention.range);
    this.#flashTimer = setTimeout(() => this.#flash.clear(), durationMs);
  }

  /** Number of ranges currently marked (for tests and the bench). */
  get size(): number {
    return this.#marks.size;
  }

  dispose(): void {
    clearTimeout(this.#flashTimer);
    for (const [name, highlight] of [[this.#name, this.#marks], [ACTIVE_HIGHLIGHT, this.#active], [FLASH_HIGHLIGHT, this.#flash]] as const) {
      if (name && CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.#marks.clear();
  }
}
