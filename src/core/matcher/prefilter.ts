/**
 * The prefilter the scan runs (scan.ts): regexes over the raw text that find every place
 * where a trigger may start (their sources: skeleton.ts). The build precompiles the
 * sources for the bundled packs; others are built once per set of skeletons and
 * remembered for the next matcher (a change of settings). Sources serve any set of
 * skeletons they contain (a disabled entity's starts are proposed, then rejected). The
 * full source is built only when some text first holds a special character.
 */
import { PRECOMPILED, type PrecompiledSources } from './precompiled.ts';
import { fastSource, fullSource, skeletonOf } from './skeleton.ts';

interface Sources extends PrecompiledSources {
  full?: ReturnType<typeof fullSource>;
}

const built: Sources[] = PRECOMPILED.prefilters.map((p) => ({ ...p }));

export class Prefilter {
  /** ASCII classes only, `\b` first; null when every skeleton needs a non-ASCII character. */
  readonly fast: RegExp | null;
  /** How many characters (ASCII, so code units) a fast match consumes. */
  readonly fastWidth: number;
  /** One special character (non-ASCII variant or ignorable), and then the rest of its run. */
  readonly special: RegExp;
  readonly specialRun: RegExp;
  /** The most letters (not spaces) of any skeleton: how far a match may reach. */
  readonly letters: number;
  readonly #sources: Sources;
  #full: RegExp | undefined;

  constructor(sources: Sources) {
    this.#sources = sources;
    this.fast = sources.fast === null ? null : new RegExp(sources.fast, 'g');
    this.fastWidth = sources.fastWidth;
    this.special = new RegExp(sources.special, 'g');
    this.specialRun = new RegExp(`${sources.special}*`, 'y');
    this.letters = sources.letters;
  }

  /** The skeletons whose starts it finds, sorted. */
  get skeletons(): readonly string[] {
    return this.#sources.skeletons;
  }

  /** Every variant, ignorables allowed between letters. */
  get full(): RegExp {
    if (!this.#full) {
      const { full, unicode } = (this.#sources.full ??= fullSource(this.#sources.skeletons));
      this.#full = new RegExp(full, unicode ? 'gu' : 'g');
    }
    return this.#full;
  }
}

/** The prefilter for triggers (folded), or null when there is nothing to find. */
export function prefilterFor(folded: Iterable<string>): Prefilter | null {
  const skeletons = [...new Set(Array.from(folded, skeletonOf))].filter((s) => s !== '');
  if (skeletons.length === 0) return null;
  let sources = built.find((b) => skeletons.every((s) => b.skeletons.includes(s)));
  if (!sources) built.push((sources = { skeletons: skeletons.sort(), ...fastSource(skeletons) }));
  return new Prefilter(sources);
}
