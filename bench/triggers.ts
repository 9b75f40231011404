/**
 * The triggers the baselines look for: every trigger of every bundled pack (all
 * languages) plus the bare years, exactly as the packs write them. Given names are not
 * triggers on their own (they only join a following surname), so the baselines skip them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../scripts/browsers/server.ts';

export interface BaselineConfig {
  /** Plain triggers, longest first, no duplicates (case-insensitively). */
  terms: string[];
  /** The bare limit's pattern: the triggers as one alternation, flags `gi`. */
  limitSource: string;
  /** mark.js at its best: one boundary-aware pattern for `markRegExp`, flags `giu`. */
  bestSource: string;
}

interface PackFile {
  entities: { kind: string; triggers?: Record<string, string[]>; year?: number }[];
}

export function loadTerms(dir = join(REPO_ROOT, 'assets/topics')): string[] {
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const pack = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PackFile;
    for (const entity of pack.entities) {
      const words = entity.kind === 'year' ? [String(entity.year)] : Object.values(entity.triggers ?? {}).flat();
      for (const word of words) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
    }
  }
  return [...seen.values()].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeInClass = (char: string) => char.replace(/[\]\\^-]/g, '\\$&');
/** A multi-word trigger matches across any run of white space. */
const literal = (term: string) => term.split(/\s+/).map(escape).join('\\s+');

export function baselineConfig(terms = loadTerms()): BaselineConfig {
  const alternation = terms.map(literal).join('|');
  // Boundary-aware without a leading lookbehind (V8 would try it at every position): a
  // first-character lookahead lets the regex engine skip ahead, then the lookbehind runs.
  const firsts = [...new Set(terms.flatMap((term) => [term[0]!.toLowerCase(), term[0]!.toUpperCase()]))].map(escapeInClass).join('');
  const bestSource = `(?=[${firsts}])(?<![\\p{L}\\p{N}\\p{M}])(?:${alternation})(?![\\p{L}\\p{N}\\p{M}])`;
  return { terms, limitSource: alternation, bestSource };
}
