/**
 * Precompiles what the matcher would otherwise build on every page and frame load for
 * the bundled packs: the packs themselves stripped to their triggers, the fast prefilter sources of their triggers and the non-ASCII
 * variants of their characters (read by src/core/matcher/precompiled.ts). A define, not a
 * module transform, because the content script is built without the config's plugins
 * (crxjs's IIFE build keeps its defines). Stale data (packs edited while a dev server
 * runs) costs speed, never correctness. Invalid packs are left out; the validate-packs
 * plugin fails the build for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compile } from '../src/core/matcher/compile.ts';
import { gateSources, gateTriggers } from '../src/core/matcher/gate.ts';
import type { Precompiled } from '../src/core/matcher/precompiled.ts';
import { fastSource, specialSource } from '../src/core/matcher/skeleton.ts';
import { storedVariants, type ExactVariants } from '../src/core/matcher/variants.ts';
import { collectPacks } from '../src/core/pack/packs.ts';
import { matchingPart } from '../src/core/pack/matching-part.ts';

/**
 * The exact non-ASCII variants of the characters of `strings`, for the classes the build
 * precompiles. Not shipped: a page needs them only for classes it makes itself, and takes
 * a superset there (variants.ts), which saved 0.6 kB of every page's script.
 */
export function exactVariants(strings: readonly string[]): ExactVariants {
  const chars = [...new Set(strings.join(''))].filter((c) => c !== ' ').sort();
  return Object.fromEntries(chars.map((c) => [c, storedVariants(c)]));
}

/** What the matcher needs for the packs in `dir` (keyed as the content script globs them). */
export function precompileMatcher(dir: string, root = process.cwd()): Precompiled {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = join(dir, name);
    try {
      files[`/${relative(root, file).split('\\').join('/')}`] = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch {
      // Not JSON: the validate-packs plugin reports it.
    }
  }
  const packs = collectPacks(files).packs;
  const compiled = compile({ packs });
  const skeletons = compiled.prefilter?.skeletons ?? [];
  const triggers = skeletons.length > 0 ? gateTriggers(compiled) : [];
  // Variants first, so the gate's special class is built from the exact ones.
  const variants = exactVariants([...skeletons, ...triggers]);
  return {
    packs: packs.map(matchingPart),
    prefilters: skeletons.length > 0 ? [{ skeletons, ...fastSource(skeletons), special: specialSource(skeletons, variants) }] : [],
    gates: triggers.length > 0 ? [gateSources(triggers, variants)] : [],
  };
}

export function precompileMatcherPlugin(options: { dir?: string } = {}): Plugin {
  return {
    name: 'backstory:precompile-matcher',
    config(config) {
      const root = resolve(config.root ?? process.cwd());
      const precompiled = precompileMatcher(resolve(root, options.dir ?? 'assets/topics'), root);
      return { define: { __BACKSTORY_MATCHER__: JSON.stringify(precompiled) } };
    },
  };
}
