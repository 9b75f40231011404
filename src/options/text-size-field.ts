import { LIMITS } from '../core/settings/defaults.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { fieldLabel, help, type Control } from './fields.ts';
import type { OptionsModel } from './model.ts';

/** The card text size slider: the preview follows while it moves, the value is saved when it settles. */
export function textSizeField(model: OptionsModel): Control<number> {
  const id = 'cardTextSize';
  const { min, max, step } = LIMITS.cardTextSize;
  const input = h('input', { type: 'range', id, 'aria-describedby': `${id}-help` });
  Object.assign(input, { min: String(min), max: String(max), step: String(step) });
  const output = h('output', { class: 'range-value', 'aria-hidden': 'true' });
  output.htmlFor.add(id);
  const show = (value: number) => {
    const text = t('optionsPercent', String(value));
    output.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  input.addEventListener('input', () => {
    show(input.valueAsNumber);
    model.draft({ cardTextSize: input.valueAsNumber });
  });
  input.addEventListener('change', () => void model.set('cardTextSize', input.valueAsNumber));
  const element = h('div', { class: 'field' }, fieldLabel(id, t('optionsTextSizeLabel')), h('div', { class: 'range-row' }, input, output), help(`${id}-help`, t('optionsTextSizeHelp', String(min), String(max))));
  return {
    element,
    set: (value) => {
      input.value = String(value);
      show(value);
    },
  };
}
