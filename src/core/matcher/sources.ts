/**
 * The regex sources of the prefilter (prefilter.ts) and the gate (gate.ts), made where
 * there is time to make them: the build (for the bundled packs: precompiled.ts), the
 * background (for every matcher a page is sent: portable.ts) and the extension's own
 * pages. A page never makes them: it is sent them. Made here, their classes hold the exact
 * variants of their characters, not the wider ranges a page would take.
 */
import type { Compiled } from './compile.ts';
import { anchorsOf } from './anchors.ts';
import { quickFoldOf } from './quick-fold.ts';
import { PRECOMPILED, type PrecompiledGate, type PrecompiledSources } from './precompiled.ts';
import { fastSource, gateLetters, skeletonOf, specialSource, startSource } from './skeleton.ts';
import { storedVariants, type ExactVariants } from './variants.ts';

/** The prefilter's sources, with their special class. */
export type PrefilterSources = PrecompiledSources & { special: string };

/** The exact non-ASCII variants of the characters of `strings`. */
export function exactVariants(strings: readonly string[]): ExactVariants {
  const chars = [...new Set(strings.join(''))].filter((c) => c !== ' ').sort();
  return Object.fromEntries(chars.map((c) => [c, storedVariants(c)]));
}

/** The gate's sources for folded triggers. */
export function gateSources(triggers: readonly string[], exact = exactVariants(triggers)): PrecompiledGate {
  const { anchors, back, chars } = anchorsOf(triggers);
  return { triggers, anchors, back, letters: gateLetters(triggers), special: specialSource(triggers, exact), starts: startSource(triggers, exact), quick: quickFoldOf(chars) };
}

/** The prefilter's sources for (distinct, non-empty) skeletons. */
export function prefilterSources(skeletons: readonly string[], exact = exactVariants(skeletons)): PrefilterSources {
  const sorted = [...skeletons].sort();
  return { skeletons: sorted, ...fastSource(sorted), special: specialSource(sorted, exact) };
}

/**
 * The folded triggers and year digits a gate for `c` must find, sorted, without those
 * that a shorter one begins ("khrushchev" finds the start of "khrushchev thaw").
 */
export function gateTriggers(c: Pick<Compiled, 'triggers' | 'years'>): string[] {
  const kept: string[] = [];
  for (const trigger of [...new Set([...c.triggers, ...c.years.map((year) => year.trigger)])].sort()) {
    // Sorted, every string that a kept one begins follows it directly.
    const last = kept.at(-1);
    if (last === undefined || !trigger.startsWith(last)) kept.push(trigger);
  }
  return kept;
}

// Sources serve any set of strings they contain (a superset finds more starts, never
// fewer: a disabled entity's starts are proposed, then rejected), so those made once serve
// the next matcher too (a change of settings).
const gates = PRECOMPILED.gates.map((sources) => ({ sources, has: new Set(sources.triggers) }));
const prefilters = PRECOMPILED.prefilters.map((sources) => ({ sources: sources as PrefilterSources, has: new Set(sources.skeletons) }));

function known<S>(list: { sources: S; has: Set<string> }[], strings: readonly string[], make: () => S): S {
  let found = list.find(({ has }) => strings.every((s) => has.has(s)));
  if (!found) list.push((found = { sources: make(), has: new Set(strings) }));
  return found.sources;
}

/** Gate sources that find every one of `triggers` (gateTriggers). */
export const gateSourcesFor = (triggers: readonly string[]): PrecompiledGate => known(gates, triggers, () => gateSources(triggers));

/** Prefilter sources for folded triggers (and given names, year digits), or null when there is nothing to find. */
export function prefilterSourcesFor(folded: Iterable<string>): PrefilterSources | null {
  const skeletons = [...new Set(Array.from(folded, skeletonOf))].filter((s) => s !== '');
  return skeletons.length === 0 ? null : known(prefilters, skeletons, () => prefilterSources(skeletons));
}
