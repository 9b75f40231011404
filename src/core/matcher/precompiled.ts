/**
 * What the build precompiles for the bundled packs (scripts/vite-plugin-precompile-matcher.ts)
 * so that a page does not: the fast prefilter sources of their triggers (prefilter.ts),
 * the gate's sources (gate.ts) and the non-ASCII variants of their characters
 * (variants.ts). Undefined outside the build: tests and the benchmark compute them on
 * first use instead.
 */
export interface PrecompiledSources {
  /** The skeletons whose starts they find, sorted. */
  skeletons: readonly string[];
  fast: string | null;
  fastWidth: number;
  letters: number;
  /** The body of its class of special characters, from the exact variants (else a page makes a wider one). */
  special?: string;
}

/** The gate's sources (gate.ts) for a set of folded triggers. */
export interface PrecompiledGate {
  /** The folded triggers (and year digits) it finds, sorted. */
  triggers: readonly string[];
  /** The anchors of the ASCII ones (anchors.ts) and the most letters before an anchor. */
  anchors: string | null;
  back: number;
  letters: number;
  /** The body of its class of special characters. */
  special: string;
  /** The body of the class of characters its triggers start with. */
  starts: string;
}

export interface Precompiled {
  /** The bundled packs, stripped to what finding mentions needs (types.ts, matchingPart). */
  packs: readonly import('../pack/types.ts').MatchingPack[];
  prefilters: readonly PrecompiledSources[];
  gates: readonly PrecompiledGate[];
}

declare const __BACKSTORY_MATCHER__: Precompiled | undefined;

export const PRECOMPILED: Precompiled =
  typeof __BACKSTORY_MATCHER__ === 'undefined' ? { packs: [], prefilters: [], gates: [] } : __BACKSTORY_MATCHER__;
