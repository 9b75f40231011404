import { h } from '../ui/dom.ts';

export interface SwitchControl {
  root: HTMLElement;
  input: HTMLInputElement;
  /** Describes the switch's current effect (aria-describedby). */
  note: HTMLElement;
}

/** A labelled on/off switch: a native checkbox with role="switch", so Space toggles it. */
export function switchControl(id: string, label: string, onToggle: (on: boolean) => void, signal: AbortSignal): SwitchControl {
  const input = h('input', { type: 'checkbox', role: 'switch', id, class: 'bs-switch-input', 'aria-describedby': `${id}-note` });
  const caption = h('label', { class: 'bs-switch-label' }, label);
  caption.htmlFor = id;
  const note = h('p', { class: 'bs-note', id: `${id}-note` });
  input.addEventListener('change', () => onToggle(input.checked), { signal });
  const root = h('div', { class: 'bs-switch' }, h('div', { class: 'bs-switch-row' }, caption, input), note);
  return { root, input, note };
}
