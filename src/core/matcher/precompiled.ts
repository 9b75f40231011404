/**
 * What the build precompiles for the bundled packs (scripts/vite-plugin-precompile-matcher.ts)
 * so that the background, which compiles every page's matcher, does not: the sources of
 * their prefilter (prefilter.ts) and gate (gate.ts), made by sources.ts. Undefined outside
 * the build: tests and the benchmark make them on first use instead.
 */
import type { QuickFold } from './quick-fold.ts';
export interface PrecompiledSources {
  /** The skeletons whose starts they find, sorted. */
  skeletons: readonly string[];
  fast: string | null;
  fastWidth: number;
  letters: number;
  /** The body of its class of special characters. */
  special: string;
}

/** The gate's sources (gate.ts) for a set of folded triggers. */
export interface PrecompiledGate {
  /** The folded triggers (and year digits) it finds, sorted. */
  triggers: readonly string[];
  /** Their anchors (anchors.ts) and the most letters before an anchor. */
  anchors: string | null;
  back: number;
  letters: number;
  /** The body of its class of special characters. */
  special: string;
  /** The body of the class of characters its triggers start with. */
  starts: string;
  /** How a whole text is decided at once (quick-fold.ts); null when it cannot be. */
  quick: QuickFold | null;
}

export interface Precompiled {
  prefilters: readonly PrecompiledSources[];
  gates: readonly PrecompiledGate[];
}

declare const __BACKSTORY_MATCHER__: Precompiled | undefined;

export const PRECOMPILED: Precompiled =
  typeof __BACKSTORY_MATCHER__ === 'undefined' ? { prefilters: [], gates: [] } : __BACKSTORY_MATCHER__;
