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
  const browser = uiLanguage();
  if (browser && !wanted.includes(browser)) wanted.push(browser);
  return wanted;
}

let ui: string | undefined;

/** The browser's UI language, asked once: the first call costs milliseconds in Chromium. */
function uiLanguage(): string {
  if (ui === undefined) {
    try {
      ui = ext.i18n.getUILanguage();
    } catch {
      ui = '';
    }
  }
  return ui;
}
