/**
 * The one way our UI creates elements: text is always set as text, attributes from a
 * typed list. There is no path from data to markup.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'class' | 'id' | 'role' | 'href' | 'target' | 'rel' | 'lang' | 'dir' | 'type' | 'title' | 'tabindex' | `aria-${string}` | `data-${string}`, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
