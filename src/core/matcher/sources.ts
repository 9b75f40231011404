/**
 * The regex sources of the prefilter and the gate for a set of packs, as the build
 * precompiles them for the bundled packs (scripts/vite-plugin-precompile-matcher.ts), for
 * the background to compute for imported ones: most of what building a matcher costs in
 * a page is making these sources (the trie itself is cheap), and the background makes
 * them once per change of the topics instead of every frame on every page load.
 * Background only: the content script just hands them to prefilter.ts and gate.ts.
 */
import type { MatchingPack } from '../pack/types.ts';
import { compile } from './compile.ts';
import { gateSources, gateTriggers } from './gate.ts';
import type { PrecompiledGate, PrecompiledSources } from './precompiled.ts';
import { fastSource, specialSource } from './skeleton.ts';
import { storedVariants } from './variants.ts';

export interface MatcherSources {
  prefilters: (PrecompiledSources & { special: string })[];
  gates: PrecompiledGate[];
}

export function matcherSources(packs: readonly MatchingPack[]): MatcherSources {
  const compiled = compile({ packs });
  const skeletons = compiled.prefilter?.skeletons ?? [];
  const triggers = skeletons.length > 0 ? gateTriggers(compiled) : [];
  // The exact variants of their characters (a page only knows the bundled ones').
  const chars = [...new Set([...skeletons, ...triggers].join(''))].filter((c) => c !== ' ');
  const variants = Object.fromEntries(chars.map((c) => [c, storedVariants(c)]));
  return {
    prefilters: skeletons.length > 0 ? [{ skeletons: [...skeletons], ...fastSource(skeletons), special: specialSource(skeletons, variants) }] : [],
    gates: triggers.length > 0 ? [gateSources(triggers, variants)] : [],
  };
}
