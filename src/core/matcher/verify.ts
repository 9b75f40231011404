/**
 * Verifies one candidate start in place: walks the trie of folded triggers over the
 * original text (white-space runs match a space, ignorables are skipped), joins a given
 * name to a following surname of the same person, and keeps the longest mention that
 * also satisfies tails, boundaries, the year rules and URL runs. Allocates nothing.
 */
import { boundaryBefore } from './boundaries.ts';
import { foldCode, isSpaceUnit, VANISHES } from './chars.ts';
import type { Compiled, Trigger } from './compile.ts';
import { mentionEnd, TAILS } from './tails.ts';
import { advance, endsFrom, endsTo, type Cursor, type Trie } from './trie.ts';
import { inRuns, urlRunsOf } from './url-runs.ts';
import { yearEnd } from './year.ts';

/** The best mention found so far at one start, and the URL runs of the text (once known). */
export interface Best {
  end: number;
  triggerEnd: number;
  trigger: Trigger | null;
  urls: number[] | null;
  /** Where in `urls` the last lookup ended. */
  run: number;
}

const SPACE = 0x20;

// One cursor per walk (a given-name walk runs trigger walks from inside its own).
const triggerAt: Cursor = { node: 0, pos: 0 };
const givenAt: Cursor = { node: 0, pos: 0 };
const startAt: Cursor = { node: 0, pos: 0 };
const toRoot = (at: Cursor): Cursor => ((at.node = at.pos = 0), at);

/**
 * Folds the character at `i`, packed with its width: (folded + 1) * 4 + width, where
 * folded is SPACE for any white space and VANISHES for an ignorable.
 */
function read(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u < 0x80) return ((u === 0x20 || (u >= 0x09 && u <= 0x0d) ? SPACE : u >= 0x41 && u <= 0x5a ? u + 32 : u) + 1) * 4 + 1;
  const cp = u >= 0xd800 && u <= 0xdbff ? text.codePointAt(i)! : u;
  return ((cp <= 0xffff && isSpaceUnit(cp) ? SPACE : foldCode(cp)) + 1) * 4 + (cp > 0xffff ? 2 : 1);
}

function consider(best: Best, text: string, trigger: Trigger, start: number, end: number, triggerEnd: number): void {
  if (end < best.end || (end === best.end && triggerEnd <= best.triggerEnd)) return;
  const urls = (best.urls ??= urlRunsOf(text));
  if (inRuns(urls, start, best) || inRuns(urls, end - 1, best)) return;
  best.end = end;
  best.triggerEnd = triggerEnd;
  best.trigger = trigger;
}

/**
 * Walks the trigger trie from `from` and weighs every trigger that ends on the way. With
 * `joinKey` ("topic/entity"), only surnames of that person count (after a given name).
 */
function walkTriggers(trie: Trie<Trigger>, text: string, start: number, from: number, joinKey: string | null, best: Best): void {
  const at = toRoot(triggerAt);
  let inSpace = false;
  for (let i = from; i < text.length; ) {
    const r = read(text, i);
    const f = (r >> 2) - 1;
    i += r & 3;
    if (f === VANISHES || (f === SPACE && inSpace)) continue;
    inSpace = f === SPACE;
    if (!advance(trie, at, f)) return;
    for (let k = endsFrom(trie, at), to = endsTo(trie, at); k < to; k++) {
      const t = trie.values[k]!;
      if (joinKey !== null && (!t.surname || t.key !== joinKey)) continue;
      const end = mentionEnd(text, i, TAILS[t.tails]);
      if (end >= 0) consider(best, text, t, start, end, i);
    }
  }
}

/** Index after a run of white space (ignorables allowed) starting at `i`, or -1. */
function afterSpaceRun(text: string, i: number): number {
  let seen = false;
  while (i < text.length) {
    const r = read(text, i);
    const f = (r >> 2) - 1;
    if (f !== SPACE && f !== VANISHES) break;
    seen ||= f === SPACE;
    i += r & 3;
  }
  return seen ? i : -1;
}

/** Given names ("Nikita Sergeyevich") that a surname of the same person may follow. */
function walkGivenNames(names: Trie<string>, triggers: Trie<Trigger>, text: string, start: number, best: Best): void {
  const at = toRoot(givenAt);
  let inSpace = false;
  for (let i = start; i < text.length; ) {
    const r = read(text, i);
    const f = (r >> 2) - 1;
    i += r & 3;
    if (f === VANISHES || (f === SPACE && inSpace)) continue;
    inSpace = f === SPACE;
    if (!advance(names, at, f)) return;
    const from = endsFrom(names, at);
    const to = endsTo(names, at);
    if (from === to) continue;
    const surname = afterSpaceRun(text, i);
    if (surname >= 0) for (let k = from; k < to; k++) walkTriggers(triggers, text, start, surname, names.values[k]!, best);
  }
}

/** Fills `best` with the longest valid mention starting at `start` (trigger null if none). */
export function verify(c: Compiled, text: string, start: number, best: Best): void {
  best.end = -1;
  best.triggerEnd = -1;
  best.trigger = null;
  const first = text.charCodeAt(start);
  if (first >= 0x30 && first <= 0x39) {
    for (const y of c.years) {
      const end = yearEnd(text, start, y.trigger);
      if (end >= 0) consider(best, text, y, start, end, start + y.trigger.length);
    }
  }
  if (!boundaryBefore(text, start)) return;
  walkTriggers(c.trie, text, start, start, null, best);
  if (c.givenNames) walkGivenNames(c.givenNames, c.trie, text, start, best);
}

/**
 * Whether a trigger (or a year's digits) starts at `start`, word boundaries and tails
 * aside: the gate's check of a start the full prefilter proposed (gate.ts).
 */
export function triggerStartsAt(c: Compiled, text: string, start: number): boolean {
  for (const y of c.years) if (text.startsWith(y.trigger, start)) return true;
  const at = toRoot(startAt);
  let inSpace = false;
  for (let i = start; i < text.length; ) {
    const r = read(text, i);
    const f = (r >> 2) - 1;
    i += r & 3;
    if (f === VANISHES || (f === SPACE && inSpace)) continue;
    inSpace = f === SPACE;
    if (!advance(c.trie, at, f)) return false;
    if (endsFrom(c.trie, at) < c.trie.ends[at.node + 1]!) return true;
  }
  return false;
}
