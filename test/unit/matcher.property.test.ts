/**
 * The matcher agrees with the slow reference on random text: planted triggers (with
 * random case, accents, combining marks, white space and tails) among random characters
 * that do or do not form boundaries, URLs, numbers and identifiers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/matcher/index.ts';
import { options, texts, view } from './helpers/planted-text.ts';
import { referenceFind } from './helpers/reference-matcher.ts';

const matcher = createMatcher(options);

describe('matcher vs reference', () => {
  it('finds exactly the reference mentions', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(view(matcher.find(text))).toEqual(view(referenceFind(options, text)));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('agrees on segments: offsets map back to the same characters', () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 4 }), (segments) => {
        const text = segments.join('');
        const flat = matcher.find(text);
        const located = matcher.findInSegments(segments);
        const offsetOf = (p: { segment: number; offset: number }) =>
          segments.slice(0, p.segment).reduce((n, s) => n + s.length, 0) + p.offset;
        expect(located.map((m) => [offsetOf(m.start), offsetOf(m.end)])).toEqual(flat.map((m) => [m.start, m.end]));
        for (const m of located) {
          expect(m.end.offset).toBeGreaterThan(0);
          expect(m.start.offset).toBeLessThan(segments[m.start.segment]!.length);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
