/**
 * Folding: the case-, diacritic- and ё/е-insensitive form of text. Every code point
 * folds to at most one code point (none for ignorables), so a walk over the original text
 * can compare folded characters and keep exact original offsets. The definition and the
 * per-code-point folding live in chars.ts; these are its string forms.
 */
import { foldCode, isSpaceUnit, VANISHES, width } from './chars.ts';

export function foldCodePoint(cp: number): string {
  const f = foldCode(cp);
  return f === VANISHES ? '' : String.fromCodePoint(f);
}

/** Folds a trigger or alias: white-space runs become one space, ends trimmed. */
export function foldString(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    i += width(cp);
    if (isSpaceUnit(cp)) {
      space = out !== '';
      continue;
    }
    const f = foldCode(cp);
    if (f === VANISHES) continue;
    if (space) out += ' ';
    space = false;
    out += String.fromCodePoint(f);
  }
  return out;
}
