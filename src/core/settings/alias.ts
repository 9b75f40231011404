import { counted, say } from './message-keys.ts';
import type { Check } from './problem.ts';

export const ALIAS_MIN = 2;
export const ALIAS_MAX = 64;

// ALM, LRM, RLM, LRE…RLO (embeddings and overrides), LRI…PDI (isolates).
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * An alias as stored or exported by a version that still accepted text-direction controls
 * (they often come along with copied Arabic or Hebrew text), without them: reading
 * settings drops the invisible characters rather than the alias, or every alias with it.
 */
export function withoutDirectionControls(text: unknown): unknown {
  return typeof text === 'string' ? text.replace(BIDI_CONTROLS, '') : text;
}

/**
 * Checks a user alias for one entity. The value is trimmed with inner white space
 * collapsed (the matcher treats any run of white space alike), so "Nikita  S." and
 * "Nikita S." are the same alias. `existing` holds the entity's other aliases.
 */
export function validateAlias(text: unknown, existing: readonly string[]): Check<string> {
  if (typeof text !== 'string') return { ok: false, message: say('settingsAliasNotText') };
  // Bound the work before normalizing: storage can hold a string of any size.
  if (text.length > ALIAS_MAX * 8) return tooLong();
  const value = text.trim().replace(/\s+/gu, ' ');
  const length = [...value].length;
  if (length === 0) return { ok: false, message: say('settingsAliasEmpty') };
  if (length < ALIAS_MIN) return { ok: false, message: counted('settingsAliasTooShort', ALIAS_MIN) };
  if (length > ALIAS_MAX) return tooLong();
  // Control characters and lone surrogates cannot be typed and would never match page text.
  if (/[\p{Cc}\p{Cs}]/u.test(value)) return { ok: false, message: say('settingsAliasControl') };
  // Text-direction marks, embeddings, overrides and isolates make an alias display in another
  // order than the characters it matches ("\u202Eabc" shows as "cba"); markup and regex
  // metacharacters need no check: aliases are only ever shown as text and matched literally.
  if (value.search(BIDI_CONTROLS) !== -1) return { ok: false, message: say('settingsAliasDirection') };
  if (!/[\p{L}\p{N}]/u.test(value)) return { ok: false, message: say('settingsAliasNoLetter') };
  const folded = value.toLowerCase();
  if (existing.some((other) => other.toLowerCase() === folded)) {
    return { ok: false, message: say('settingsAliasDuplicate', value) };
  }
  return { ok: true, value };
}

function tooLong(): Check<never> {
  return { ok: false, message: counted('settingsAliasTooLong', ALIAS_MAX) };
}
