/**
 * Precompiles the regex sources of the bundled packs' matcher (the prefilter's and the
 * gate's: sources.ts, read through src/core/matcher/precompiled.ts), so that the
 * background, which compiles every page's matcher (portable.ts), does not make them on
 * every start. A define, not a module transform, because the content script is built
 * without the config's plugins (crxjs's IIFE build keeps its defines). Stale data (packs
 * edited while a dev server runs) costs speed, never correctness. Invalid packs are left
 * out; the validate-packs plugin fails the build for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compile } from '../src/core/matcher/compile.ts';
import type { Precompiled } from '../src/core/matcher/precompiled.ts';
import { collectPacks } from '../src/core/pack/packs.ts';

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
  // Outside the build, compile makes the sources itself (sources.ts), from the exact variants.
  const { prefilter, gate } = compile({ packs: collectPacks(files).packs });
  return { prefilters: prefilter ? [prefilter.sources] : [], gates: gate ? [gate] : [] };
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
