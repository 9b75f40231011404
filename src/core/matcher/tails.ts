/**
 * Tails: the closed lists of endings that stay part of a mention (possessives, plurals,
 * Slavic and Romance case endings). Which list applies depends on the trigger's script
 * and on whether it is a surname; all tails are folded, so "’s" is "'s" and "S" is "s".
 */
import { codePointAt, isLower, isUpper, width } from './chars.ts';
import { foldCodePoint, foldString } from './fold.ts';

// Folded like the text they are compared with (й folds to и, so "ой" is "ои").
const byLength = (...lists: string[][]): readonly string[] =>
  lists.flat().map(foldString).sort((a, b) => b.length - a.length);

/** After any Latin-script trigger; a bare apostrophe only after a final "s". */
const GENERAL = ["'s", "s'", 's'];
const LATIN_SURNAME = ['a', 'e', 'u', 'em', 'om', 'owi', 'ovi', 'ie', 'ym'];
const CYRILLIC_SURNAME = ['а', 'у', 'е', 'ом', 'ым', 'ой', 'и', 'ові', 'ого', 'ому'];

const TAILS = {
  phrase: byLength(GENERAL),
  phraseS: byLength(GENERAL, ["'"]),
  surname: byLength(GENERAL, LATIN_SURNAME),
  surnameS: byLength(GENERAL, ["'"], LATIN_SURNAME),
  cyrillic: byLength(CYRILLIC_SURNAME),
  none: [],
};

// Script tests on folded (lower-case, mostly unaccented) text; small classes compile fast.
const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /[a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff]/;

export type TailKind = 'surname' | 'phrase';

export function tailsFor(folded: string, kind: TailKind): readonly string[] {
  if (CYRILLIC.test(folded)) return kind === 'surname' ? TAILS.cyrillic : TAILS.none;
  if (!LATIN.test(folded)) return TAILS.none;
  return TAILS[`${kind}${folded.endsWith('s') ? 'S' : ''}`];
}

/** End of `tail` read from `pos` in the original text (ignorables skipped), or -1. */
function readTail(text: string, pos: number, tail: string): number {
  let i = pos;
  for (const want of tail) {
    for (;;) {
      const cp = codePointAt(text, i);
      if (cp < 0) return -1;
      i += width(cp);
      const f = foldCodePoint(cp);
      if (f === want) break;
      if (f !== '') return -1;
    }
  }
  return i;
}

/**
 * Ends of every tail that can follow a trigger ending at `pos`, longest first, without
 * the empty tail. `lastCp` is the trigger's last character: a lower-case letter followed
 * by an upper-case tail ("stalinA") is a camelCase identifier, not an inflection.
 */
const NONE: number[] = [];

export function tailEnds(text: string, pos: number, tails: readonly string[], lastCp: number): number[] {
  if (tails.length === 0) return NONE;
  const ends: number[] = [];
  const camel = isLower(lastCp) && isUpper(codePointAt(text, pos));
  for (const tail of tails) {
    if (camel && tail[0] !== "'") continue;
    const end = readTail(text, pos, tail);
    if (end >= 0) ends.push(end);
  }
  return ends;
}
