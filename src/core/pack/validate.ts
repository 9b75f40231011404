/**
 * Validates untrusted pack data (a parsed JSON file) against the schema and the
 * whole-pack rules, with readable paths for every problem.
 */
import * as v from 'valibot';
import { checkRefs, type PackError } from './refs.ts';
import { PackSchema } from './schema.ts';
import type { ContentPack } from './types.ts';

export type { PackError } from './refs.ts';

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; file: string; errors: PackError[] };

/** `entities[2].triggers.en[0]`: indexes in brackets, keys after dots. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const { key } of path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function validatePack(raw: unknown, fileLabel: string): PackResult {
  const parsed = v.safeParse(PackSchema, raw);
  if (!parsed.success) {
    const errors = parsed.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return { ok: false, file: fileLabel, errors };
  }
  const errors = checkRefs(parsed.output);
  return errors.length > 0 ? { ok: false, file: fileLabel, errors } : { ok: true, pack: parsed.output };
}

/** One line per problem: `<file>: <path>: <reason>`. */
export function formatPackErrors(result: Extract<PackResult, { ok: false }>): string[] {
  return result.errors.map((e) => `${result.file}: ${e.path || '(pack)'}: ${e.message}`);
}
