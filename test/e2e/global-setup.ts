import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../../scripts/browsers/find-browser.ts';
import { DIST } from './harness/browsers.ts';

/** End-to-end tests drive the built extension: refuse to run against a missing or stale build. */
export default function setup(): void {
  for (const dir of Object.values(DIST)) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first (npm test does).`);
  }
  const version = (JSON.parse(readFileSync(join(DIST.chromium, 'manifest.json'), 'utf8')) as { version: string }).version;
  if (!version) throw new Error('dist/chrome/manifest.json has no version');
  findBrowser('chromium');
  findBrowser('firefox');
}
