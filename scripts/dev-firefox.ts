/**
 * `npm run dev:firefox`: the Firefox dev loop. A vite watch build of dist/firefox, and
 * once the first build is written, `web-ext run` on it (a fresh profile; it reloads the
 * add-on whenever the build changes). Ctrl+C stops both. Extra arguments go to web-ext,
 * e.g. `npm run dev:firefox -- --arg=--headless`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findBrowser } from './browsers/find-browser.ts';
import { REPO_ROOT } from './browsers/server.ts';

const bin = (name: string) => join(REPO_ROOT, 'node_modules/.bin', name);
const children: ChildProcess[] = [];
const stop = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const vite = spawn(bin('vite'), ['build', '--mode', 'firefox', '--watch'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
children.push(vite);
vite.on('exit', (code) => stop(code ?? 1));

let started = false;
vite.stdout!.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  // vite prints "built in …" after each (re)build; web-ext starts after the first.
  if (started || !chunk.toString('utf8').includes('built in')) return;
  started = true;
  const webExt = spawn(bin('web-ext'), ['run', '--source-dir', 'dist/firefox', '--firefox', findBrowser('firefox'), ...process.argv.slice(2)], { cwd: REPO_ROOT, stdio: 'inherit' });
  children.push(webExt);
  webExt.on('exit', (code) => stop(code ?? 0));
});
