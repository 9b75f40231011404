/**
 * Folding: the case-, diacritic- and ё/е-insensitive form of text. Every code point
 * folds to at most one code point ('' for ignorables), so a walk over the original text
 * can compare folded characters and keep exact original offsets.
 */
import { isSpaceUnit, width } from './chars.ts';
import { isIgnorable, SPECIAL_FOLDS } from './fold-rules.ts';
import { FOLD_GROUPS } from './fold-table.ts';

let forward: Map<number, string> | undefined;

/** Irregular variant -> folded character; built on the first non-ASCII fold. */
function irregular(): Map<number, string> {
  if (!forward) {
    forward = new Map(SPECIAL_FOLDS);
    for (const group of FOLD_GROUPS) {
      const [folded = '', ...variants] = [...group];
      for (const v of variants) forward.set(v.codePointAt(0)!, folded);
    }
  }
  return forward;
}

const cache = new Map<number, string>();

function foldSlow(cp: number): string {
  if (isIgnorable(cp)) return '';
  const known = irregular().get(cp);
  if (known !== undefined) return known;
  const c = String.fromCodePoint(cp);
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : c; // İ-style multi-character lower case is in the table
}

export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  let folded = cache.get(cp);
  if (folded === undefined) cache.set(cp, (folded = foldSlow(cp)));
  return folded;
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
    const f = foldCodePoint(cp);
    if (f === '') continue;
    if (space) out += ' ';
    space = false;
    out += f;
  }
  return out;
}
