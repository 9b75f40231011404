import { h } from '../ui/dom.ts';

export interface ConfirmText {
  id: string;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
}

/**
 * An in-page modal question. "Cancel" has the focus, so Enter or Esc right away changes
 * nothing; the browser returns focus to the button that opened it.
 */
export function confirmDialog(text: ConfirmText): { element: HTMLDialogElement; ask(): Promise<boolean> } {
  const cancel = h('button', { type: 'submit', class: 'secondary', id: `${text.id}-cancel` }, text.cancel);
  cancel.value = 'cancel';
  cancel.autofocus = true;
  const confirm = h('button', { type: 'submit', class: 'danger', id: `${text.id}-confirm` }, text.confirm);
  confirm.value = 'confirm';
  const form = h('form', { class: 'dialog-actions' }, cancel, confirm);
  form.method = 'dialog';
  const element = h('dialog', { id: text.id, class: 'confirm', 'aria-labelledby': `${text.id}-title`, 'aria-describedby': `${text.id}-text` },
    h('h2', { id: `${text.id}-title` }, text.title),
    h('p', { id: `${text.id}-text` }, text.text),
    form);
  return {
    element,
    ask: () => new Promise((resolve) => {
      element.returnValue = '';
      element.addEventListener('close', () => resolve(element.returnValue === 'confirm'), { once: true });
      element.showModal();
    }),
  };
}
