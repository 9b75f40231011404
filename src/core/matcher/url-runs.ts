/**
 * URLs and e-mail addresses shown as text hold no mentions. A "run" is a stretch without
 * white space; it is a URL when it contains "://" or starts with "www.", and an address
 * when shaped like name@host.tld. Only a run holding "://", "www." or "@" can be either,
 * so one regex pass finds those markers and the runs around them are judged once per
 * text; asking about a position is then a lookup.
 */
import { isSpaceUnit } from './chars.ts';

const WWW = /^[\p{Ps}\p{Pi}"'<]*www\./iu;
const EMAIL = /[^@\s]@[^@\s.]+(?:\.[^@\s.]+)+/u;
const MARKER = /:\/\/|www\.|@/gi;

export function isUrlLike(run: string): boolean {
  return run.includes('://') || WWW.test(run) || (run.includes('@') && EMAIL.test(run));
}

/** The URL runs of one text, as sorted [start, end) pairs. */
export class UrlRuns {
  #text: string;
  #bounds: number[] | null = null;

  constructor(text: string) {
    this.#text = text;
  }

  /** True when the character at `i` is part of a URL or e-mail run. */
  has(i: number): boolean {
    const b = (this.#bounds ??= urlRunsOf(this.#text));
    let lo = 0;
    let hi = b.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[2 * mid + 1]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo < b.length >> 1 && b[2 * lo]! <= i;
  }
}

function urlRunsOf(text: string): number[] {
  const bounds: number[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    let start = m.index;
    while (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
    let end = m.index;
    while (end < text.length && !isSpaceUnit(text.charCodeAt(end))) end++;
    if (isUrlLike(text.slice(start, end))) bounds.push(start, end);
    MARKER.lastIndex = end; // the run is judged: on to the next one
  }
  return bounds;
}
