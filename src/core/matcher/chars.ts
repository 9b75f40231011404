/**
 * What the matcher asks about single characters: white space, word characters, case and
 * folding. ASCII is answered inline; anything else is computed once per code point from
 * the engine's own Unicode data (one property regex, compiled on first use) and cached.
 */
import { isIgnorable, SPECIAL_FOLDS } from './fold-rules.ts';

// JavaScript's \s, spelled out so that no regex runs per character.
export function isSpaceUnit(u: number): boolean {
  if (u < 0x80) return u === 0x20 || (u >= 0x09 && u <= 0x0d);
  return (
    u === 0xa0 || u === 0x1680 || (u >= 0x2000 && u <= 0x200a) || u === 0x2028 ||
    u === 0x2029 || u === 0x202f || u === 0x205f || u === 0x3000 || u === 0xfeff
  );
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

const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * The definition of folding, for one character that is not ASCII: lower case; for letters,
 * the canonical decomposition without its ignorable diacritics when one character is left.
 * (A character that decomposes so is never a digit or a mark, so the word test stands for
 * the letter test.)
 */
export function definitionFold(c: string, word = WORD.test(c)): string {
  const cp = c.codePointAt(0)!;
  if (isIgnorable(cp)) return '';
  const special = SPECIAL_FOLDS.get(cp);
  if (special !== undefined) return special;
  const lower = c.toLowerCase();
  const decomposed = lower.normalize('NFD');
  let kept = '';
  let count = 0;
  for (const d of decomposed) {
    if (!isIgnorable(d.codePointAt(0)!)) {
      kept += d;
      count++;
    }
  }
  if (count === 1 && kept !== decomposed && word) return kept;
  return lower.length === width(lower.codePointAt(0)!) ? lower : c; // İ lower-cases to two characters
}

/** What `foldCode` returns for an ignorable character (it folds to nothing). */
export const VANISHES = -1;

// Facts about a code point, packed: (folded + 2) << 3 | LOWER | UPPER | WORD; 0 = not yet known.
const WORD_BIT = 1;
const LOWER_BIT = 2;
const UPPER_BIT = 4;
const bmp: (Int32Array | undefined)[] = [];
const astral = new Map<number, number>();

function compute(cp: number): number {
  const c = String.fromCodePoint(cp);
  const word = cp === 0xad || WORD.test(c); // the soft hyphen is an invisible break inside a word
  const f = definitionFold(c, word);
  const upper = c.toUpperCase();
  const lower = c.toLowerCase();
  const folded = f === '' ? VANISHES : f.codePointAt(0)!;
  return ((folded + 2) << 3) | (word ? WORD_BIT : 0) | (upper !== c && lower === c ? LOWER_BIT : 0) | (lower !== c && upper === c ? UPPER_BIT : 0);
}

function info(cp: number): number {
  if (cp > 0xffff) {
    let facts = astral.get(cp);
    if (facts === undefined) astral.set(cp, (facts = compute(cp)));
    return facts;
  }
  const block = (bmp[cp >> 8] ??= new Int32Array(256));
  return (block[cp & 0xff] ||= compute(cp));
}

/** The folded code point of `cp`, or VANISHES. */
export function foldCode(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  return (info(cp) >> 3) - 2;
}

/**
 * Characters that continue a word: letters, digits, combining marks, plus "_" (it joins
 * identifiers such as stalin_bot) and the soft hyphen (an invisible break inside a word).
 */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  }
  return (info(cp) & WORD_BIT) !== 0;
}

export function isLower(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return (info(cp) & LOWER_BIT) !== 0;
}

export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return (info(cp) & UPPER_BIT) !== 0;
}
