import { ext } from '../shared/ext.ts';

/**
 * The languages the reader wants a pack's texts in, best first: the browser's UI language
 * (the one the extension's own labels follow), then the page's browser preferences. The
 * pack's default language is the last resort (localizePack's fallback). The card will
 * soon put the language of the text around the mention first.
 */
export function readerLanguages(): string[] {
  const wanted: string[] = [];
  try {
    const ui = ext?.i18n?.getUILanguage?.();
    if (ui) wanted.push(ui);
  } catch {
    // No extension context (a test page): the browser's preferences still say something.
  }
  if (typeof navigator !== 'undefined') wanted.push(...(navigator.languages ?? [navigator.language]).filter(Boolean));
  return wanted;
}
