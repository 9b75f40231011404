/**
 * The gate: where in a text may a trigger start at all? The content script reads a whole
 * subtree's text in one native call (textContent) and asks the gate before it visits a
 * single node; with no start, the subtree is done. Such text joins the texts of separate
 * lines and blocks ("Title" + "Stalin" reads "TitleStalin"), so the gate ignores word
 * boundaries and tails: it is exact in what it lets through (every start of a mention is
 * a gate start) and precise in practice (whole triggers, not skeletons).
 *
 * Away from special characters (non-ASCII variants, ignorables), a regex of rare anchors
 * (anchors.ts, triggers of every script) finds where a trigger may be, and a trie walk
 * (verify.ts) finds where it starts; near a run of special characters, the trie walk is
 * tried at each position that may start a trigger holding one. `first` decides a whole
 * text without any walk where it can (quick-fold.ts).
 */
import type { Compiled } from './compile.ts';
import type { PrecompiledGate } from './precompiled.ts';
import { specialRegexes } from './prefilter.ts';
import { triggerStartsAt } from './verify.ts';
import { NONE, nextMatch, reachBack, runEndAt } from './windows.ts';

export { NONE } from './windows.ts';

export interface Gate {
  /** The first position at or after `from` where a trigger may start, or NONE. */
  next(text: string, from: number): number;
  /** next(text, 0), with NONE decided by regexes alone where it can be (most texts). */
  first(text: string): number;
}

/**
 * The gate of its sources; `compiled` (the trie its walks need) is asked for only when a
 * walk is, so a text decided at once (any) costs no records at all.
 */
export function createGate(sources: PrecompiledGate, compiled: () => Compiled): Gate {
  const anchors = sources.anchors === null ? null : new RegExp(sources.anchors, 'gi');
  const { special, specialRun } = specialRegexes(sources.special);
  const starts = new RegExp(`[${sources.starts}]`, 'g');

  /** The first start at or after `from` of a trigger whose anchor stands as written, or NONE. */
  const anchoredStart = (text: string, from: number): number => {
    if (anchors === null) return NONE;
    for (let pos = from; ; pos++) {
      anchors.lastIndex = pos;
      const hit = anchors.exec(text);
      if (hit === null) return NONE;
      pos = hit.index;
      // Its trigger starts at most `back` letters before the anchor; the first position that starts one is the start.
      for (let at = reachBack(text, pos, sources.back + 1, from); at <= pos; at++) if (triggerStartsAt(compiled(), text, at)) return at;
    }
  };

  const next = (text: string, from: number): number => {
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
        if (triggerStartsAt(compiled(), text, at)) return at;
      }
      if (runEnd >= anchoredAt) return anchoredAt;
      pos = runEnd;
    }
  };

  const quick = sources.quick ? { variants: new RegExp(`[${sources.quick.variants}]`, 'g'), folds: sources.quick.folds } : null;
  // What each variant folds to, made the first time a text holds one.
  let foldOf: Map<string, string> | undefined;
  const fold = (c: string): string => {
    foldOf ??= new Map(Array.from({ length: quick!.folds.length / 2 }, (_, k) => [quick!.folds[2 * k]!, quick!.folds[2 * k + 1]!]));
    return foldOf.get(c) ?? '';
  };
  /**
   * No trigger can be in `text` (true), or perhaps one can. Without variants or ignorables
   * in it, every trigger there shows its anchor as written; with them, it does once they
   * are folded (quick-fold.ts). Either way, no anchor means no trigger.
   */
  const surelyNone = (text: string): boolean => {
    if (quick === null || anchors === null) return false;
    anchors.lastIndex = 0;
    if (anchors.test(text)) return false;
    quick.variants.lastIndex = 0;
    if (!quick.variants.test(text)) return true;
    anchors.lastIndex = 0;
    return !anchors.test(text.replace(quick.variants, fold));
  };

  return {
    next,
    first: (text) => (surelyNone(text) ? NONE : next(text, 0)),
  };
}
