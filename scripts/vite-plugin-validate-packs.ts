/**
 * Build-time gate for content packs: every assets/topics/*.json must parse and validate,
 * or the build fails with one line per problem: `<file>: <path>: <reason>` (in English,
 * from the extension's catalogue).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { english, formatPackErrors } from '../src/core/pack/english.ts';
import { readPackFile } from '../src/core/pack/file.ts';

/** Problems in the pack files of `dir` (labelled relative to `root`); empty when all are valid. */
export function checkPackFiles(dir: string, root = process.cwd()): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  for (const name of names) {
    const file = join(dir, name);
    const label = relative(root, file).split('\\').join('/');
    // The same reader as a pack a user brings: the bundled ones meet the same limits.
    const result = readPackFile(readFileSync(file), label);
    if (!result.ok) problems.push(...formatPackErrors(result));
    else if (ids.has(result.pack.id)) problems.push(`${label}: id: ${english('packTopicAlsoIn', [result.pack.id, ids.get(result.pack.id)!])}`);
    else ids.set(result.pack.id, label);
  }
  if (names.length === 0) problems.push(`${relative(root, dir) || dir}: (folder): holds no content pack`);
  return problems;
}

export function validatePacksPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'backstory:validate-packs',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const dir = resolve(root, options.dir ?? 'assets/topics');
      for (const name of readdirSync(dir)) if (name.endsWith('.json')) this.addWatchFile(join(dir, name));
      const problems = checkPackFiles(dir, root);
      if (problems.length > 0) this.error(`Invalid content pack:\n${problems.join('\n')}`);
    },
  };
}
