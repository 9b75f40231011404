/**
 * The trie of folded triggers, walked over the original text from a candidate start.
 * A space in a trigger matches any run of white space; combining marks and soft hyphens
 * are skipped (they fold to nothing). The walk reports every trigger that ends on the way,
 * so the caller can prefer the longest one that also satisfies tails and boundaries.
 */
import { codePointAt, isSpaceUnit, width } from './chars.ts';
import { foldCodePoint } from './fold.ts';

export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  /** Values of the triggers that end here. */
  readonly ends: T[];
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), ends: [] });

export function buildTrie<T>(entries: Iterable<readonly [folded: string, value: T]>): TrieNode<T> {
  const root = node<T>();
  for (const [folded, value] of entries) {
    let at = root;
    for (const ch of folded) {
      let child = at.next.get(ch);
      if (!child) at.next.set(ch, (child = node()));
      at = child;
    }
    at.ends.push(value);
  }
  return root;
}

export interface TrieHit<T> {
  value: T;
  /** Offset just after the trigger's last character. */
  end: number;
  /** That last character (for the camelCase rule of tails). */
  lastCp: number;
}

export function walkTrie<T>(root: TrieNode<T>, text: string, start: number, hits: TrieHit<T>[]): void {
  let at = root;
  let inSpace = false;
  for (let i = start; ; ) {
    const cp = codePointAt(text, i);
    if (cp < 0) return;
    i += width(cp);
    if (cp <= 0xffff && isSpaceUnit(cp)) {
      if (!inSpace) {
        const child = at.next.get(' ');
        if (!child) return;
        at = child;
        inSpace = true;
      }
      continue;
    }
    const f = foldCodePoint(cp);
    if (f === '') continue;
    const child = at.next.get(f);
    if (!child) return;
    at = child;
    inSpace = false;
    for (const value of at.ends) hits.push({ value, end: i, lastCp: cp });
  }
}
