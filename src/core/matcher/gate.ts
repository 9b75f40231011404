/**
 * The gate: where in a text may a trigger start at all? The content script reads a whole
 * subtree's text in one native call (textContent) and asks the gate before it visits a
 * single node; with no start, the subtree is done. Such text joins the texts of separate
 * lines and blocks ("Title" + "Stalin" reads "TitleStalin"), so the gate ignores word
 * boundaries and tails: it is exact in what it lets through (every start of a mention is
 * a gate start) and precise in practice (whole triggers, not skeletons).
 *
 * Starts are found as the scan finds them (scan.ts): a fast ASCII regex of the whole
 * triggers away from special characters; near a run of them, the full prefilter proposes
 * skeleton starts and a trie walk (verify.ts) keeps those that begin a whole trigger.
 */
import type { Compiled } from './compile.ts';
import { specialRegexes } from './prefilter.ts';
import { PRECOMPILED, type Precompiled, type PrecompiledGate } from './precompiled.ts';
import { gateFastSource, specialSource } from './skeleton.ts';
import { triggerStartsAt } from './verify.ts';
import { NONE, nextMatch, reachBack, reachForward, runEndAt } from './windows.ts';

export { NONE } from './windows.ts';

export interface Gate {
  /** The first position at or after `from` where a trigger may start, or NONE. */
  next(text: string, from: number): number;
}

const built = PRECOMPILED.gates.map((sources) => ({ sources, has: new Set(sources.triggers) }));

/** Sources that find every one of `triggers` (a superset finds more starts, never fewer). */
function sourcesFor(triggers: readonly string[]): PrecompiledGate {
  let found = built.find(({ has }) => triggers.every((t) => has.has(t)));
  if (!found) built.push((found = { sources: gateSources(triggers), has: new Set(triggers) }));
  return found.sources;
}

/** The gate's sources for folded triggers (the build precompiles them for the bundled packs). */
export function gateSources(triggers: readonly string[], exact?: Precompiled['variants']): PrecompiledGate {
  return { triggers, ...gateFastSource(triggers), special: specialSource(triggers, exact) };
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
  const p = c.prefilter;
  const triggers = gateTriggers(c);
  if (p === null || triggers.length === 0) return null;
  const sources = sourcesFor(triggers);
  const fast = sources.fast === null ? null : new RegExp(sources.fast, 'gi');
  const { special, specialRun } = specialRegexes(sources.special);
  return {
    next(text, from) {
      const fastAt = nextMatch(fast, text, from, sources.fastWidth);
      for (let pos = from; ; ) {
        const runStart = nextMatch(special, text, pos, 1);
        if (runStart >= fastAt) return fastAt;
        const runEnd = runEndAt(specialRun, text, runStart);
        // A trigger holding a special character starts at most `letters` letters before it.
        const reach = reachBack(text, runStart, sources.letters, pos);
        const window = text.slice(reach, reachForward(text, runEnd, p.letters));
        for (let at = 0; ; at++) {
          at = nextMatch(p.full(), window, at, 0);
          if (at === NONE || at + reach >= Math.min(runEnd, fastAt)) break;
          if (triggerStartsAt(c, text, at + reach)) return at + reach;
        }
        if (runEnd >= fastAt) return fastAt;
        pos = runEnd;
      }
    },
  };
}
