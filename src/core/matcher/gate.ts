/**
 * The gate: where in a text may a trigger start at all? The content script reads a whole
 * subtree's text in one native call (textContent) and asks the gate before it visits a
 * single node; with no start, the subtree is done. Such text joins the texts of separate
 * lines and blocks ("Title" + "Stalin" reads "TitleStalin"), so the gate ignores word
 * boundaries and tails: it is exact in what it lets through (every start of a mention is
 * a gate start) and precise in practice (whole triggers, not skeletons).
 *
 * Away from special characters (non-ASCII variants, ignorables), a regex of rare anchors
 * (anchors.ts) finds where an ASCII trigger may be, and a trie walk (verify.ts) finds
 * where it starts; near a run of special characters, the trie walk is tried at each
 * position that may start a trigger holding one.
 */
import type { Compiled } from './compile.ts';
import { specialRegexes } from './prefilter.ts';
import { PRECOMPILED, type PrecompiledGate } from './precompiled.ts';
import type { ExactVariants } from './variants.ts';
import { anchorsOf } from './anchors.ts';
import { gateLetters, specialSource, startSource } from './skeleton.ts';
import { triggerStartsAt } from './verify.ts';
import { NONE, nextMatch, reachBack, runEndAt } from './windows.ts';

export { NONE } from './windows.ts';

export interface Gate {
  /** The first position at or after `from` where a trigger may start, or NONE. */
  next(text: string, from: number): number;
}

const built = PRECOMPILED.gates.map((sources) => ({ sources, has: new Set(sources.triggers) }));

/** Sources made elsewhere (the background's, for imported packs: sources.ts); the build's are tried first. */
export function rememberGate(sources: PrecompiledGate): void {
  // Each rebuild of a page's matcher hands the same sources in again: keep one copy.
  const key = sources.triggers.join('\n');
  if (!built.some((known) => known.sources.triggers.join('\n') === key)) built.push({ sources, has: new Set(sources.triggers) });
}

/** Sources that find every one of `triggers` (a superset finds more starts, never fewer). */
function sourcesFor(triggers: readonly string[]): PrecompiledGate {
  let found = built.find(({ has }) => triggers.every((t) => has.has(t)));
  if (!found) built.push((found = { sources: gateSources(triggers), has: new Set(triggers) }));
  return found.sources;
}

/** The gate's sources for folded triggers (the build precompiles them for the bundled packs). */
export function gateSources(triggers: readonly string[], exact?: ExactVariants): PrecompiledGate {
  return { triggers, ...anchorsOf(triggers.filter(isAscii)), letters: gateLetters(triggers), special: specialSource(triggers, exact), starts: startSource(triggers, exact) };
}

/**
 * The folded triggers and year digits a gate for `c` must find, sorted, without those
 * that a shorter one begins ("khrushchev" finds the start of "khrushchev thaw").
 */
export function gateTriggers(c: Compiled): string[] {
  const kept: string[] = [];
  for (const trigger of [...new Set([...c.triggers, ...c.years.map((year) => year.trigger)])].sort()) {
    // Sorted, every string that a kept one begins follows it directly.
    const last = kept.at(-1);
    if (last === undefined || !trigger.startsWith(last)) kept.push(trigger);
  }
  return kept;
}

export function createGate(c: Compiled): Gate | null {
  const triggers = gateTriggers(c);
  if (c.prefilter === null || triggers.length === 0) return null;
  const sources = sourcesFor(triggers);
  const anchors = sources.anchors === null ? null : new RegExp(sources.anchors, 'gi');
  const { special, specialRun } = specialRegexes(sources.special);
  const starts = new RegExp(`[${sources.starts}]`, 'g');

  /** The first start at or after `from` of an ASCII trigger written in ASCII, or NONE. */
  const anchoredStart = (text: string, from: number): number => {
    if (anchors === null) return NONE;
    for (let pos = from; ; pos++) {
      anchors.lastIndex = pos;
      const hit = anchors.exec(text);
      if (hit === null) return NONE;
      pos = hit.index;
      // Its trigger starts at most `back` letters before the anchor; the first position that starts one is the start.
      for (let at = reachBack(text, pos, sources.back + 1, from); at <= pos; at++) if (triggerStartsAt(c, text, at)) return at;
    }
  };

  return {
    next(text, from) {
      const anchoredAt = anchoredStart(text, from);
      for (let pos = from; ; ) {
        const runStart = nextMatch(special, text, pos, 1);
        if (runStart >= anchoredAt) return anchoredAt;
        const runEnd = runEndAt(specialRun, text, runStart);
        // A trigger holding a special character starts at most `letters` letters before it.
        // Each character there that may start one is tried in place with a trie walk.
        // (The full prefilter's regex would try fewer, but compiling it costs more than a
        // page's worth of these walks.)
        const stop = Math.min(runEnd, anchoredAt);
        for (let at = reachBack(text, runStart, sources.letters, pos); ; at++) {
          at = nextMatch(starts, text, at, 1);
          if (at >= stop) break;
          if (triggerStartsAt(c, text, at)) return at;
        }
        if (runEnd >= anchoredAt) return anchoredAt;
        pos = runEnd;
      }
    },
  };
}

const isAscii = (s: string) => /^[\0-\x7f]*$/.test(s);
