/**
 * Reference folding for tests, written straight from the definition (and separately
 * from src/core/matcher/fold.ts): lower case; for letters, canonical decomposition with
 * the Latin/Greek/Cyrillic combining diacritics removed when one character is left;
 * those diacritics and the soft hyphen vanish; ’ is ', non-breaking hyphens are -,
 * white space is one space.
 */
const IGNORABLE = /^[\u00ad\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]$/;
const LETTER = /^\p{L}$/u;

export const isIgnorableChar = (c: string): boolean => IGNORABLE.test(c);

export function refFold(c: string): string {
  if (/^\s$/.test(c)) return ' ';
  if (IGNORABLE.test(c)) return '';
  if (c === '\u2019') return "'";
  if (c === '\u2010' || c === '\u2011') return '-';
  const lower = c.toLowerCase();
  if (LETTER.test(c)) {
    const decomposed = [...lower.normalize('NFD')];
    const kept = decomposed.filter((d) => !IGNORABLE.test(d));
    if (kept.length === 1 && kept.length < decomposed.length) return kept[0]!;
  }
  return [...lower].length === 1 ? lower : c;
}

export function refFoldString(s: string): string {
  return [...s].map(refFold).join('').replace(/ +/g, ' ').trim();
}
