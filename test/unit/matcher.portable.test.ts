/**
 * The matcher the background compiles for imported topics (portable.ts), sent to a page as
 * JSON and taken there by fresh modules that have compiled nothing: it finds exactly what
 * the matcher compiled in the page finds, and its gate proposes exactly the same starts,
 * under every kind of setting (aliases, also on imported entities; disabled entities; a
 * trigger two topics share; given names; years).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import moon from '../fixtures/packs/moon-landing.json';
import shared from '../fixtures/packs/berlin-shared.json';
import berlin from '../../docs/examples/berlin-wall-1989.json';
import { createMatcher } from '../../src/core/matcher/index.ts';
import { NONE } from '../../src/core/matcher/gate.ts';
import { portableMatcher } from '../../src/core/matcher/compile-portable.ts';
import type { PortableMatcher } from '../../src/core/matcher/portable.ts';
import type { Matcher, MatcherOptions } from '../../src/core/matcher/types.ts';
import { matchingPart } from '../../src/core/pack/matching-part.ts';
import type { MatchingPack } from '../../src/core/pack/types.ts';
import { generatedPack } from '../../bench/generated-pack.ts';
import { bundledPack, TOPIC } from './helpers/matcher-fixture.ts';
import { texts } from './helpers/planted-text.ts';

const part = (pack: unknown) => matchingPart(pack as MatchingPack);
const imported = [part(moon), part(berlin), part(shared)];
const big = part(generatedPack());

const cases: { name: string; options: MatcherOptions }[] = [
  { name: 'bundled and imported topics', options: { packs: [bundledPack, ...imported] } },
  {
    name: 'aliases (one on an imported entity), disabled entities',
    options: {
      packs: [bundledPack, ...imported],
      aliases: { 'moon-landing-1969/armstrong': ['Neil A.', 'Армстронг-сан'], [`${TOPIC}/stalin`]: ['Uncle Joe'] },
      disabled: new Set(['berlin-wall-1989/year-1989', `${TOPIC}/khrushchev`]),
    },
  },
  { name: 'a generated pack as big as the limits allow', options: { packs: [bundledPack, big] } },
];

// Text the cases' triggers are planted in: every trigger, alias and given name, in the planted-text pieces.
const words = (options: MatcherOptions) => [
  ...options.packs.flatMap((pack) => pack.entities.flatMap((e) => (e.kind === 'year' ? [String(e.year)] : [...Object.values(e.triggers).flat(), ...(e.kind === 'person' ? e.givenNames : [])]))),
  ...Object.values(options.aliases ?? {}).flat(),
];
const textsFor = (options: MatcherOptions) =>
  fc.array(fc.oneof(texts, fc.constantFrom(...words(options)), fc.constantFrom(' ', 'Nikita ', 'Günter ', 'Гюнтер ', ', ', 'é', 'https://x.org/')), { maxLength: 12 }).map((parts) => parts.join(''));

/** A page's matcher from the background's data: through JSON, in modules loaded afresh. */
async function inAPage(portable: PortableMatcher): Promise<Matcher> {
  const message = JSON.parse(JSON.stringify(portable)) as PortableMatcher;
  vi.resetModules();
  const { matcherFrom } = await import('../../src/core/matcher/index.ts');
  return matcherFrom(message);
}

const gateStarts = (matcher: Matcher, text: string): number[] => {
  const starts: number[] = [];
  for (let at = matcher.gate?.next(text, 0) ?? -1; at >= 0 && at < text.length; at = matcher.gate!.next(text, at + 1)) starts.push(at);
  return starts;
};

describe('a portable matcher', () => {
  for (const { name, options } of cases) {
    it(`finds what the page's own finds, and gates the same: ${name}`, async () => {
      const own = createMatcher(options);
      const page = await inAPage(portableMatcher(options));
      fc.assert(
        fc.property(textsFor(options), (text) => {
          expect(page.find(text)).toEqual(own.find(text));
          expect(gateStarts(page, text)).toEqual(gateStarts(own, text));
        }),
        { numRuns: 200 },
      );
    }, 60_000);
  }

  it('keeps a shared trigger\'s other topic, aliases on imported entities and the disabled out', async () => {
    const page = await inAPage(portableMatcher(cases[1]!.options));
    const found = page.find('Neil A. walked; the Berlin Wall fell in 1989; Khrushchev and Uncle Joe.');
    expect(found.map(({ topic, entity, also }) => [topic, entity, also])).toEqual([
      ['moon-landing-1969', 'armstrong', undefined],
      ['berlin-wall-1989', 'wall', ['berlin-cold-war/wall-1961']],
      [TOPIC, 'stalin', undefined],
    ]);
  });

  it('puts its records together only when a text needs them', async () => {
    // Without its trie, a page's matcher still decides texts without a candidate: it never reads it for them.
    const page = await inAPage({ ...portableMatcher(cases[0]!.options), trie: null as unknown as PortableMatcher['trie'] });
    expect(page.gate!.first('São Paulo, ação, Хрустальный сталь, a page about nothing')).toBe(NONE);
    expect(() => page.find('Khrushchev')).toThrow();
  });

  it('is smaller than the packs it was compiled from would be as a page\'s trie', () => {
    const portable = portableMatcher(cases[2]!.options);
    const nodes = portable.trie.child.length - 1;
    const triggers = big.entities.reduce((n, e) => n + (e.kind === 'year' ? 0 : Object.values(e.triggers).flat().length), 0);
    // A chain of single children is one node: about two per trigger, not one per character.
    expect(nodes).toBeLessThan(triggers * 2.5);
    // (The gate's anchors of every script and its quick fold of their variants are ~10 kB of it.)
    expect(JSON.stringify(portable).length).toBeLessThan(215_000);
  });
});
