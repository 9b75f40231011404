/**
 * `npm run pack:check FILE…`: checks topic packs from the command line with the messages
 * the build and the extension use (in English), so an author sees what an import would
 * say. Prints "ok: <title>, N entities, M triggers" per good file, one
 * `<file>: <path>: <reason>` line per problem otherwise; exits 1 if any file fails.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { english, formatPackErrors } from '../src/core/pack/english.ts';
import { readPackFile } from '../src/core/pack/file.ts';
import { PACK_LIMITS } from '../src/core/pack/limits.ts';
import { localizeText } from '../src/core/pack/localize.ts';
import type { ContentPack } from '../src/core/pack/types.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(pack: ContentPack): string {
  const triggers = pack.entities.reduce((sum, e) => sum + (e.kind === 'year' ? 0 : Object.values(e.triggers).flat().length), 0);
  return `ok: ${localizeText(pack.title, [], pack.language)}, ${plural(pack.entities.length, 'entity', 'entities')}, ${plural(triggers, 'trigger', 'triggers')}`;
}

/** The lines to print for one file, and whether it passed. A file over the limit is refused by its size, unread. */
export function checkFile(path: string): { ok: boolean; lines: string[] } {
  let bytes: Uint8Array;
  try {
    const { size } = statSync(path);
    if (size > PACK_LIMITS.fileBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return { ok: false, lines: [`${path}: (file): ${english('packFileTooLarge', [mb(size), mb(PACK_LIMITS.fileBytes)])}`] };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, lines: [`${path}: (file): cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`] };
  }
  const result = readPackFile(bytes, path);
  return result.ok ? { ok: true, lines: [summary(result.pack)] } : { ok: false, lines: formatPackErrors(result) };
}

export function main(args: readonly string[], print: (line: string) => void): number {
  if (args.length === 0) {
    print('usage: npm run pack:check FILE…');
    return 1;
  }
  let ok = true;
  for (const path of args) {
    const checked = checkFile(path);
    checked.lines.forEach((line) => print(line));
    ok &&= checked.ok;
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2), (line) => console.log(line));
}

