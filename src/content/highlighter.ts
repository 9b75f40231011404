import { ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT, highlightName, type PageShade } from '../core/highlight-names.ts';
import type { HighlightStyle } from '../core/settings/defaults.ts';
import type { HighlightColor } from '../core/settings/palette.ts';
import type { MentionSink, PageMention } from './mention-store.ts';

export interface Look {
  style: HighlightStyle;
  color: HighlightColor;
}

/**
 * Marks mentions through the CSS Custom Highlight API: the page's DOM is never touched.
 * One Highlight holds every shown mention; a change of look re-registers it under another
 * name whose rule is already in the stylesheet, so no rule is ever added to the page.
 * The name also says whether the page is light or dark (`shade`), which takes a style
 * computation: it is asked, and the highlights are registered, when the first mention is
 * shown, so a page without any never pays.
 */
export class Highlighter implements MentionSink {
  readonly #marks = new Highlight();
  readonly #active = new Highlight();
  readonly #flash = new Highlight();
  readonly #shadeOf: () => PageShade;
  #shade: PageShade | null = null;
  #look: Look;
  #name: string | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(look: Look, shadeOf: () => PageShade) {
    this.#look = look;
    this.#shadeOf = shadeOf;
  }

  show(mention: PageMention): void {
    this.#marks.add(mention.range);
    if (this.#shade === null) {
      // Nothing is registered with the page before its first mention.
      this.#shade = this.#shadeOf();
      CSS.highlights.set(ACTIVE_HIGHLIGHT, this.#active);
      CSS.highlights.set(FLASH_HIGHLIGHT, this.#flash);
      this.#register();
    }
  }

  hide(mention: PageMention): void {
    this.#marks.delete(mention.range);
    this.#active.delete(mention.range);
    this.#flash.delete(mention.range);
  }

  setLook(look: Look): void {
    this.#look = look;
    if (this.#shade !== null) this.#register();
  }

  #register(): void {
    const { style, color } = this.#look;
    const name = style === 'none' ? null : highlightName(style, color, this.#shade!);
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
