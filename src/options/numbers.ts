export interface Limit {
  min: number;
  max: number;
  step: number;
}

export type NumberRead = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'out-of-range' | 'off-step' };

/** Reads a number field's text against a LIMITS entry (whole numbers on the step, within bounds). */
export function readNumber(text: string, limit: Limit): NumberRead {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const value = Number(trimmed);
  if (value < limit.min || value > limit.max) return { ok: false, reason: 'out-of-range' };
  if (!Number.isInteger(value) || value % limit.step !== 0) return { ok: false, reason: 'off-step' };
  return { ok: true, value };
}
