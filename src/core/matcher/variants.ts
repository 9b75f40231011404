/**
 * Raw-text variants of folded characters: every character that folds to `f` (its case
 * partners and the precomposed letters, Kelvin sign... that fold to it). The prefilter's
 * character classes are made of them, so it runs over the original text without folding
 * it. Finding them exactly means folding every character of the ranges that hold them
 * (fold-table.ts): the build does that for the bundled triggers' characters, for the
 * classes it precompiles (precompiled.ts: the gate's, the prefilter's special class); for
 * any other class a page takes the ranges of the character's script, a superset (the scan
 * verifies every candidate), and carries no table of variants.
 */
import { SPECIAL_FOLDS } from './fold-rules.ts';
import { FOLD_VARIANT_RANGES } from './fold-table.ts';
import { foldCodePoint } from './fold.ts';

/** Folded character -> [first, last - first, …] ranges of its non-ASCII variants (the build's, exact). */
export type ExactVariants = Readonly<Record<string, readonly number[]>>;

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
 * What the build stores for `f`: its non-ASCII variants other than `f` and its upper case
 * (a page adds those), as [first, last - first, …].
 */
export function storedVariants(f: string): number[] {
  const pairs: number[] = [];
  const own = new Set([f, f.toUpperCase()]);
  for (const cp of variantsOf(f).filter((c) => !own.has(c)).map((c) => c.codePointAt(0)!).sort((a, b) => a - b)) {
    if (cp < 0x80) continue;
    const first = pairs[pairs.length - 2];
    if (first !== undefined && first + pairs[pairs.length - 1]! === cp - 1) pairs[pairs.length - 1]!++;
    else pairs.push(cp, 0);
  }
  return pairs;
}

// Where the variants of a script's letters lie (fold-table.ts): Latin (with the Kelvin
// and Ångström signs), Greek (with the Ohm sign), Cyrillic; anything else may be anywhere.
const LATIN = [0xc0, 0x24f, 0x1e00, 0x1eff, 0x212a, 0x212b];
const GREEK = [0x370, 0x3ff, 0x1f00, 0x1fff, 0x2126, 0x2126];
const CYRILLIC = [0x400, 0x4ff];

/**
 * The non-ASCII characters that fold to `f` as [first, last, …] ranges, not necessarily
 * sorted or disjoint: exact when precompiled, else a superset.
 */
export function nonAsciiVariants(f: string, exact: ExactVariants = {}): number[] {
  const cp = f.codePointAt(0)!;
  const upper = f.toUpperCase().codePointAt(0)!;
  const stored = exact[f];
  const script = cp < 0x2b0 ? LATIN : cp >= 0x370 && cp < 0x400 ? GREEK : cp >= 0x400 && cp < 0x530 ? CYRILLIC : FOLD_VARIANT_RANGES;
  const ranges = [...(stored ? stored.map((x, k) => (k % 2 === 0 ? x : stored[k - 1]! + x)) : script), cp, cp, upper, upper];
  if (!stored) for (const [from, to] of SPECIAL_FOLDS) if (to === f) ranges.push(from, from);
  return ranges.filter((_, k) => ranges[k - (k % 2)]! >= 0x80);
}
