/**
 * The scan: the prefilter (skeleton.ts) proposes candidate starts; each is verified in
 * place (verify.ts) and the longest valid mention at the leftmost start wins. The fast
 * prefilter proposes starts away from special characters; near a run of them (a window
 * that reaches as far as a skeleton can), the full prefilter does. Every regex moves
 * forward only, so the scan stays linear; text with no candidate costs two regex passes
 * that allocate nothing.
 */
import { foldCode } from './chars.ts';
import type { Compiled } from './compile.ts';
import type { Mention } from './types.ts';
import { verify, type Best } from './verify.ts';
import { NONE, nextMatch, reachBack, reachForward, runEndAt } from './windows.ts';

/** Windows this short are searched character by character: cheaper than the full prefilter. */
const SHORT_WINDOW = 256;

/** The first position in [from, to) whose character folds to the first of a trigger, or NONE. */
function firstStart(c: Compiled, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const u = text.charCodeAt(i);
    if (c.firsts.has(foldCode(u >= 0xd800 && u <= 0xdbff ? text.codePointAt(i)! : u))) return i;
  }
  return NONE;
}

export function scan(c: Compiled, text: string): Mention[] {
  const out: Mention[] = [];
  const p = c.prefilter;
  if (p === null) return out;
  let best: Best | null = null;
  let pos = 0;
  let fastAt = -1; // the next fast match at or after pos (once known)
  let runEnd = -1; // the next run of special characters ending after pos ...
  let reach = NONE; // ... the start of its window, and the window's text
  let window = '';
  for (;;) {
    if (runEnd <= pos) {
      const runStart = nextMatch(p.special, text, pos, 1);
      if (runStart === NONE) {
        runEnd = reach = NONE;
      } else {
        runEnd = runEndAt(p.specialRun, text, runStart);
        reach = reachBack(text, runStart, p.letters, pos);
        window = ''; // sliced when first needed
      }
    }
    let start: number;
    if (pos < reach) {
      // Before the window: the fast prefilter.
      if (fastAt < pos) fastAt = nextMatch(p.fast, text, pos, p.fastWidth);
      if (fastAt >= reach) {
        if (runEnd === NONE) break; // no candidate left
        pos = reach;
        continue;
      }
      start = fastAt;
    } else {
      // In the window, starts before the run's end: char by char, or the full prefilter.
      if (runEnd - pos <= SHORT_WINDOW) start = firstStart(c, text, pos, runEnd);
      else start = nextMatch(p.full(), (window ||= text.slice(reach, reachForward(text, runEnd, p.letters))), pos - reach, 0) + reach;
      if (start >= runEnd) {
        pos = runEnd;
        continue;
      }
    }
    best ??= { end: -1, triggerEnd: -1, trigger: null, urls: null, run: 0 };
    verify(c, text, start, best);
    const t = best.trigger;
    if (t) {
      out.push({ topic: t.topic, entity: t.entity, trigger: t.trigger, isYear: t.isYear, start, end: best.end, also: t.also[0] ? t.also : undefined });
      pos = best.end;
    } else {
      pos = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    }
  }
  return out;
}
