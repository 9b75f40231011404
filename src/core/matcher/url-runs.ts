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

/** The URL and e-mail runs of `text`, as sorted [start, end, …] pairs. */
export function urlRunsOf(text: string): number[] {
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

/**
 * True when position `i` lies in one of the runs `bounds` (urlRunsOf). `cursor` holds the
 * index of the run last looked at: positions asked about mostly grow, so a lookup usually
 * moves it by a step or none.
 */
export function inRuns(bounds: readonly number[], i: number, cursor: { run: number }): boolean {
  let k = cursor.run;
  while (k > 0 && bounds[2 * k - 1]! > i) k--;
  while (2 * k < bounds.length && bounds[2 * k + 1]! <= i) k++;
  cursor.run = k;
  return 2 * k < bounds.length && bounds[2 * k]! <= i;
}
