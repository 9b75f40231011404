/**
 * Validates untrusted pack data (a parsed JSON file) against the schema and the
 * whole-pack rules, with a path, a message key and its arguments for every problem.
 * Never throws, whatever the value.
 */
import { packError, type PackError } from './messages.ts';
import { checkRefs } from './refs.ts';
import { checkPack } from './schema.ts';
import type { ContentPack } from './types.ts';

export type { PackError } from './messages.ts';

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; file: string; errors: PackError[] };

/** Problems reported one by one; a file with thousands of unknown keys gets a count for the rest. */
export const MAX_REPORTED_PROBLEMS = 50;

export function validatePack(raw: unknown, fileLabel: string): PackResult {
  const errors: PackError[] = [];
  checkPack(raw, '', errors);
  if (errors.length === 0) errors.push(...checkRefs(raw as ContentPack));
  if (errors.length === 0) return { ok: true, pack: raw as ContentPack };
  if (errors.length > MAX_REPORTED_PROBLEMS) {
    const more = errors.length - MAX_REPORTED_PROBLEMS;
    errors.splice(MAX_REPORTED_PROBLEMS, more, packError('', 'packMoreProblems', more));
  }
  return { ok: false, file: fileLabel, errors };
}
