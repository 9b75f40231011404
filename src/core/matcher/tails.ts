/**
 * Tails: the closed lists of endings that stay part of a mention (possessives, plurals,
 * Slavic and Romance case endings). Which list applies depends on the trigger's script
 * and on whether it is a surname; all tails are folded, so "’s" is "'s" and "S" is "s".
 */
import { boundaryAt, skipIgnorables } from './boundaries.ts';
import { codePointAt, codePointBefore, foldCode, isLower, isUpper, VANISHES, width } from './chars.ts';
import { foldString } from './fold.ts';

/** A tail as folded code points. */
export type Tail = readonly number[];

// Folded like the text they are compared with (й folds to и, so "ой" is "ои"); longest first.
const byLength = (...lists: string[][]): readonly Tail[] =>
  lists.flat().map(foldString).sort((a, b) => b.length - a.length).map((t) => [...t].map((c) => c.codePointAt(0)!));

/** After any Latin-script trigger; a bare apostrophe only after a final "s". */
const GENERAL = ["'s", "s'", 's'];
const LATIN_SURNAME = ['a', 'e', 'u', 'em', 'om', 'owi', 'ovi', 'ie', 'ym'];
const CYRILLIC_SURNAME = ['а', 'у', 'е', 'ом', 'ым', 'ой', 'и', 'ові', 'ого', 'ому'];

/** The lists, by name: a trigger keeps its list's name (plain data, for portable.ts). */
export const TAILS = {
  phrase: byLength(GENERAL),
  phraseS: byLength(GENERAL, ["'"]),
  surname: byLength(GENERAL, LATIN_SURNAME),
  surnameS: byLength(GENERAL, ["'"], LATIN_SURNAME),
  cyrillic: byLength(CYRILLIC_SURNAME),
  none: [] as readonly Tail[],
};

// Script tests on folded (lower-case, mostly unaccented) text; small classes compile fast.
const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /[a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff]/;

export type TailKind = 'surname' | 'phrase';
export type TailsName = keyof typeof TAILS;

/** The name of the tails list of a folded trigger. */
export function tailsFor(folded: string, kind: TailKind): TailsName {
  if (CYRILLIC.test(folded)) return kind === 'surname' ? 'cyrillic' : 'none';
  if (!LATIN.test(folded)) return 'none';
  return `${kind}${folded.endsWith('s') ? 'S' : ''}`;
}

/** End of `tail` read from `pos` in the original text (ignorables skipped), or -1. */
function tailEnd(text: string, pos: number, tail: Tail): number {
  let i = pos;
  for (const want of tail) {
    for (;;) {
      const cp = codePointAt(text, i);
      if (cp < 0) return -1;
      i += width(cp);
      const f = foldCode(cp);
      if (f === want) break;
      if (f !== VANISHES) return -1;
    }
  }
  return i;
}

const APOSTROPHE = 0x27;
const isAsciiLetter = (u: number): boolean => (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7a;

/**
 * End of a mention whose trigger ends at `triggerEnd`: after the longest tail that ends on
 * a word boundary, else at the trigger's end (ignorables skipped) when that is a
 * boundary, else -1. A lower-case letter followed by an upper-case tail ("stalinA") is a
 * camelCase identifier, not an inflection.
 */
export function mentionEnd(text: string, triggerEnd: number, tails: readonly Tail[]): number {
  const base = skipIgnorables(text, triggerEnd);
  const plain = boundaryAt(text, base) ? base : -1;
  const next = text.charCodeAt(base); // NaN at the end: no tail
  // Every tail starts with a letter or an apostrophe: most mentions end before neither.
  if (tails.length === 0 || !(next >= 0x80 || next === APOSTROPHE || isAsciiLetter(next))) return plain;
  const first = codePointAt(text, base);
  const folded = foldCode(first);
  const camel = isUpper(first) && isLower(codePointBefore(text, triggerEnd));
  for (const tail of tails) {
    if (tail[0] !== folded || (camel && folded !== APOSTROPHE)) continue;
    const end = tailEnd(text, base, tail);
    if (end < 0) continue;
    const after = skipIgnorables(text, end);
    if (boundaryAt(text, after)) return after;
  }
  return plain;
}
