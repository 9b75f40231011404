/**
 * Every trigger that could start at a candidate position: direct trie hits, plus
 * surnames joined to a preceding given name ("Nikita Sergeyevich Khrushchev" is one
 * mention; "Nikita" alone is none).
 */
import { codePointAt, isSpaceUnit, width } from './chars.ts';
import type { Compiled, Trigger } from './compile.ts';
import { foldCodePoint } from './fold.ts';
import { walkTrie, type TrieHit } from './trie.ts';

/** Index after a run of white space (ignorables allowed) starting at `i`, or -1. */
function afterSpaceRun(text: string, i: number): number {
  let seen = false;
  for (;;) {
    const cp = codePointAt(text, i);
    const space = cp >= 0 && cp <= 0xffff && isSpaceUnit(cp);
    if (!space && (cp < 0 || foldCodePoint(cp) !== '')) return seen ? i : -1;
    seen ||= space;
    i += width(cp);
  }
}

const given: TrieHit<string>[] = [];
const joined: TrieHit<Trigger>[] = [];

export function collectHits(c: Compiled, text: string, start: number, hits: TrieHit<Trigger>[]): void {
  hits.length = 0;
  walkTrie(c.trie, text, start, hits);
  given.length = 0;
  walkTrie(c.givenNames, text, start, given);
  for (const name of given) {
    const surname = afterSpaceRun(text, name.end);
    if (surname < 0) continue;
    joined.length = 0;
    walkTrie(c.trie, text, surname, joined);
    for (const hit of joined) {
      const t = hit.value;
      if (t.surname && `${t.topic}/${t.entity}` === name.value) hits.push(hit);
    }
  }
}
