/**
 * Where the saved real pages for the sweep and the bench live: a folder given on the command
 * line, else $BACKSTORY_PAGES, else ../shared/pages beside the clone (as CI has it). A clone
 * alone has none, so both skip, saying how to point them at a folder.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './browsers/server.ts';

export const PAGES_ENV = 'BACKSTORY_PAGES';

export function pagesFolder(given?: string): string {
  return resolve(REPO_ROOT, given ?? (process.env[PAGES_ENV] || '../shared/pages'));
}

export function hasPages(folder: string): boolean {
  return existsSync(folder) && statSync(folder).isDirectory();
}

/** The one line printed when `what` (sweep, bench) skips for want of pages. */
export function skipLine(what: string, folder: string): string {
  return `${what} skipped: no saved pages at ${folder} (set ${PAGES_ENV}=/path/to/pages or run \`npm run ${what} -- /path/to/pages\`)`;
}
