/**
 * The message key for a count: `${prefix}One`, `${prefix}Few`, `${prefix}Many`, `${prefix}Other`...
 * (the CLDR categories of `locale`). Each locale file defines the categories its language uses.
 */
export function pluralKey(prefix: string, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return `${prefix}${category.charAt(0).toUpperCase()}${category.slice(1)}`;
}
