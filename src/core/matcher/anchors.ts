/**
 * The gate's anchors: for each trigger, its longest word (at most ANCHOR_LENGTH characters
 * of it, the rarest stretch). One alternation of such anchors runs several
 * times faster over ordinary text than a regex of whole triggers, whose first letters
 * ("s", "t", "c"...) begin every other word: with long alternatives V8 skips ahead over
 * text that cannot hold any of them. A hit says a trigger may start at most `back` letters
 * before it; gate.ts tries those positions.
 */

/** English letter frequencies (percent): between stretches of one length, the rarer wins. */
const FREQUENCY: Readonly<Record<string, number>> = {
  e: 12.7, t: 9.1, a: 8.2, o: 7.5, i: 7.0, n: 6.7, s: 6.3, h: 6.1, r: 6.0, d: 4.3, l: 4.0, c: 2.8, u: 2.8,
  m: 2.4, w: 2.4, f: 2.2, g: 2.0, y: 2.0, p: 1.9, b: 1.5, v: 1.0, k: 0.8, j: 0.15, x: 0.15, q: 0.1, z: 0.07,
};
const commonness = (stretch: string): number => [...stretch].reduce((sum, c) => sum + (FREQUENCY[c] ?? 0.5), 0);

/** Longer anchors skip further; past this length a word adds little. */
export const ANCHOR_LENGTH = 12;

export interface Anchors {
  /** An alternation of the anchors (flags gi, no u), or null when there is no trigger. */
  anchors: string | null;
  /** The most letters of any trigger before its anchor. */
  back: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The anchor of a folded trigger (words separated by single spaces) and how many letters precede it. */
export function anchorOf(trigger: string): { anchor: string; before: number } {
  let best = { anchor: '', before: 0, score: Infinity };
  let letters = 0;
  for (const word of trigger.split(' ')) {
    const length = Math.min(word.length, ANCHOR_LENGTH);
    for (let i = 0; i + length <= word.length; i++) {
      const stretch = word.slice(i, i + length);
      const score = commonness(stretch);
      if (length > best.anchor.length || (length === best.anchor.length && score < best.score)) best = { anchor: stretch, before: letters + i, score };
    }
    letters += word.length;
  }
  return { anchor: best.anchor, before: best.before };
}

/** The anchors of folded triggers, and their characters. */
export function anchorsOf(triggers: readonly string[]): Anchors & { chars: string[] } {
  const anchors = new Set<string>();
  let back = 0;
  for (const trigger of triggers) {
    const { anchor, before } = anchorOf(trigger);
    anchors.add(anchor);
    back = Math.max(back, before);
  }
  // Longest first, so that no anchor hides a longer one at the same place; sorted for a stable source.
  const sorted = [...anchors].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { anchors: sorted.length > 0 ? sorted.map(escape).join('|') : null, back, chars: [...new Set(sorted.join(''))] };
}
