/**
 * Validates untrusted pack data (a parsed JSON file) against the schema and the
 * whole-pack rules, with readable paths for every problem.
 */
import { checkRefs, type PackError } from './refs.ts';
import { checkPack } from './schema.ts';
import type { ContentPack } from './types.ts';

export type { PackError } from './refs.ts';

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; file: string; errors: PackError[] };

export function validatePack(raw: unknown, fileLabel: string): PackResult {
  const errors: PackError[] = [];
  checkPack(raw, '', errors);
  if (errors.length === 0) errors.push(...checkRefs(raw as ContentPack));
  return errors.length > 0 ? { ok: false, file: fileLabel, errors } : { ok: true, pack: raw as ContentPack };
}

/** One line per problem: `<file>: <path>: <reason>`. */
export function formatPackErrors(result: Extract<PackResult, { ok: false }>): string[] {
  return result.errors.map((e) => `${result.file}: ${e.path || '(pack)'}: ${e.message}`);
}
