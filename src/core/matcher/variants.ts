/**
 * Raw-text character classes for folded characters: every character that folds to `f`
 * (its case partners and the irregular variants of the fold table). The prefilter regex
 * is built from these classes, so it runs over the original text without folding it.
 */
import { SPECIAL_FOLDS } from './fold-rules.ts';
import { FOLD_GROUPS } from './fold-table.ts';

let groups: Map<string, string> | undefined;

export function variantsOf(f: string): string[] {
  if (!groups) {
    groups = new Map();
    for (const [cp, folded] of SPECIAL_FOLDS) groups.set(folded, (groups.get(folded) ?? '') + String.fromCodePoint(cp));
    for (const g of FOLD_GROUPS) {
      const first = g.codePointAt(0)!;
      groups.set(String.fromCodePoint(first), g.slice(first > 0xffff ? 2 : 1));
    }
  }
  // Case partners: a superset is harmless here (the scan verifies every candidate).
  const out = new Set([f, ...(groups.get(f) ?? '')]);
  for (const c of [f.toUpperCase(), f.toLowerCase()]) if (c.length === f.length) out.add(c);
  return [...out];
}

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;

/** Regex source (for a `u` regex) matching any raw character that folds to `f`. */
export function variantClass(f: string): string {
  const cps = variantsOf(f).map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
  if (cps.length === 1) return /^[A-Za-z0-9]$/.test(f) ? f : hex(cps[0]!);
  let body = '';
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    body += j - i >= 2 ? `${hex(cps[i]!)}-${hex(cps[j]!)}` : cps.slice(i, j + 1).map(hex).join('');
    i = j + 1;
  }
  return `[${body}]`;
}
