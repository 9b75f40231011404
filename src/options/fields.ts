import { h } from '../ui/dom.ts';

/** A form control showing one value; `set` never fires its change handler. */
export interface Control<T> {
  element: HTMLElement;
  set(value: T): void;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
  /** Shown before the label, e.g. a colour swatch. */
  decoration?: Node;
}

/** Help text under a field, referenced by the field's aria-describedby. */
export function help(id: string, text: string): HTMLElement {
  return h('p', { class: 'help', id }, text);
}

/** A visible label for the control with `id`. */
export function fieldLabel(id: string, text: string): HTMLLabelElement {
  const label = h('label', { class: 'field-label' }, text);
  label.htmlFor = id;
  return label;
}

/** The validation message next to a field; empty (and not rendered) while the value is fine. */
export function errorText(id: string): HTMLElement {
  return h('p', { class: 'error', id, 'aria-live': 'polite' });
}

export function showError(input: HTMLInputElement, error: HTMLElement, message: string | null): void {
  error.textContent = message ?? '';
  if (message === null) input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

/** A fieldset of radio buttons named `name`; `onChange` gets the chosen value. */
export function radioGroup<T extends string>(
  name: string, legend: string, helpText: string | null, choices: readonly Choice<T>[], onChange: (value: T) => void,
): Control<T> {
  const helpId = `${name}-help`;
  const rows = choices.map((choice) => {
    const id = `${name}-${choice.value}`;
    const input = h('input', { type: 'radio', id, 'aria-describedby': choice.help ? `${id}-help` : undefined });
    input.name = name;
    input.value = choice.value;
    input.addEventListener('change', () => {
      if (input.checked) onChange(choice.value);
    });
    const row = h('div', { class: 'choice' },
      h('label', { class: 'choice-label' }, input, choice.decoration, h('span', {}, choice.label)),
      choice.help ? help(`${id}-help`, choice.help) : null);
    return { input, row };
  });
  const element = h('fieldset', { class: 'choices', 'aria-describedby': helpText ? helpId : undefined },
    h('legend', {}, legend),
    helpText ? help(helpId, helpText) : null,
    ...rows.map((row) => row.row));
  return {
    element,
    set: (value) => {
      for (const { input } of rows) input.checked = input.value === value;
    },
  };
}

export function checkbox(id: string, label: string, helpText: string | null, onChange: (checked: boolean) => void, data: Record<`data-${string}`, string> = {}): Control<boolean> {
  const input = h('input', { type: 'checkbox', id, 'aria-describedby': helpText ? `${id}-help` : undefined, ...data });
  input.addEventListener('change', () => onChange(input.checked));
  const element = h('div', { class: 'field field-check' },
    h('label', { class: 'choice-label' }, input, h('span', {}, label)),
    helpText ? help(`${id}-help`, helpText) : null);
  return { element, set: (checked) => void (input.checked = checked) };
}

export function select<T extends string>(id: string, label: string, helpText: string, choices: readonly Choice<T>[], onChange: (value: T) => void): Control<T> {
  const control = h('select', { id, 'aria-describedby': `${id}-help` },
    ...choices.map((choice) => {
      const option = h('option', {}, choice.label);
      option.value = choice.value;
      return option;
    }));
  control.addEventListener('change', () => {
    const choice = choices.find((candidate) => candidate.value === control.value);
    if (choice) onChange(choice.value);
  });
  const element = h('div', { class: 'field' }, fieldLabel(id, label), control, help(`${id}-help`, helpText));
  return { element, set: (value) => void (control.value = value) };
}
