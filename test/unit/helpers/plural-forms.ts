/**
 * The catalogue keys a plural prefix needs in `locale`: one per CLDR category the language
 * has (`${prefix}One`, `${prefix}Few`…), named as `pluralKey` names them.
 */
export function pluralForms(prefix: string, locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories
    .map((category) => `${prefix}${category.charAt(0).toUpperCase()}${category.slice(1)}`);
}

/** Whether `key` is one of `prefix`'s plural forms in any language. */
export function isPluralForm(key: string, prefix: string): boolean {
  return /^(Zero|One|Two|Few|Many|Other)$/.test(key.slice(prefix.length)) && key.startsWith(prefix);
}
