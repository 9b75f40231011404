/**
 * The trie of folded triggers, keyed by folded code points (0x20 stands for a run of
 * white space). The scan walks it over the original text (verify.ts). Most nodes have a
 * single child, kept without a map: cheaper to build on every page load, and to walk.
 */
export interface TrieNode<T> {
  /** The key of the only child, or -1 (none, or several: see `next`). */
  only: number;
  onlyChild: TrieNode<T> | undefined;
  /** All children, once there are two or more. */
  next: Map<number, TrieNode<T>> | undefined;
  /** Values of the triggers that end here. */
  readonly ends: T[];
}

const node = <T>(): TrieNode<T> => ({ only: -1, onlyChild: undefined, next: undefined, ends: [] });

export function childOf<T>(at: TrieNode<T>, f: number): TrieNode<T> | undefined {
  return at.only === f ? at.onlyChild : at.next?.get(f);
}

/** Every child, with its key. */
export function childrenOf<T>(at: TrieNode<T>): Iterable<[number, TrieNode<T>]> {
  return at.next ?? (at.onlyChild ? [[at.only, at.onlyChild]] : []);
}

export function buildTrie<T>(entries: Iterable<readonly [folded: string, value: T]>): TrieNode<T> {
  const root = node<T>();
  for (const [folded, value] of entries) {
    let at = root;
    for (let i = 0; i < folded.length; ) {
      const cp = folded.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      let child = childOf(at, cp);
      if (!child) {
        child = node<T>();
        if (at.next) {
          at.next.set(cp, child);
        } else if (at.onlyChild) {
          at.next = new Map([[at.only, at.onlyChild], [cp, child]]);
          at.only = -1;
          at.onlyChild = undefined;
        } else {
          at.only = cp;
          at.onlyChild = child;
        }
      }
      at = child;
    }
    at.ends.push(value);
  }
  return root;
}
