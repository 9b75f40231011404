/**
 * A deliberately slow, obviously correct matcher for property tests: it folds the whole
 * text, tries every pattern at every position, checks each rule of matching.md literally
 * and then keeps the leftmost-longest mentions. Shares no code with src/core/matcher.
 */
import type { Mention, MatcherOptions } from '../../../src/core/matcher/types.ts';
import { refFold, refFoldString } from './reference-fold.ts';
import { refIsYear } from './reference-year.ts';

interface Pattern { topic: string; entity: string; trigger: string; folded: string; tails: string[] }
interface Unit { ch: string; start: number; end: number }
interface Candidate extends Mention { triggerEnd: number; order: number }

const WORD = /^[\p{L}\p{N}\p{M}_\u00ad]$/u;
const charAt = (text: string, i: number) => (i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
const charBefore = (text: string, i: number) => [...text.slice(0, i)].pop() ?? '';
const isLower = (c: string) => c !== '' && c.toUpperCase() !== c && c.toLowerCase() === c;
const isUpper = (c: string) => c !== '' && c.toLowerCase() !== c && c.toUpperCase() === c;

function tailsOf(folded: string, surname: boolean): string[] {
  if (/[\u0400-\u052f]/.test(folded)) return surname ? ['а', 'у', 'е', 'ом', 'ым', 'ой', 'и', 'ові', 'ого', 'ому'] : [];
  if (!/[a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff]/.test(folded)) return [];
  const general = ["'s", "s'", 's', ...(folded.endsWith('s') ? ["'"] : [])];
  return surname ? [...general, 'a', 'e', 'u', 'em', 'om', 'owi', 'ovi', 'ie', 'ym'] : general;
}

function patternsOf(options: MatcherOptions): { patterns: Pattern[]; years: Pattern[] } {
  const patterns: Pattern[] = [];
  const years: Pattern[] = [];
  const on = (key: string) => !options.disabled?.has(key);
  const entityKeys = new Set<string>();
  for (const pack of options.packs) {
    for (const e of pack.entities) {
      if (!on(`${pack.id}/${e.id}`)) continue;
      entityKeys.add(`${pack.id}/${e.id}`);
      const base = { topic: pack.id, entity: e.id };
      if (e.kind === 'year') {
        years.push({ ...base, trigger: String(e.year), folded: String(e.year), tails: [] });
        continue;
      }
      for (const t of Object.values(e.triggers).flat()) {
        const folded = refFoldString(t);
        const tails = tailsOf(folded, e.kind === 'person').map(refFoldString);
        patterns.push({ ...base, trigger: t, folded, tails });
        if (e.kind === 'person') for (const g of e.givenNames) patterns.push({ ...base, trigger: t, folded: `${refFoldString(g)} ${folded}`, tails });
      }
    }
  }
  for (const [key, list] of Object.entries(options.aliases ?? {})) {
    if (!entityKeys.has(key)) continue;
    const [topic = '', entity = ''] = key.split('/');
    for (const a of list) patterns.push({ topic, entity, trigger: a, folded: refFoldString(a), tails: tailsOf(refFoldString(a), false) });
  }
  const seen = new Set<string>();
  return { patterns: patterns.filter((p) => p.folded !== '' && !seen.has(p.folded) && seen.add(p.folded)), years };
}

function isUrlRun(text: string, i: number): boolean {
  let a = i;
  let b = i;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const run = text.slice(a, b);
  return run.includes('://') || /^[\p{Ps}\p{Pi}"'<]*www\./iu.test(run) || /[^@\s]@[^@\s.]+(\.[^@\s.]+)+/u.test(run);
}

/** Folded text, one unit per code point that does not vanish, with its original span. */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < text.length; ) {
    const c = charAt(text, i);
    const ch = refFold(c);
    if (ch !== '') units.push({ ch, start: i, end: i + c.length });
    i += c.length;
  }
  return units;
}

/** Unit index after `pattern` matched from unit `i` (a space matches a run), or -1. */
function matchAt(units: Unit[], i: number, pattern: string): number {
  for (const want of pattern) {
    if (units[i]?.ch !== want) return -1;
    i++;
    if (want === ' ') while (units[i]?.ch === ' ') i++;
  }
  return i;
}

export function referenceFind(options: MatcherOptions, text: string): Mention[] {
  const { patterns, years } = patternsOf(options);
  const units = unitsOf(text);
  // A mention's end takes in the vanishing characters (marks, soft hyphens) that follow it.
  const endAfter = (u: number) => (u < units.length ? units[u]!.start : text.length);
  const found: Candidate[] = [];
  patterns.forEach((p, order) => {
    for (let i = 0; i < units.length; i++) {
      const j = matchAt(units, i, p.folded);
      if (j < 0 || p.folded.startsWith(' ')) continue;
      const start = units[i]!.start;
      if (WORD.test(charBefore(text, start))) continue;
      const lastChar = text.slice(units[j - 1]!.start, units[j - 1]!.end);
      const ends = [endAfter(j)];
      for (const tail of p.tails) {
        const k = matchAt(units, j, tail);
        const camel = isLower(lastChar) && isUpper(charAt(text, units[j]?.start ?? text.length)) && !tail.startsWith("'");
        if (k >= 0 && !tail.includes(' ') && !camel) ends.push(endAfter(k));
      }
      for (const end of ends) {
        if (WORD.test(charAt(text, end)) || isUrlRun(text, start) || isUrlRun(text, end - 1)) continue;
        found.push({ topic: p.topic, entity: p.entity, trigger: p.trigger, isYear: false, start, end, triggerEnd: endAfter(j), order });
      }
    }
  });
  for (const y of years) {
    for (let i = text.indexOf(y.folded); i >= 0; i = text.indexOf(y.folded, i + 1)) {
      const end = refIsYear(text, i, y.folded);
      if (end >= 0 && !isUrlRun(text, i) && !isUrlRun(text, end - 1)) {
        found.push({ topic: y.topic, entity: y.entity, trigger: y.trigger, isYear: true, start: i, end, triggerEnd: i + 4, order: -1 });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || b.triggerEnd - a.triggerEnd || a.order - b.order);
  const out: Mention[] = [];
  for (const c of found) {
    if (out.length > 0 && c.start < out[out.length - 1]!.end) continue;
    out.push({ topic: c.topic, entity: c.entity, trigger: c.trigger, isYear: c.isYear, start: c.start, end: c.end });
  }
  return out;
}
