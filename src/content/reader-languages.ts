import { ext } from '../shared/ext.ts';

/**
 * The languages a card for text at `node` is wanted in, best first: the language of the
 * text around it (the nearest `lang`), then the browser's UI language. The pack's own
 * default comes last (the background's localizePack falls back to it).
 */
export function readerLanguages(node: Node | null): string[] {
  const wanted: string[] = [];
  const element = node === null ? null : node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const lang = element?.closest('[lang]')?.getAttribute('lang')?.trim();
  if (lang) wanted.push(lang);
  const ui = uiLanguage();
  if (ui && !wanted.includes(ui)) wanted.push(ui);
  return wanted;
}

function uiLanguage(): string {
  try {
    return ext.i18n.getUILanguage();
  } catch {
    return '';
  }
}
