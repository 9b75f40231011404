/**
 * The prefilter the scan runs (scan.ts): regexes over the raw text that find every place
 * where a trigger may start (their sources: skeleton.ts, made for a page in the background
 * or by the build: sources.ts). The full source is built only when some text first holds
 * a special character.
 */
import type { PrefilterSources } from './sources.ts';
import { fullSource } from './skeleton.ts';

const RUN_GAP = 64;

/** `special` and `specialRun` (below) for the body of a class of special characters. */
export function specialRegexes(body: string): { special: RegExp; specialRun: RegExp } {
  return { special: new RegExp(`[${body}]`, 'g'), specialRun: new RegExp(`[${body}]*(?:[^${body}]{1,${RUN_GAP}}[${body}]+)*`, 'y') };
}

export interface Prefilter {
  /** ASCII letters only, case ignored, `\b` first; null when every skeleton needs a non-ASCII character. */
  fast: RegExp | null;
  /** How many characters (ASCII, so code units) a fast match consumes. */
  fastWidth: number;
  /**
   * One special character (non-ASCII variant or ignorable), and then the rest of its run:
   * on through gaps of up to RUN_GAP other characters, so that text full of them (Cyrillic,
   * accented Latin) reads as one run, not one per word.
   */
  special: RegExp;
  specialRun: RegExp;
  /** The most letters (not spaces) of any skeleton: how far a match may reach. */
  letters: number;
  /** The skeletons whose starts it finds, sorted. */
  skeletons: readonly string[];
  /** What it was made of (portable.ts sends them on). */
  sources: PrefilterSources;
  /** Every variant, ignorables allowed between letters (built on first use). */
  full(): RegExp;
}

/** The prefilter of given sources (the build's, or those of a portable matcher). */
export function prefilterOf(sources: PrefilterSources): Prefilter {
  const { fast, fastWidth, letters, special } = sources;
  let full: RegExp | undefined;
  return {
    fast: fast === null ? null : new RegExp(fast, 'gi'),
    fastWidth,
    ...specialRegexes(special),
    letters,
    skeletons: sources.skeletons,
    sources,
    full() {
      if (!full) {
        const { full: source, unicode } = fullSource(sources.skeletons);
        full = new RegExp(source, unicode ? 'gu' : 'g');
      }
      return full;
    },
  };
}
