import { ext } from '../shared/ext.ts';

/** A UI string from `_locales`; the key itself if it is missing (visible in review, never blank). */
export function t(key: string, ...substitutions: string[]): string {
  return ext.i18n.getMessage(key, substitutions) || key;
}
