/**
 * The packed radix trie (trie.ts) against the plain definition: walking a string's code
 * points reaches exactly the prefixes of the stored strings, and the values stored for a
 * string end exactly there, in the order they were given; astral characters included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, buildTrie, endsFrom, endsTo, indexRoot, rootOf, stepsFrom, type Trie } from '../../src/core/matcher/trie.ts';

/** Walks `s` from the root: the values ending after each code point, or null where the walk stops. */
function walk<T>(trie: Trie<T>, s: string): (T[] | null)[] {
  const at = rootOf();
  let alive = true;
  return [...s].map((ch) => {
    alive &&= advance(trie, at, ch.codePointAt(0)!);
    if (!alive) return null;
    return trie.values.slice(endsFrom(trie, at), endsTo(trie, at));
  });
}

function expected(entries: [string, number][], s: string): (number[] | null)[] {
  const points = [...s];
  let alive = true;
  return points.map((_, i) => {
    const prefix = points.slice(0, i + 1).join('');
    alive &&= entries.some(([stored]) => stored.startsWith(prefix) && [...stored].slice(0, i + 1).join('') === prefix);
    return alive ? entries.filter(([stored]) => stored === prefix).map(([, v]) => v) : null;
  });
}

// Few letters, so that strings share prefixes; astral ones on both sides of U+E000–U+FFFF in UTF-16 order.
const letter = fc.constantFrom('a', 'b', 'á', 'я', ' ', '\ufb01', '\uff41', '😀', '😁', '𝐀', '\u{20000}');
const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));

describe('the packed trie', () => {
  it('walks to exactly the stored prefixes, and ends exactly at the stored strings', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 10 }), (stored, probes) => {
        const entries = stored.map((s, i): [string, number] => [s, i]);
        const trie = buildTrie(entries);
        for (const s of [...stored, ...probes]) expect(walk(trie, s), s).toEqual(expected(entries, s));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the children of every node sorted by code point, and one node per chain', () => {
    const trie = buildTrie(['khrushchev', 'khrushchev thaw', 'stalin', 'stalinism', '😀x', '\uff41'].map((s, i) => [s, i] as const));
    const keys = stepsFrom(trie, rootOf()).map(([f]) => f);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(keys).toEqual(['k', 's', '\uff41', '😀'].map((c) => c.codePointAt(0)));
    // Root, khrushchev, " thaw", stalin, "ism", ａ, 😀x: seven nodes, not one per character.
    expect(trie.child.length - 1).toBe(7);
    expect(trie.labels).toBe('khrushchevstalin\uff41😀x thawism');
  });

  it('keeps several values of one string in their order', () => {
    const trie = buildTrie([['nikita', 'a'], ['ivan', 'b'], ['nikita', 'c']]);
    expect(walk(trie, 'nikita').at(-1)).toEqual(['a', 'c']);
  });

  it('is plain data but for its root index, which a received trie is given again', () => {
    const { root, ...data } = buildTrie(['один', 'одна', 'two words', '𝐀𝐁'].map((s, i) => [s, i] as const));
    const received = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(received).toEqual(data);
    expect(indexRoot(received).root).toEqual(root);
    expect(walk(indexRoot(received), 'одна').at(-1)).toEqual([1]);
  });
});
