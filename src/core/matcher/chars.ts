/**
 * Character classes the matcher asks about, with ASCII fast paths so that the common
 * case never runs a Unicode property regex (whose first use compiles large tables).
 */

// JavaScript's \s, spelled out so that no regex runs per character.
export function isSpaceUnit(u: number): boolean {
  if (u < 0x80) return u === 0x20 || (u >= 0x09 && u <= 0x0d);
  return (
    u === 0xa0 || u === 0x1680 || (u >= 0x2000 && u <= 0x200a) || u === 0x2028 ||
    u === 0x2029 || u === 0x202f || u === 0x205f || u === 0x3000 || u === 0xfeff
  );
}

// Compiled on first use, which only a candidate with a non-ASCII neighbour reaches.
const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * Characters that continue a word: letters, digits, combining marks, plus "_" (it joins
 * identifiers such as stalin_bot) and the soft hyphen (an invisible break inside a word).
 */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  }
  return cp === 0xad || WORD.test(String.fromCodePoint(cp));
}

/** Code point ending just before `i` (a whole surrogate pair when there is one), or -1. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Code point starting at `i`, or -1 past the end. */
export function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

export function isLower(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  const c = String.fromCodePoint(cp);
  return c.toUpperCase() !== c && c.toLowerCase() === c;
}

export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  const c = String.fromCodePoint(cp);
  return c.toLowerCase() !== c && c.toUpperCase() === c;
}
