/**
 * The trie of folded triggers, keyed by folded code points (0x20 stands for a run of
 * white space). The scan walks it over the original text (verify.ts).
 *
 * It is a radix trie packed into plain arrays and one string: a chain of single children
 * is one node with a label of several characters. Built once per matcher, it holds no
 * object per node, so the background can build it for big imported topics and a page
 * receive it ready to walk (portable.ts): a page that built a trie of 2,000 triggers
 * itself spent most of its matcher's cost doing so, in code that runs cold.
 *
 * Nodes are numbered breadth first, the root 0 with an empty label; the children of a
 * node are numbered consecutively, sorted by the first code point of their labels.
 */
export interface Trie<T> {
  /** Every node's label, one after the other in node order. */
  labels: string;
  /** Node n's label is labels[start[n], start[n + 1]). */
  start: readonly number[];
  /** The first code point of node n's label (-1 for the root): what a walk picks a child by. */
  keys: readonly number[];
  /** Node n's children are the nodes child[n] … child[n + 1] - 1. */
  child: readonly number[];
  /** The values of the triggers that end at node n are values[ends[n] … ends[n + 1] - 1]. */
  ends: readonly number[];
  values: readonly T[];
  /**
   * The root's children by key: every walk starts there, and in a big pack it has hundreds
   * (made where the trie is walked, by buildTrie or indexRoot; not sent).
   */
  root?: ReadonlyMap<number, number>;
}

/** `t` with its root's children indexed (a trie received as data). */
export function indexRoot<T>(t: Trie<T>): Trie<T> {
  const root = new Map<number, number>();
  for (let next = t.child[0]!; next < t.child[1]!; next++) root.set(t.keys[next]!, next);
  return { ...t, root };
}

/** A place in a trie: in node `node`'s label, before `pos` (at its end when pos is the label's end). */
export interface Cursor {
  node: number;
  pos: number;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The child of `node` whose label starts with `f`, or -1. */
function childOf<T>(t: Trie<T>, node: number, f: number): number {
  if (node === 0 && t.root) return t.root.get(f) ?? -1;
  let lo = t.child[node]!;
  let hi = t.child[node + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.keys[mid]! < f) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.child[node + 1]! && t.keys[lo] === f ? lo : -1;
}

/** Moves `at` over the folded character `f`; false (and `at` unchanged) when no trigger goes on with it. */
export function advance<T>(t: Trie<T>, at: Cursor, f: number): boolean {
  if (at.pos < t.start[at.node + 1]!) {
    if (t.labels.codePointAt(at.pos) !== f) return false;
  } else {
    const next = childOf(t, at.node, f);
    if (next < 0) return false;
    at.node = next;
    at.pos = t.start[next]!;
  }
  at.pos += width(f);
  return true;
}

/**
 * The values of the triggers that end where `at` is: t.values[endsFrom … endsTo - 1]
 * (none inside a label).
 */
export function endsFrom<T>(t: Trie<T>, at: Cursor): number {
  return at.pos === t.start[at.node + 1] ? t.ends[at.node]! : t.ends[at.node + 1]!;
}

export function endsTo<T>(t: Trie<T>, at: Cursor): number {
  return t.ends[at.node + 1]!;
}

/** Every character that may follow `at`, with the place it leads to. */
export function stepsFrom<T>(t: Trie<T>, at: Cursor): [number, Cursor][] {
  if (at.pos < t.start[at.node + 1]!) {
    const f = t.labels.codePointAt(at.pos)!;
    return [[f, { node: at.node, pos: at.pos + width(f) }]];
  }
  const steps: [number, Cursor][] = [];
  for (let next = t.child[at.node]!; next < t.child[at.node + 1]!; next++) {
    const f = t.keys[next]!;
    steps.push([f, { node: next, pos: t.start[next]! + width(f) }]);
  }
  return steps;
}

export const rootOf = (): Cursor => ({ node: 0, pos: 0 });

const hasSurrogate = (s: string): boolean => /[\ud800-\udfff]/.test(s);

/** Code point order (the plain sort is UTF-16 order, which differs past U+FFFF). */
function byCodePoints(a: string, b: string): number {
  for (let i = 0; ; ) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x === undefined || y === undefined || x !== y) return (x ?? -1) - (y ?? -1);
    i += width(x);
  }
}

/**
 * The trie of `entries` (folded strings, not empty); the values of one string keep
 * their order. In a sorted list, the strings that share a prefix are adjacent, shorter
 * first: each node is a range of them, split by the character after the prefix.
 */
export function buildTrie<T>(entries: Iterable<readonly [folded: string, value: T]>): Trie<T> {
  const items = [...entries];
  const order = items.map((_, i) => i);
  const text = (k: number): string => items[order[k]!]![0];
  // Array sort is stable: the values of one string stay in their order.
  const compare = items.some(([s]) => hasSurrogate(s)) ? byCodePoints : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  order.sort((a, b) => compare(items[a]![0], items[b]![0]));

  let labels = '';
  const start = [0, 0]; // the root's label: empty
  const keys = [-1];
  const child: number[] = [];
  const ends: number[] = [];
  const values: T[] = [];
  let nodes = 1;
  // Each node of a level as [first, end, offset]: its strings, and the length of its prefix.
  for (let level = [0, items.length, 0]; level.length > 0; ) {
    const next: number[] = [];
    for (let k = 0; k < level.length; k += 3) {
      let lo = level[k]!;
      const hi = level[k + 1]!;
      const offset = level[k + 2]!;
      ends.push(values.length);
      for (; lo < hi && text(lo).length === offset; lo++) values.push(items[order[lo]!]![1]);
      child.push(nodes);
      while (lo < hi) {
        const first = text(lo);
        const cp = first.codePointAt(offset)!;
        let end = lo + 1;
        while (end < hi && text(end).codePointAt(offset) === cp) end++;
        // The label runs as far as every string of the group agrees: the first and the last do.
        const last = text(end - 1);
        let stop = offset + width(cp);
        while (stop < first.length && first.charCodeAt(stop) === last.charCodeAt(stop)) stop++;
        const unit = first.charCodeAt(stop - 1);
        if (unit >= 0xd800 && unit <= 0xdbff) stop--; // never half a pair
        labels += first.slice(offset, stop);
        start.push(labels.length);
        keys.push(cp);
        next.push(lo, end, stop);
        nodes++;
        lo = end;
      }
    }
    level = next;
  }
  child.push(nodes);
  ends.push(values.length);
  return indexRoot({ labels, start, keys, child, ends, values });
}
