/** Sources the background makes for imported packs (sources.ts), handed to a page's matcher: used, and matching the same. */
import { describe, expect, it, vi } from 'vitest';
import moon from '../fixtures/packs/moon-landing.json';
import berlin from '../../docs/examples/berlin-wall-1989.json';
import { createMatcher } from '../../src/core/matcher/index.ts';
import { matcherSources } from '../../src/core/matcher/sources.ts';
import { matchingPart } from '../../src/core/pack/matching-part.ts';
import type { MatchingPack } from '../../src/core/pack/types.ts';

const packs: MatchingPack[] = [matchingPart(moon as unknown as MatchingPack), matchingPart(berlin as unknown as MatchingPack)];
const text = 'NEIL ARMSTRONG, Армстронга, the Meer der Ruhe, 1969; the Berlin Wall, der Mauerfall, Берлинской стены, Günter Schabowski in 1989.';

describe('the background\'s matcher sources', () => {
  it('are what a page\'s matcher then uses, and it finds the same mentions', async () => {
    const expected = createMatcher({ packs }).find(text);
    expect(expected.map((mention) => mention.entity)).toEqual(['armstrong', 'armstrong', 'apollo-11', 'year-1969', 'wall', 'wall', 'wall', 'schabowski', 'year-1989']);
    const sources = JSON.parse(JSON.stringify(matcherSources(packs))) as ReturnType<typeof matcherSources>;
    // A page: fresh modules, which have made no sources of their own.
    vi.resetModules();
    const { rememberPrefilter } = await import('../../src/core/matcher/prefilter.ts');
    const { rememberGate } = await import('../../src/core/matcher/gate.ts');
    const { compile } = await import('../../src/core/matcher/compile.ts');
    const page = await import('../../src/core/matcher/index.ts');
    sources.prefilters.forEach(rememberPrefilter);
    sources.gates.forEach(rememberGate);
    // The same packs, or fewer entities, take the remembered sources.
    expect(compile({ packs, disabled: new Set(['berlin-wall-1989/wall']) }).prefilter?.skeletons).toBe(sources.prefilters[0]!.skeletons);
    expect(page.createMatcher({ packs }).find(text)).toEqual(expected);
  });
});
