/**
 * Raw-text variants of folded characters: every character that folds to `f` (its case
 * partners and the precomposed letters, Kelvin sign... that fold to it). The prefilter's
 * character classes are made of them, so it runs over the original text without folding
 * it. The build precompiles the non-ASCII ones of the bundled triggers' characters
 * (precompiled.ts); any other character's (a user's alias) are found once, in the ranges
 * that hold them all (fold-table.ts).
 */
import { SPECIAL_FOLDS } from './fold-rules.ts';
import { FOLD_VARIANT_RANGES } from './fold-table.ts';
import { foldCodePoint } from './fold.ts';
import { PRECOMPILED } from './precompiled.ts';

let irregular: Map<string, string> | undefined;

/** Folded character -> the characters of the ranges (and the special folds) that fold to it. */
function irregularVariants(): Map<string, string> {
  if (!irregular) {
    irregular = new Map();
    const add = (f: string, c: string) => irregular!.set(f, (irregular!.get(f) ?? '') + c);
    for (const [cp, f] of SPECIAL_FOLDS) add(f, String.fromCodePoint(cp));
    for (let k = 0; k < FOLD_VARIANT_RANGES.length; k += 2) {
      for (let cp = FOLD_VARIANT_RANGES[k]!; cp <= FOLD_VARIANT_RANGES[k + 1]!; cp++) {
        const c = String.fromCodePoint(cp);
        const f = foldCodePoint(cp);
        if (f !== '' && f !== c) add(f, c);
      }
    }
  }
  return irregular;
}

/** Every character that folds to `f`, `f` first (a superset is harmless: the scan verifies). */
export function variantsOf(f: string): string[] {
  const out = new Set([f]);
  for (const c of [f.toUpperCase(), f.toLowerCase()]) if (c.length === f.length) out.add(c);
  for (const c of irregularVariants().get(f) ?? '') out.add(c);
  return [...out];
}

/**
 * The non-ASCII characters that fold to `f`, as sorted [first, last, …] ranges. The build
 * stores them for the bundled triggers' characters as [first, last - first, …].
 */
export function nonAsciiVariants(f: string): number[] {
  const stored = PRECOMPILED.variants[f];
  if (stored) return stored.map((x, k) => (k % 2 === 0 ? x : stored[k - 1]! + x));
  const ranges: number[] = [];
  for (const cp of variantsOf(f).map((c) => c.codePointAt(0)!).sort((a, b) => a - b)) {
    if (cp < 0x80) continue;
    if (ranges.length > 0 && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
    else ranges.push(cp, cp);
  }
  return ranges;
}

/** What the build stores for `f` (see nonAsciiVariants). */
export const storedVariants = (f: string): number[] =>
  nonAsciiVariants(f).map((x, k, ranges) => (k % 2 === 0 ? x : x - ranges[k - 1]!));
