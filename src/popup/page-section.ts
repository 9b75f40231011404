import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import type { CountRow } from './count-rows.ts';
import { mentionsText } from './mentions.ts';
import type { PageView } from './page-view.ts';

export interface PageSection {
  root: HTMLElement;
  render(view: PageView): void;
}

type MessageKind = Exclude<PageView['kind'], 'counts'>;

const MESSAGES: Record<MessageKind, string[]> = {
  loading: ['popupLoading'],
  unscannable: ['popupUnscannable', 'popupUnscannableHint'],
  paused: ['popupPaused'],
  excluded: ['popupExcluded'],
  empty: ['popupEmpty'],
};

/**
 * "On this page": the mentions per entity, each a button that reveals the next one, or a
 * message saying why there are none. Rendering is idempotent and keeps the focus: counts
 * update in place, and a rebuilt list gives the focus back to the same entity's button.
 */
export function pageSection(reveal: (key: string) => void, signal: AbortSignal): PageSection {
  const body = h('div', { class: 'bs-page-body' });
  const root = h('section', { class: 'bs-page', 'aria-labelledby': 'bs-page-heading' },
    h('h2', { id: 'bs-page-heading' }, t('popupOnThisPage')),
    body);
  body.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-entity]');
    if (button?.dataset.entity) reveal(button.dataset.entity);
  }, { signal });
  let shown = '';
  return {
    root,
    render(view) {
      const signature = JSON.stringify(view);
      if (signature === shown) return;
      shown = signature;
      root.dataset.view = view.kind;
      if (view.kind === 'counts' && sameKeys(body, view.rows)) {
        updateCounts(body, view.rows, view.total);
        return;
      }
      const focused = body.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.entity : undefined;
      body.replaceChildren(...(view.kind === 'counts'
        ? countList(view.rows, view.total)
        : MESSAGES[view.kind].map((key) => h('p', { class: 'bs-message' }, t(key)))));
      if (focused !== undefined) {
        const same = buttons(body).find((button) => button.dataset.entity === focused);
        (same ?? buttons(body)[0])?.focus();
      }
    },
  };
}

function countList(rows: readonly CountRow[], total: number): HTMLElement[] {
  return [
    h('ul', { class: 'bs-counts' }, ...rows.map((row) => h('li', {}, entityButton(row)))),
    h('p', { class: 'bs-total', 'data-total': String(total) }, t('popupTotal', mentionsText(total))),
    h('p', { class: 'bs-hint', id: 'bs-reveal-hint' }, t('popupRevealHint')),
  ];
}

function entityButton(row: CountRow): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'bs-entity', 'data-entity': row.key, 'aria-describedby': 'bs-reveal-hint' },
    h('span', { class: 'bs-entity-name' }, row.name),
    h('span', { class: 'bs-sr' }, ' — '),
    h('span', { class: 'bs-entity-count' }));
  setCount(button, row);
  return button;
}

function setCount(button: HTMLButtonElement, row: CountRow): void {
  button.dataset.count = String(row.count);
  button.querySelector('.bs-entity-count')!.textContent = mentionsText(row.count);
}

function buttons(body: HTMLElement): HTMLButtonElement[] {
  return [...body.querySelectorAll<HTMLButtonElement>('button[data-entity]')];
}

function sameKeys(body: HTMLElement, rows: readonly CountRow[]): boolean {
  const current = buttons(body);
  return current.length === rows.length && current.every((button, index) => button.dataset.entity === rows[index]!.key);
}

function updateCounts(body: HTMLElement, rows: readonly CountRow[], total: number): void {
  buttons(body).forEach((button, index) => setCount(button, rows[index]!));
  const totalLine = body.querySelector<HTMLElement>('.bs-total')!;
  totalLine.dataset.total = String(total);
  totalLine.textContent = t('popupTotal', mentionsText(total));
}
