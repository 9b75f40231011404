/**
 * The two hand-written rules of folding (the rest comes from Unicode decomposition):
 * which characters vanish, and a few equivalences that web text needs.
 */

/**
 * Ignorable: the soft hyphen (an invisible break hint inside a word) and the combining
 * diacritics that Latin, Greek and Cyrillic text uses, so that decomposed "Chruščëv"
 * equals the precomposed one. Other combining marks (Indic vowel signs...) are letters'
 * own parts and stay significant.
 */
export function isIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x483 && cp <= 0x489) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

/** The same set as a regex class body (for the prefilter). */
export const IGNORABLE_CLASS = String.raw`\u00ad\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f`;

/** The typographic apostrophe equals the ASCII one; non-breaking hyphens equal "-". */
export const SPECIAL_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x2019, "'"],
  [0x2010, '-'],
  [0x2011, '-'],
]);
