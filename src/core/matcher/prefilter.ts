/**
 * The prefilter the scan runs (scan.ts): regexes over the raw text that find every place
 * where a trigger may start (their sources: skeleton.ts). The build precompiles the
 * sources for the bundled packs; others are built once per set of skeletons and
 * remembered for the next matcher (a change of settings). Sources serve any set of
 * skeletons they contain (a disabled entity's starts are proposed, then rejected). The
 * full source is built only when some text first holds a special character.
 */
import { PRECOMPILED, type PrecompiledSources } from './precompiled.ts';
import { fastSource, fullSource, skeletonOf, specialSource } from './skeleton.ts';

interface Sources extends PrecompiledSources {
  special?: string;
  full?: ReturnType<typeof fullSource>;
  /** `skeletons` as a set, made on first lookup (an imported pack has thousands). */
  has?: Set<string>;
}

const built: Sources[] = PRECOMPILED.prefilters.map((p) => ({ ...p }));

/** Sources made elsewhere (the background's, for imported packs: sources.ts); the build's are tried first. */
export function rememberPrefilter(sources: Sources): void {
  // Each rebuild of a page's matcher hands the same sources in again: keep one copy.
  const key = sources.skeletons.join('\n');
  if (!built.some((known) => known.skeletons.join('\n') === key)) built.push(sources);
}
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
  /** Every variant, ignorables allowed between letters (built on first use). */
  full(): RegExp;
}

/** The prefilter for triggers (folded), or null when there is nothing to find. */
export function prefilterFor(folded: Iterable<string>): Prefilter | null {
  const skeletons = [...new Set(Array.from(folded, skeletonOf))].filter((s) => s !== '');
  if (skeletons.length === 0) return null;
  let sources = built.find((b) => skeletons.every((s) => (b.has ??= new Set(b.skeletons)).has(s)));
  if (!sources) built.push((sources = { skeletons: skeletons.sort(), ...fastSource(skeletons) }));
  const { fast, fastWidth, letters } = sources;
  const special = (sources.special ??= specialSource(sources.skeletons));
  let full: RegExp | undefined;
  return {
    fast: fast === null ? null : new RegExp(fast, 'gi'),
    fastWidth,
    ...specialRegexes(special),
    letters,
    skeletons: sources.skeletons,
    full() {
      if (!full) {
        const { full: source, unicode } = (sources.full ??= fullSource(sources.skeletons));
        full = new RegExp(source, unicode ? 'gu' : 'g');
      }
      return full;
    },
  };
}
