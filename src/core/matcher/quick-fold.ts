/**
 * What the gate needs to decide a whole text at once (gate.ts, `any`): the raw characters
 * that the anchors' regex (flags gi, no u) would not take for the folded characters of the
 * anchors, and what they fold to. Replacing them (and dropping ignorables) turns a text
 * into one where every trigger shows its anchor literally, so one more run of the
 * anchors' regex says whether any trigger can be there: accented, Cyrillic or Greek text
 * is decided by two regex passes and one replace, with no walk at its letters.
 */
import { IGNORABLE_CLASS } from './fold-rules.ts';
import { foldCodePoint } from './fold.ts';
import { variantsOf } from './variants.ts';

export interface QuickFold {
  /** Class body: those variants and the ignorables (no u flag). */
  variants: string;
  /** Each such variant followed by what it folds to, one code unit each. */
  folds: string;
}

const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
/** Letters stand as themselves (a third of the size: a pack may have hundreds of variants); anything else escaped. */
const inClass = (c: string) => (/^\p{L}$/u.test(c) ? c : hex(c.charCodeAt(0)));

/**
 * For the folded characters of anchors; null when one of them, or one of their variants,
 * is astral (a class without the u flag cannot hold it: the gate then walks instead).
 */
export function quickFoldOf(chars: Iterable<string>): QuickFold | null {
  let variants = '';
  let folds = '';
  for (const f of new Set(chars)) {
    if (f.length !== 1) return null;
    const same = new RegExp(`^${hex(f.charCodeAt(0))}$`, 'i');
    for (const c of variantsOf(f)) {
      // (variantsOf may add a case partner that folds elsewhere: I is not a variant of ı.)
      if (foldCodePoint(c.codePointAt(0)!) !== f || same.test(c)) continue; // the regex's own case-folding takes it
      if (c.length !== 1) return null;
      variants += inClass(c);
      folds += c + f;
    }
  }
  return { variants: variants + IGNORABLE_CLASS, folds };
}
