/**
 * What the build precompiles for the bundled packs (scripts/vite-plugin-precompile-matcher.ts)
 * so that a page does not: the fast prefilter sources of their triggers (prefilter.ts)
 * and the non-ASCII variants of their characters (variants.ts). Undefined outside the
 * build: tests and the benchmark compute both on first use instead.
 */
export interface PrecompiledSources {
  /** The skeletons whose starts they find, sorted. */
  skeletons: readonly string[];
  fast: string | null;
  fastWidth: number;
  letters: number;
}

export interface Precompiled {
  prefilters: readonly PrecompiledSources[];
  /** Folded character -> [first, last - first, …] ranges of its non-ASCII variants. */
  variants: Readonly<Record<string, readonly number[]>>;
}

declare const __BACKSTORY_MATCHER__: Precompiled | undefined;

export const PRECOMPILED: Precompiled =
  typeof __BACKSTORY_MATCHER__ === 'undefined' ? { prefilters: [], variants: {} } : __BACKSTORY_MATCHER__;
