/**
 * The two hand-written rules of folding (the rest comes from Unicode decomposition):
 * which characters vanish, and a few equivalences that web text needs.
 */

/**
 * Ignorable: the soft hyphen (an invisible break hint inside a word) and the combining
 * diacritics that Latin, Greek and Cyrillic text uses, so that decomposed "Chruščëv"
 * equals the precomposed one. Other combining marks (Indic vowel signs...) are letters'
 * own parts and stay significant. [first, last] code points.
 */
export const IGNORABLE_RANGES: readonly (readonly [number, number])[] = [
  [0xad, 0xad],
  [0x300, 0x36f],
  [0x483, 0x489],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

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

const hex = (cp: number) => `\\u${cp.toString(16).padStart(4, '0')}`;

/** The same set as a regex class body (for the prefilter). */
export const IGNORABLE_CLASS = IGNORABLE_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');

/** The typographic apostrophe equals the ASCII one; non-breaking hyphens equal "-". */
export const SPECIAL_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x2019, "'"],
  [0x2010, '-'],
  [0x2011, '-'],
]);
