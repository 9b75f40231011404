import type { Settings } from '../core/settings/defaults.ts';
import { h } from '../ui/dom.ts';

/** A part of the page that follows the settings. */
export interface Section {
  element: HTMLElement;
  sync(settings: Settings): void;
}

/** A titled region of the page (a landmark named by its heading). */
export function region(id: string, title: string, intro: string | null, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    intro ? h('p', { class: 'intro' }, intro) : null,
    ...children);
}
