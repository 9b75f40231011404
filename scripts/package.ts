/**
 * `npm run package`: store-ready zips of both builds, plus the source archive that
 * Firefox review asks for (the committed tree, as `git archive` gives it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const root = join(import.meta.dirname, '..');
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

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
