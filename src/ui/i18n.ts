import browser from 'webextension-polyfill';

/** A UI string from `_locales`; the key itself if it is missing (visible in review, never blank). */
export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
