import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';

const QUIET_AFTER_MS = 2500;

/** The quiet "Saved" line: a polite live region that empties itself after a moment. */
export function createStatus(): { element: HTMLElement; say(text: string): void; saved(): void } {
  const element = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'save-status' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    clearTimeout(timer);
    // Emptied first, so the same words are announced again for the next change.
    element.textContent = '';
    timer = setTimeout(() => {
      element.textContent = text;
      timer = setTimeout(() => void (element.textContent = ''), QUIET_AFTER_MS);
    }, 50);
  };
  return { element, say, saved: () => say(t('optionsSaved')) };
}
