/**
 * What the scan and the gate share about running prefilter regexes over raw text: where
 * the next match starts (allocation-free), and the windows around runs of special
 * characters (prefilter.ts) in which the full prefilter runs.
 */
import { isSpaceUnit } from './chars.ts';
import { isIgnorable } from './fold-rules.ts';

// Past any text (strings are shorter): a small integer, so positions never turn into doubles.
export const NONE = 0x3fffffff;

/**
 * Where the next match of a prefilter regex (skeleton.ts) at or after `from` starts, or
 * NONE. Its matches end `width` code units after their start (a full match: one code
 * point), so `test`, which builds no match array, tells where.
 */
export function nextMatch(re: RegExp | null, text: string, from: number, width: number): number {
  if (re === null) return NONE;
  re.lastIndex = from;
  if (!re.test(text)) return NONE;
  const end = re.lastIndex;
  if (width > 0) return end - width;
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff ? end - 2 : end - 1;
}

/**
 * A letter here is any code point that is not white space or ignorable. ASCII is decided
 * inline: these loops run in every page's cold code, where each call costs.
 */
const isLetterUnit = (u: number): boolean =>
  u < 0x80 ? u !== 0x20 && (u < 0x09 || u > 0x0d) : !isSpaceUnit(u) && !isIgnorable(u) && !(u >= 0xdc00 && u <= 0xdfff);

/** Where the window before `at` starts: `letters` letters back, never before `from`. */
export function reachBack(text: string, at: number, letters: number, from: number): number {
  let i = at;
  let count = isLetterUnit(text.charCodeAt(at)) ? 1 : 0;
  while (count < letters && i > from) {
    const u = text.charCodeAt(--i);
    if (u < 0x80 ? u !== 0x20 && (u < 0x09 || u > 0x0d) : isLetterUnit(u)) count++;
  }
  return i;
}

/** Where the window after `at` ends: `letters` letters on (a match that starts before it ends there). */
export function reachForward(text: string, at: number, letters: number): number {
  let i = at;
  for (let count = 0; count < letters && i < text.length; i++) if (isLetterUnit(text.charCodeAt(i))) count++;
  return i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff ? i + 1 : i;
}

/** The end of the run of special characters that starts at `start` (prefilter.ts, specialRun). */
export function runEndAt(specialRun: RegExp, text: string, start: number): number {
  specialRun.lastIndex = start;
  specialRun.test(text);
  return specialRun.lastIndex;
}
