/**
 * The prefilter: one precompiled regex over the raw text that finds every place where a
 * trigger may start. It is built from trigger "skeletons" (short folded prefixes), each
 * character widened to the class of raw characters that fold to it, with combining marks
 * and soft hyphens allowed between them. It has no lookbehind (V8 would try it at every
 * position); the boundary checks run only where it matched.
 */
import { IGNORABLE_CLASS } from './fold-rules.ts';
import { buildTrie, type TrieNode } from './trie.ts';
import { variantClass } from './variants.ts';

/** Letters of the first long word that a skeleton keeps; shorter words are kept whole. */
const SKELETON_LETTERS = 4;
const IGNORABLE = `[${IGNORABLE_CLASS}]*`;
// The ignorables before a space come from the preceding letter's IGNORABLE.
const SPACE = `\\s[\\s${IGNORABLE_CLASS}]*`;

/** "on the cult of…" -> "on the cult"; "khrushchev" -> "khru"; "1956" -> "1956". */
export function skeletonOf(folded: string): string {
  let out = '';
  for (const word of folded.split(' ')) {
    const letters = [...word];
    if (letters.length >= SKELETON_LETTERS) return out + letters.slice(0, SKELETON_LETTERS).join('');
    out += word + ' ';
  }
  return folded;
}

function emit(at: TrieNode<true>): string {
  const branches: string[] = [];
  for (const [ch, child] of at.next) {
    const head = ch === ' ' ? SPACE : variantClass(ch);
    if (child.ends.length > 0) branches.push(head); // a skeleton ends: the start is found
    else branches.push(head + (ch === ' ' ? '' : IGNORABLE) + emit(child));
  }
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** `literals` are matched as written (years); `folded` are triggers. */
export function buildPrefilter(folded: Iterable<string>, literals: readonly string[]): RegExp | null {
  const skeletons = [...new Set([...folded].map(skeletonOf))];
  const parts = literals.map((l) => l.replace(/[^0-9A-Za-z]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`));
  if (skeletons.length > 0) parts.push(emit(buildTrie(skeletons.map((s) => [s, true] as const))));
  return parts.length > 0 ? new RegExp(parts.join('|'), 'gu') : null;
}
