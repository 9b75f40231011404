/** Folding and the prefilter's character classes, checked against all of Unicode. */
import { describe, expect, it } from 'vitest';
import { buildFoldGroups } from '../../scripts/gen-fold-table.ts';
import { foldCodePoint, foldString } from '../../src/core/matcher/fold.ts';
import { FOLD_GROUPS } from '../../src/core/matcher/fold-table.ts';
import { nonAsciiVariants, variantsOf } from '../../src/core/matcher/variants.ts';
import { refFold } from './helpers/reference-fold.ts';

describe('folding', () => {
  it.each([
    ['Kruşçev', 'kruscev'],
    ['Chruščëv', 'chruscev'],
    ['Jósef Stalín', 'josef stalin'],
    ['ХРУЩЁВ', 'хрущев'],
    ['Йосип', 'иосип'],
    ['C\u030Chrus\u030C', 'chrus'],
    ['İstanbul', 'istanbul'],
    ['\u212Aelvin', 'kelvin'],
    ['Stalin’s', "stalin's"],
    ['de\u2011Stalin\u00adization', 'de-stalinization'],
    ['  Great \u00a0\n Purge ', 'great purge'],
    ['Łódź, Øre, straße', 'łodz, øre, straße'],
    ['𝐀𐐀', '𝐀𐐨'],
  ])('%s -> %s', (input, folded) => expect(foldString(input)).toBe(folded));
});

describe('against all of Unicode', () => {
  it('the checked-in fold table is up to date (npx tsx scripts/gen-fold-table.ts)', () => {
    expect(buildFoldGroups()).toEqual(FOLD_GROUPS);
  }, 30_000);

  it('folds every code point as the reference does, and every variant is in its class', () => {
    const wrongFold: string[] = [];
    const missing: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (/^\s$/.test(c)) continue; // white space is matched as a run, never folded
      const expected = cp >= 0xd800 && cp <= 0xdfff ? c : refFold(c);
      if (foldCodePoint(cp) !== expected) wrongFold.push(cp.toString(16));
      if (expected !== '' && !variantsOf(expected).includes(c)) missing.push(cp.toString(16));
    }
    expect(wrongFold).toEqual([]);
    expect(missing).toEqual([]);
  }, 30_000);

  it('every non-ASCII variant is in the ranges a page takes without precompiled data', () => {
    const ranges = new Map<string, number[]>();
    const missing: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (/^\s$/.test(c) || (cp >= 0xd800 && cp <= 0xdfff)) continue;
      const f = refFold(c);
      if (f === '') continue;
      let r = ranges.get(f);
      if (!r) ranges.set(f, (r = nonAsciiVariants(f)));
      let found = false;
      for (let k = 0; k < r.length && !found; k += 2) found = r[k]! <= cp && cp <= r[k + 1]!;
      if (!found) missing.push(cp.toString(16));
    }
    expect(missing).toEqual([]);
  }, 30_000);
});
