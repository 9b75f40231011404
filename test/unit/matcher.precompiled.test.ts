/**
 * What the build precompiles for the background (the regex sources of the bundled
 * packs' prefilter and gate) is what sources.ts makes, from the exact variants of their
 * characters; and with it the matcher still finds exactly what the reference finds.
 */
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { precompileMatcher, precompileMatcherPlugin } from '../../scripts/vite-plugin-precompile-matcher.ts';
import { specialSource } from '../../src/core/matcher/skeleton.ts';
import { compile } from '../../src/core/matcher/compile.ts';
import { NONE } from '../../src/core/matcher/gate.ts';
import { exactVariants, gateSources, gateTriggers } from '../../src/core/matcher/sources.ts';
import type { Matcher } from '../../src/core/matcher/types.ts';
import { variantsOf } from '../../src/core/matcher/variants.ts';
import { bundledPack } from './helpers/matcher-fixture.ts';
import { options, texts, view } from './helpers/planted-text.ts';
import { referenceFind } from './helpers/reference-matcher.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const precompiled = precompileMatcher(`${root}/assets/topics`, root);

describe('what the build precompiles', () => {
  it('is the prefilter of the bundled triggers', () => {
    const prefilter = compile({ packs: [bundledPack] }).prefilter!;
    expect(precompiled.prefilters.map((p) => p.skeletons)).toEqual([prefilter.skeletons]);
    expect(precompiled.prefilters[0]!.fast).toBe(prefilter.fast!.source);
    expect(precompiled.prefilters[0]!.special).toBe(specialSource(prefilter.skeletons, exactVariants(prefilter.skeletons)));
  });

  it('is the gate of the bundled triggers, its special class built from the exact variants', () => {
    const triggers = gateTriggers(compile({ packs: [bundledPack] }));
    expect(precompiled.gates).toEqual([gateSources(triggers, exactVariants(triggers))]);
    expect(precompiled.gates[0]!.triggers).toContain('khrushchev');
    expect(precompiled.gates[0]!.triggers).not.toContain('khrushchev thaw');
  });

  it('builds its classes from every non-ASCII variant of their characters but the character and its upper case', () => {
    const strings = [...precompiled.prefilters[0]!.skeletons, ...precompiled.gates[0]!.triggers];
    const variants = exactVariants(strings);
    expect(Object.keys(variants).sort()).toEqual([...new Set(strings.join('').replaceAll(' ', ''))].sort());
    for (const [f, pairs] of Object.entries(variants)) {
      const stored: number[] = [];
      for (let k = 0; k < pairs.length; k += 2) for (let cp = pairs[k]!; cp <= pairs[k]! + pairs[k + 1]!; cp++) stored.push(cp);
      const own = [f, f.toUpperCase()];
      const expected = variantsOf(f).filter((c) => c.codePointAt(0)! >= 0x80 && !own.includes(c)).map((c) => c.codePointAt(0)!);
      expect(stored, f).toEqual(expected.sort((a, b) => a - b));
    }
  });

  it('is defined for the build by the plugin', () => {
    const config = (precompileMatcherPlugin().config as (c: { root: string }) => { define: Record<string, string> })({ root });
    expect(JSON.parse(config.define.__BACKSTORY_MATCHER__!)).toEqual(precompiled);
  });
});

describe('the matcher with the precompiled data', () => {
  let shipped: Matcher;
  let fullSource = '';

  beforeAll(async () => {
    vi.stubGlobal('__BACKSTORY_MATCHER__', precompiled);
    vi.resetModules();
    const { createMatcher } = await import('../../src/core/matcher/index.ts');
    const fresh = await import('../../src/core/matcher/compile.ts');
    shipped = createMatcher(options);
    fullSource = fresh.compile({ packs: [bundledPack] }).prefilter!.full().source;
  });

  afterAll(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('leaves the full prefilter to a page, which makes it from script ranges: no table of variants ships', () => {
    // A superset of the exact variants of "k" (the scan verifies every candidate).
    expect(fullSource).toContain(String.raw`[Kk\u00c0-\u024f\u1e00-\u1eff\u212a\u212b]`);
    expect(precompiled).not.toHaveProperty('variants');
    expect(precompiled.prefilters[0]).not.toHaveProperty('full');
  });

  it('finds exactly the reference mentions', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(view(shipped.find(text))).toEqual(view(referenceFind(options, text)));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('has a gate start inside every mention', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const mention of shipped.find(text)) {
          const at = shipped.gate!.next(text, mention.start);
          expect(at !== NONE && at < mention.end, text.slice(mention.start, mention.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
