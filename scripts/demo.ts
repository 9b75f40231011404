/**
 * `npm run demo`: build, serve the demo article on 127.0.0.1 and open it in Chromium with
 * Backstory loaded. With a display it opens a window and waits until you close it;
 * without one (or with --headless) it saves screenshots of the highlighted page and of an
 * open card, and prints their paths.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browsers/launch.ts';
import { eventually, cardName, textRect } from './browsers/page-reading.ts';
import { DEMO, REPO_ROOT, startFixtureServer } from './browsers/server.ts';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;

if (!args.has('--no-build')) execSync('npm run build', { cwd: REPO_ROOT, stdio: 'inherit' });

const server = await startFixtureServer({ '/': DEMO });
const url = server.url('/article.html');
let ext;
try {
  ext = await launchBrowser('chromium', { extensionDir: join(REPO_ROOT, 'dist/chrome'), headless, args: ['--window-size=1280,900'] });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await server.close();
  process.exit(1);
}
const page = await ext.browser.newPage();
await page.setViewport({ width: 1200, height: 860 });
await page.goto(url);
console.log(`Demo page: ${url}`);

if (!headless) {
  console.log('Hover a highlighted name. Close the browser window to end the demo.');
  await new Promise<void>((done) => ext.browser.on('disconnected', () => done()));
  await server.close();
  process.exit(0);
}

const outDir = join(REPO_ROOT, 'demo-output');
mkdirSync(outDir, { recursive: true });
await eventually(() => page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('backstory-')).length), (n) => n > 0);
const highlightedPath = join(outDir, 'highlighted.png');
await page.screenshot({ path: highlightedPath });

const target = await textRect(page, 'Khrushchev', 1);
await page.evaluate((y) => window.scrollBy(0, y - 260), target.y);
const rect = await textRect(page, 'Khrushchev', 1);
await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 3 });
const name = await eventually(() => cardName(page), (value) => value !== null);
await new Promise((done) => setTimeout(done, 300));
const cardPath = join(outDir, 'card.png');
await page.screenshot({ path: cardPath });

console.log(`Card opened for: ${name}`);
console.log(`Screenshot, highlighted page: ${highlightedPath}`);
console.log(`Screenshot, open card:        ${cardPath}`);
await ext.browser.close();
await server.close();
