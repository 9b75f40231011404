import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { errorText, fieldLabel, help, showError, type Control } from './fields.ts';
import { readNumber, type Limit } from './numbers.ts';

/**
 * A number input bounded by a LIMITS entry. A valid value is passed on when the field
 * changes (Enter or leaving it); an invalid one is explained next to it and not saved.
 */
export function numberField(id: string, label: string, helpText: string, unit: string, limit: Limit, onValid: (value: number) => void): Control<number> {
  const input = h('input', { type: 'number', id, 'aria-describedby': `${id}-help ${id}-error` });
  Object.assign(input, { min: String(limit.min), max: String(limit.max), step: String(limit.step), inputMode: 'numeric' });
  const error = errorText(`${id}-error`);
  input.addEventListener('change', () => {
    // A number input reports text it cannot read as "": say so rather than "empty".
    const read = input.validity.badInput ? ({ ok: false, reason: 'not-a-number' } as const) : readNumber(input.value, limit);
    if (!read.ok) {
      showError(input, error, t('optionsNumberInvalid', String(limit.min), String(limit.max), unit));
      return;
    }
    showError(input, error, null);
    onValid(read.value);
  });
  const element = h('div', { class: 'field' },
    fieldLabel(id, label),
    h('div', { class: 'with-unit' }, input, h('span', { class: 'unit', 'aria-hidden': 'true' }, unit)),
    help(`${id}-help`, helpText),
    error);
  return {
    element,
    set: (value) => {
      // Never overwrite what the user is typing or an invalid entry being explained.
      if (document.activeElement === input || input.getAttribute('aria-invalid') === 'true') return;
      input.value = String(value);
    },
  };
}
