/**
 * The scan: the prefilter (skeleton.ts) proposes candidate starts; each is verified in
 * place (verify.ts) and the longest valid mention at the leftmost start wins. The fast
 * prefilter proposes starts away from special characters; near a run of them (a window
 * that reaches as far as a skeleton can), the full prefilter does. Every regex moves
 * forward only, so the scan stays linear; text with no candidate costs two regex passes
 * that allocate nothing.
 */
import { foldCode, isSpaceUnit } from './chars.ts';
import type { Compiled } from './compile.ts';
import { isIgnorable } from './fold-rules.ts';
import type { Mention } from './types.ts';
import { verify, type Best } from './verify.ts';

// Past any text (strings are shorter): a small integer, so positions never turn into doubles.
const NONE = 0x3fffffff;

/**
 * Where the next match of a prefilter regex (skeleton.ts) at or after `from` starts, or
 * NONE. Its matches end `width` code units after their start (a full match: one code
 * point), so `test`, which builds no match array, tells where.
 */
function next(re: RegExp | null, text: string, from: number, width: number): number {
  if (re === null) return NONE;
  re.lastIndex = from;
  if (!re.test(text)) return NONE;
  const end = re.lastIndex;
  if (width > 0) return end - width;
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff ? end - 2 : end - 1;
}

/** A letter here is any code point that is not white space or ignorable. */
const isLetterUnit = (u: number): boolean => !isSpaceUnit(u) && !isIgnorable(u) && !(u >= 0xdc00 && u <= 0xdfff);

/** Where the window before `at` starts: `letters` letters back, never before `from`. */
function reachBack(text: string, at: number, letters: number, from: number): number {
  let i = at;
  let count = isLetterUnit(text.charCodeAt(at)) ? 1 : 0;
  while (count < letters && i > from) if (isLetterUnit(text.charCodeAt(--i))) count++;
  return i;
}

/** Where the window after `at` ends: `letters` letters on (a match that starts before it ends there). */
function reachForward(text: string, at: number, letters: number): number {
  let i = at;
  for (let count = 0; count < letters && i < text.length; i++) if (isLetterUnit(text.charCodeAt(i))) count++;
  return i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff ? i + 1 : i;
}

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
      const runStart = next(p.special, text, pos, 1);
      if (runStart === NONE) {
        runEnd = reach = NONE;
      } else {
        p.specialRun.lastIndex = runStart;
        p.specialRun.test(text);
        runEnd = p.specialRun.lastIndex;
        reach = reachBack(text, runStart, p.letters, pos);
        window = ''; // sliced when first needed
      }
    }
    let start: number;
    if (pos < reach) {
      // Before the window: the fast prefilter.
      if (fastAt < pos) fastAt = next(p.fast, text, pos, p.fastWidth);
      if (fastAt >= reach) {
        if (runEnd === NONE) break; // no candidate left
        pos = reach;
        continue;
      }
      start = fastAt;
    } else {
      // In the window, starts before the run's end: char by char, or the full prefilter.
      if (runEnd - pos <= SHORT_WINDOW) start = firstStart(c, text, pos, runEnd);
      else start = next(p.full(), (window ||= text.slice(reach, reachForward(text, runEnd, p.letters))), pos - reach, 0) + reach;
      if (start >= runEnd) {
        pos = runEnd;
        continue;
      }
    }
    best ??= { end: -1, triggerEnd: -1, trigger: null, urls: null, run: 0 };
    verify(c, text, start, best);
    const t = best.trigger;
    if (t) {
      out.push({ topic: t.topic, entity: t.entity, trigger: t.trigger, isYear: t.isYear, start, end: best.end });
      pos = best.end;
    } else {
      pos = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    }
  }
  return out;
}
