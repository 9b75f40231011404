/**
 * `npm run package`: store-ready zips of both builds, plus the source archive that
 * Firefox review asks for (the committed tree, as `git archive` gives it). Refuses a tree
 * with uncommitted or untracked files: the zips are built from the working tree and the
 * source archive from HEAD, so they only match when the two are the same.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const root = join(import.meta.dirname, '..');
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trimEnd();
if (dirty !== '') {
  console.error('npm run package: the git tree has uncommitted changes, so the source archive (HEAD) would not match the zips.');
  console.error('Commit or stash them first:');
  console.error(dirty.split('\n').slice(0, 10).map((line) => `  ${line}`).join('\n'));
  process.exit(1);
}

run('npm', ['run', 'build']);
const outputs: string[] = [];
for (const browser of ['chrome', 'firefox']) {
  const zip = join(root, 'dist', `backstory-${pkg.version}-${browser}.zip`);
  rmSync(zip, { force: true });
  const tmp = join(root, 'dist', `.package-${browser}`);
  rmSync(tmp, { recursive: true, force: true });
  run('npx', ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', tmp, '--overwrite-dest', '--filename', 'extension.zip']);
  renameSync(join(tmp, 'extension.zip'), zip);
  rmSync(tmp, { recursive: true, force: true });
  outputs.push(zip);
}
const source = join(root, 'dist', `backstory-${pkg.version}-source.zip`);
run('git', ['archive', '--format=zip', '--output', source, 'HEAD']);
outputs.push(source);
for (const file of outputs) if (existsSync(file)) console.log(file);
