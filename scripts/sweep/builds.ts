/**
 * Which build the sweep loads. The bench build (dist/bench-<browser>) is the shipped code
 * plus `backstory:*` performance measures, so it can say how long the extension worked;
 * it is used when it exists and is not older than the sources that go into the content
 * script and the background. Otherwise the shipped build (dist/<browser>).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName } from '../browsers/find-browser.ts';

export type BuildChoice = 'auto' | 'shipped' | 'bench';

export interface Build {
  dir: string;
  bench: boolean;
  /** Why this build, when it is not the obvious one, or a staleness warning. */
  note: string | null;
}

const SOURCES = ['src/content', 'src/core', 'src/shared', 'src/background', 'src/ui', 'assets/topics', 'manifest.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function builtAt(dir: string): number {
  const manifest = join(dir, 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
}

export function chooseBuild(root: string, name: BrowserName, choice: BuildChoice): Build {
  const folder = name === 'chromium' ? 'chrome' : 'firefox';
  const shipped = join(root, 'dist', folder);
  const bench = join(root, 'dist', `bench-${folder}`);
  const sources = Math.max(...SOURCES.map((path) => newest(join(root, path))));
  const fresh = (dir: string) => builtAt(dir) >= sources;
  if (choice === 'bench' || (choice === 'auto' && builtAt(bench) > 0 && fresh(bench))) {
    if (!builtAt(bench)) throw new Error(`${bench} is missing: build it with \`BACKSTORY_BENCH=1 npx vite build --mode ${folder}\``);
    return { dir: bench, bench: true, note: fresh(bench) ? null : `${bench} is older than the sources` };
  }
  if (!builtAt(shipped)) throw new Error(`${shipped} is missing: run \`npm run build\` first`);
  const notes = [
    fresh(shipped) ? null : `${shipped} is older than the sources (run \`npm run build\`)`,
    choice === 'auto' && builtAt(bench) > 0 ? `${bench} is older than the sources: timing from ${name === 'chromium' ? 'CDP' : 'nothing'}` : null,
  ].filter(Boolean);
  return { dir: shipped, bench: false, note: notes.length ? notes.join('; ') : null };
}
