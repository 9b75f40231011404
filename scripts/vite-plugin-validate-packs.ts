/**
 * Build-time gate for content packs: every assets/topics/*.json must parse and validate,
 * or the build fails with one line per problem: `<file>: <path>: <reason>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatPackErrors, validatePack } from '../src/core/pack/validate.ts';

/** Problems in the pack files of `dir` (labelled relative to `root`); empty when all are valid. */
export function checkPackFiles(dir: string, root = process.cwd()): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  for (const name of names) {
    const file = join(dir, name);
    const label = relative(root, file).split('\\').join('/');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      problems.push(`${label}: (file): invalid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = validatePack(data, label);
    if (!result.ok) problems.push(...formatPackErrors(result));
    else if (ids.has(result.pack.id)) problems.push(`${label}: id: topic "${result.pack.id}" is also in ${ids.get(result.pack.id)}`);
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
