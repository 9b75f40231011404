import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { countText, messageText } from '../ui/message-text.ts';
import { errorText, fieldLabel, help, showError, type Control } from './fields.ts';
import type { Added, ListRefusal } from './lists.ts';

export interface ListEditorOptions {
  id: string;
  /** Names the text field ("New alias"). */
  label: string;
  /** Names the list of items ("Aliases of Nikita Khrushchev"). */
  listLabel: string;
  helpText: string;
  emptyText: string;
  /** Checks a typed value against the current items. */
  check(text: string, items: readonly string[]): Added;
  add(value: string): Promise<boolean>;
  remove(item: string): Promise<boolean>;
  /** Extra attributes for the text input (tests and styles find it by them). */
  data?: Record<`data-${string}`, string>;
}

/** A list of plain-text items with an "Add" field (validated, message beside it) and a "Remove" button per item. */
export function listEditor(options: ListEditorOptions): Control<readonly string[]> {
  const { id } = options;
  let items: readonly string[] = [];
  const input = h('input', { type: 'text', id, 'aria-describedby': `${id}-help ${id}-error`, ...options.data });
  input.autocomplete = 'off';
  input.spellcheck = false;
  const error = errorText(`${id}-error`);
  const list = h('ul', { class: 'items', 'aria-label': options.listLabel });
  const empty = h('p', { class: 'empty' }, options.emptyText);
  const form = h('form', { class: 'add-row' }, input, h('button', { type: 'submit' }, t('optionsAdd')));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = options.check(input.value, items);
    if (!checked.ok) {
      showError(input, error, refusalText(checked.refusal));
      return;
    }
    showError(input, error, null);
    input.value = '';
    void options.add(checked.value);
  });
  input.addEventListener('input', () => showError(input, error, null));

  const render = () => {
    list.replaceChildren(...items.map((item) => {
      const remove = h('button', { type: 'button', class: 'remove', 'aria-label': t('optionsRemoveItem', item) }, t('optionsRemove'));
      remove.addEventListener('click', () => {
        // The button goes away with its item: keep keyboard users in the editor.
        input.focus();
        void options.remove(item);
      });
      return h('li', {}, h('span', { class: 'item-text' }, item), remove);
    }));
    list.hidden = items.length === 0;
    empty.hidden = items.length > 0;
  };
  render();

  const element = h('div', { class: 'field list-editor' }, fieldLabel(id, options.label), form, help(`${id}-help`, options.helpText), error, list, empty);
  return {
    element,
    set: (next) => {
      if (next.length === items.length && next.every((item, index) => item === items[index])) return;
      items = [...next];
      render();
    },
  };
}

function refusalText(refusal: ListRefusal): string {
  switch (refusal.kind) {
    case 'invalid':
      return messageText(refusal.message);
    case 'duplicate':
      return t('optionsDuplicate', refusal.value);
    case 'full':
      return countText('optionsListFull', refusal.cap);
  }
}
