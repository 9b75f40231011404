/**
 * Validates untrusted pack data (a parsed JSON file) against the schema and the
 * whole-pack rules, with a path, a message key and its arguments for every problem.
 * Never throws, whatever the value.
 */
import type { PackError } from './messages.ts';
import { checkRefs } from './refs.ts';
import { checkPack } from './schema.ts';
import type { ContentPack } from './types.ts';

export type { PackError } from './messages.ts';

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; file: string; errors: PackError[] };

export function validatePack(raw: unknown, fileLabel: string): PackResult {
  const errors: PackError[] = [];
  checkPack(raw, '', errors);
  if (errors.length === 0) errors.push(...checkRefs(raw as ContentPack));
  return errors.length > 0 ? { ok: false, file: fileLabel, errors } : { ok: true, pack: raw as ContentPack };
}
