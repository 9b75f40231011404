/**
 * The scan: the prefilter proposes candidate starts; each is verified in place (trie walk,
 * tails, boundaries, year rules, URL runs) and the longest valid mention at the leftmost
 * start wins. Text with no candidate costs one regex pass. The hot path allocates only
 * for mentions it keeps (no closures: they cost on every candidate).
 */
import { boundaryAt, boundaryBefore, skipIgnorables } from './boundaries.ts';
import { collectHits } from './candidates.ts';
import type { Compiled, Trigger, YearTrigger } from './compile.ts';
import { tailEnds } from './tails.ts';
import type { TrieHit } from './trie.ts';
import type { Mention } from './types.ts';
import { createUrlRuns, type UrlRuns } from './url-runs.ts';
import { yearEnd } from './year.ts';

/** The best mention found so far at one start. */
interface Best {
  end: number;
  triggerEnd: number;
  trigger: Trigger | YearTrigger | null;
}

function better(best: Best, end: number, triggerEnd: number, start: number, urls: UrlRuns): boolean {
  if (end < best.end || (end === best.end && triggerEnd <= best.triggerEnd)) return false;
  return !urls.inUrl(start) && !urls.inUrl(end - 1);
}

function verify(c: Compiled, text: string, start: number, urls: UrlRuns, hits: TrieHit<Trigger>[], best: Best): void {
  best.end = -1;
  best.triggerEnd = -1;
  best.trigger = null;
  for (const y of c.years) {
    const end = yearEnd(text, start, y.digits);
    if (end >= 0 && better(best, end, start + y.digits.length, start, urls)) {
      best.end = end;
      best.triggerEnd = start + y.digits.length;
      best.trigger = y;
    }
  }
  if (!boundaryBefore(text, start)) return;
  collectHits(c, text, start, hits);
  for (const { value, end, lastCp } of hits) {
    const base = skipIgnorables(text, end);
    let full = boundaryAt(text, base) ? base : -1;
    for (const tailEnd of tailEnds(text, base, value.tails, lastCp)) {
      const after = skipIgnorables(text, tailEnd);
      if (boundaryAt(text, after)) {
        full = after;
        break;
      }
    }
    if (full >= 0 && better(best, full, end, start, urls)) {
      best.end = full;
      best.triggerEnd = end;
      best.trigger = value;
    }
  }
}

export function scan(c: Compiled, text: string): Mention[] {
  const out: Mention[] = [];
  const re = c.prefilter;
  if (!re) return out;
  const urls = createUrlRuns(text);
  const hits: TrieHit<Trigger>[] = [];
  const best: Best = { end: -1, triggerEnd: -1, trigger: null };
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    verify(c, text, start, urls, hits, best);
    const t = best.trigger;
    if (t) {
      const isYear = 'digits' in t;
      out.push({ topic: t.topic, entity: t.entity, trigger: isYear ? t.digits : t.trigger, isYear, start, end: best.end });
      re.lastIndex = best.end;
    } else {
      re.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    }
  }
  return out;
}
