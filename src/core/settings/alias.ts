import type { Check } from './problem.ts';

export const ALIAS_MIN = 2;
export const ALIAS_MAX = 64;

/**
 * Checks a user alias for one entity. The value is trimmed with inner white space
 * collapsed (the matcher treats any run of white space alike), so "Nikita  S." and
 * "Nikita S." are the same alias. `existing` holds the entity's other aliases.
 */
export function validateAlias(text: unknown, existing: readonly string[]): Check<string> {
  if (typeof text !== 'string') return { ok: false, message: 'An alias must be text.' };
  // Bound the work before normalizing: storage can hold a string of any size.
  if (text.length > ALIAS_MAX * 8) return tooLong();
  const value = text.trim().replace(/\s+/gu, ' ');
  const length = [...value].length;
  if (length === 0) return { ok: false, message: 'Enter an alias.' };
  if (length < ALIAS_MIN) return { ok: false, message: `An alias needs at least ${ALIAS_MIN} characters.` };
  if (length > ALIAS_MAX) return tooLong();
  // Control characters and lone surrogates cannot be typed and would never match page text.
  if (/[\p{Cc}\p{Cs}]/u.test(value)) return { ok: false, message: 'An alias cannot contain control characters.' };
  if (!/[\p{L}\p{N}]/u.test(value)) return { ok: false, message: 'An alias needs at least one letter or digit.' };
  const folded = value.toLowerCase();
  if (existing.some((other) => other.toLowerCase() === folded)) {
    return { ok: false, message: `"${value}" is already an alias of this entity.` };
  }
  return { ok: true, value };
}

function tooLong(): Check<never> {
  return { ok: false, message: `An alias can have at most ${ALIAS_MAX} characters.` };
}
