/**
 * The checker's messages in English, for the build and `npm run pack:check`: read from the
 * extension's own English catalogue, so each English sentence exists once. Build-time
 * only: no extension page imports this (they use browser.i18n with the same keys).
 */
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { packErrorLines, sayFrom, type Catalogue, type Say } from './format.ts';
import type { PackResult } from './validate.ts';

export const english: Say = sayFrom(en as Catalogue);

/** `<file>: <path>: <reason>` for each problem of a refused pack. */
export function formatPackErrors(result: Extract<PackResult, { ok: false }>): string[] {
  return packErrorLines(result.file, result.errors, english);
}
