/**
 * URLs and e-mail addresses shown as text hold no mentions. A "run" is a stretch without
 * white space; it is a URL when it contains "://" or starts with "www.", and an address
 * when shaped like name@host.tld. Runs are found lazily and the last one is cached, so a
 * scan touches each character at most a constant number of times.
 */
import { isSpaceUnit } from './chars.ts';

const WWW = /^[\p{Ps}\p{Pi}"'<]*www\./iu;
const EMAIL = /[^@\s]@[^@\s.]+(?:\.[^@\s.]+)+/u;

export function isUrlLike(run: string): boolean {
  return run.includes('://') || WWW.test(run) || (run.includes('@') && EMAIL.test(run));
}

export interface UrlRuns {
  /** True when the character at `i` is part of a URL or e-mail run. */
  inUrl(i: number): boolean;
  /** End of the run holding `i` (valid right after `inUrl(i)`). */
  runEnd(): number;
}

export function createUrlRuns(text: string): UrlRuns {
  let start = 0;
  let end = -1;
  let url = false;
  return {
    inUrl(i) {
      if (i < start || i >= end) {
        start = i;
        while (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
        end = i;
        while (end < text.length && !isSpaceUnit(text.charCodeAt(end))) end++;
        url = isUrlLike(text.slice(start, end));
      }
      return url;
    },
    runEnd: () => end,
  };
}
