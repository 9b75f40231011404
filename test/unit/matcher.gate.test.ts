/**
 * The gate (src/core/matcher/gate.ts): every mention found in any part of a text holds a
 * gate start in the text those parts make when joined without separators (as textContent
 * joins the texts of separate blocks), and words that merely begin like a trigger are
 * passed over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/matcher/index.ts';
import { NONE } from '../../src/core/matcher/gate.ts';
import { quickFoldOf } from '../../src/core/matcher/quick-fold.ts';
import { matcherWith, TOPIC } from './helpers/matcher-fixture.ts';
import { options, texts } from './helpers/planted-text.ts';

/** Every gate start in `text`, in order. */
function starts(matcher: ReturnType<typeof createMatcher>, text: string): number[] {
  const found: number[] = [];
  for (let at = matcher.gate!.next(text, 0); at !== NONE; at = matcher.gate!.next(text, at + 1)) found.push(at);
  return found;
}

const matcher = matcherWith({ aliases: { [`${TOPIC}/stalin`]: ['Uncle Joe'] } });

describe('gate starts', () => {
  it.each([
    ['TitleStalin was', [5]],
    ['HeadingKhrushchev', [7]],
    ['page1956end', [4]],
    ['Sta\u00adlin with a soft hyphen', [0]],
    ['Khrushcheṽ with a tilde on the v', [0]],
    ['Nikita Khrushchev', [7]],
    ['ИосифСталин', [5]],
    ['Хрущёв и Сталин', [0, 9]],
    ['On the\u00a0Cult of Personality and Its Consequences', [0]],
    ['the secret\n  SPEECH', [4]],
    ['café Khrushchev', [5]],
    ['CHRUŠČËV', [0]],
    ['de‑Stalinization (non-breaking hyphen)', [0, 3]],
    ['my uncle joe', [3]],
    ['Stalingrad', [0]],
  ])('%j', (text, expected) => expect(starts(matcher, text)).toEqual(expected));

  it.each([
    'install the great secretary, twenty destinations',
    'Nikita and Joseph alone',
    'a 195 6 and 19 56',
    'Secret service, great war, the cult of the personal',
    'Хрустальный сталь станция',
    'crème brûlée, café, naïve, Ærø',
  ])('none in %j', (text) => expect(starts(matcher, text)).toEqual([]));

  it('is null when nothing can match', () => {
    const none = createMatcher({ packs: [], aliases: {} });
    expect(none.gate).toBeNull();
  });
});

describe('deciding a whole text at once', () => {
  // Quick (gate.any): two regex passes, and over text with variants or ignorables one replace, instead of walks.
  it.each([
    ['São Paulo, ação, crème brûlée, Ærø, naïve', false],
    ['Хрустальный сталь, станция, йогурт, ёлка', false],
    ['Ελλάδα, Αθήνα, ώρα', false],
    ['an English page with no mention at all', false],
    ['Chruščëv', true],
    ['CHRUŠČËV', true],
    ['Хрущёв', true],
    ['ХРУЩЁВ', true],
    ['Sta\u0301lin', true],
    ['Sta\u00adlin', true],
    ['de‑Stalinization', true],
    ['Stalingrad', true],
    ['İosif Stalin', true],
  ])('%j: %s', (text, expected) => expect(matcher.gate!.first(text) !== NONE).toBe(expected));

  it('lists the variants the regex does not fold itself, with what they fold to', () => {
    const quick = quickFoldOf(['s', 'и', 'i', 'ı'])!;
    const folds = new Map(Array.from({ length: quick.folds.length / 2 }, (_, k) => [quick.folds[2 * k], quick.folds[2 * k + 1]]));
    expect(folds.get('š')).toBe('s');
    expect(folds.get('й')).toBe('и');
    expect(folds.get('İ')).toBe('i');
    // Case partners are the regex's own; I folds to i, not to ı.
    expect([...folds.keys()]).not.toContain('S');
    expect([...folds.keys()]).not.toContain('И');
    expect([...folds.keys()]).not.toContain('I');
    const variants = new RegExp(`^[${quick.variants}]$`);
    expect(['š', 'й', '\u0301', '\u00ad'].every((c) => variants.test(c))).toBe(true);
    expect(['s', 'S', 'и', 'И', 'ж'].some((c) => variants.test(c))).toBe(false);
  });

  it('is given up for an astral character (the gate then walks)', () => {
    expect(quickFoldOf(['𝐒'])).toBeNull();
  });

  it('says what the walk says, on random text', () => {
    const gated = createMatcher(options);
    fc.assert(
      fc.property(texts, (text) => {
        expect(gated.gate!.first(text), JSON.stringify(text)).toBe(gated.gate!.next(text, 0));
      }),
      { numRuns: 600 },
    );
  });
});

describe('the gate on text read across elements', () => {
  const gated = createMatcher(options);
  const joined = fc.array(texts, { minLength: 1, maxLength: 5 });

  it('holds a start inside every mention of every part', () => {
    fc.assert(
      fc.property(joined, (parts) => {
        const text = parts.join('');
        const found = new Set(starts(gated, text));
        let offset = 0;
        for (const part of parts) {
          for (const mention of gated.find(part)) {
            const inside = [...found].some((at) => at >= offset + mention.start && at < offset + mention.end);
            expect(inside, `${part.slice(mention.start, mention.end)} in ${JSON.stringify(text)}`).toBe(true);
          }
          offset += part.length;
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
