import { problemMessage, type Problem } from '../core/settings/problem.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { messageText } from '../ui/message-text.ts';

export interface Notices {
  element: HTMLElement;
  /** Settings are kept in storage.local; `reason` is why sync refused, when known. Null hides the notice. */
  fallback(state: { reason?: string } | null): void;
  problems(problems: readonly Problem[]): void;
  error(message: string | null): void;
}

/** Lasting messages above the settings: where they are stored, what was wrong with them. */
export function createNotices(): Notices {
  const fallback = notice('notice-fallback', 'status');
  const problems = notice('notice-problems', 'status');
  const error = notice('notice-error', 'alert');
  return {
    element: h('div', { class: 'notices' }, fallback, problems, error),
    fallback: (state) => {
      const reason = state?.reason ? t('optionsFallbackReason', state.reason) : null;
      fill(fallback, state === null ? [] : [t('optionsFallbackNotice'), reason]);
    },
    problems: (list) => {
      const shown = list.slice(0, 10).map((problem) => messageText(problemMessage(problem)));
      if (list.length > 10) shown.push(t('optionsProblemsMore', String(list.length - 10)));
      fill(problems, list.length === 0 ? [] : [t('optionsProblemsNotice'), ...shown.map((line) => h('li', {}, line))]);
    },
    error: (message) => fill(error, message === null ? [] : [message]),
  };
}

/** Present from the start (so a live region announces what is put in it), hidden while empty. */
function notice(id: string, role: 'status' | 'alert'): HTMLElement {
  const element = h('div', { class: `notice ${id}`, id, role });
  element.hidden = true;
  return element;
}

function fill(element: HTMLElement, lines: readonly (string | HTMLElement | null)[]): void {
  const items = lines.filter((line): line is HTMLElement => line instanceof HTMLElement);
  const texts = lines.filter((line): line is string => typeof line === 'string');
  element.replaceChildren(...texts.map((text) => h('p', {}, text)), ...(items.length > 0 ? [h('ul', {}, ...items)] : []));
  element.hidden = lines.length === 0;
}
