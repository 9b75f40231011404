import { describe, expect, it } from 'vitest';
import { LIMITS, validateSetting } from '../../src/core/settings/index.ts';
import { readNumber } from '../../src/options/numbers.ts';

describe('readNumber', () => {
  it.each([
    { text: '350', limit: LIMITS.openDelayMs, expected: { ok: true, value: 350 } },
    { text: ' 0 ', limit: LIMITS.openDelayMs, expected: { ok: true, value: 0 } },
    { text: '2000', limit: LIMITS.closeDelayMs, expected: { ok: true, value: 2000 } },
    { text: '120', limit: LIMITS.cardTextSize, expected: { ok: true, value: 120 } },
    { text: '', limit: LIMITS.openDelayMs, expected: { ok: false, reason: 'empty' } },
    { text: 'fast', limit: LIMITS.openDelayMs, expected: { ok: false, reason: 'not-a-number' } },
    { text: '1e3', limit: LIMITS.openDelayMs, expected: { ok: false, reason: 'not-a-number' } },
    { text: '2001', limit: LIMITS.openDelayMs, expected: { ok: false, reason: 'out-of-range' } },
    { text: '-1', limit: LIMITS.openDelayMs, expected: { ok: false, reason: 'out-of-range' } },
    { text: '12.5', limit: LIMITS.openDelayMs, expected: { ok: false, reason: 'off-step' } },
    { text: '125', limit: LIMITS.cardTextSize, expected: { ok: false, reason: 'off-step' } },
  ])('reads $text', ({ text, limit, expected }) => {
    expect(readNumber(text, limit)).toEqual(expected);
  });

  it('accepts exactly what the settings validator accepts', () => {
    for (const key of ['openDelayMs', 'closeDelayMs', 'cardTextSize'] as const) {
      for (let value = -20; value <= 2100; value += 5) {
        expect(readNumber(String(value), LIMITS[key]).ok, `${key} ${value}`).toBe(validateSetting(key, value).ok);
      }
    }
  });
});
