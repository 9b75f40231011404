/**
 * The real-page sweep: every page in a folder (see pages-folder.ts), loaded from
 * 127.0.0.1 in Chromium and Firefox with the extension. Per page: no error from the
 * extension's contexts, the DOM unchanged but for the card host, what is marked equal to
 * what the matcher finds in the rendered text, the card opening, no request the page does
 * not make itself, and the extension's main-thread time. Exits 1 on any failure.
 *
 *   tsx scripts/sweep.ts [folder] [--browser chromium|firefox] [--build auto|shipped|bench]
 *                        [--only <substring>] [--json <file>]
 *
 * The pages are served with a CSP that blocks their scripts (`script-src 'none'`, which
 * content scripts are exempt from): their DOM then stays as parsed, so any mutation is the
 * extension's, and their off-site images, styles and frames are refused before any request.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BROWSERS, type BrowserName } from './browsers/find-browser.ts';
import { REPO_ROOT, startFixtureServer } from './browsers/server.ts';
import { buildVariant } from './sweep/bench-build.ts';
import { chooseBuild, type BuildChoice } from './sweep/builds.ts';
import { defaultMatching, loadBundledPacks } from './sweep/expected.ts';
import { launchSweepBrowser } from './sweep/launch.ts';
import { hasPages, pagesFolder, skipLine } from './pages-folder.ts';
import { details, failures, pageTable, summary } from './sweep/report.ts';
import { sweepPage, type PageResult } from './sweep/sweep-page.ts';

/** Page scripts off; everything else the page may load comes from 127.0.0.1 only. */
const SWEEP_CSP = "default-src 'self' data: blob:; style-src 'self' 'unsafe-inline' data:; script-src 'none'; object-src 'none'";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    browser: { type: 'string', multiple: true },
    build: { type: 'string', default: 'auto' },
    only: { type: 'string' },
    json: { type: 'string' },
  },
});

const folder = pagesFolder(positionals[0]);
if (!hasPages(folder)) {
  console.log(skipLine('sweep', folder));
  process.exit(0);
}
const names = readdirSync(folder).filter((file) => /\.html?$/i.test(file) && file.includes(values.only ?? '')).sort();
const browsers = (values.browser ?? BROWSERS) as BrowserName[];
if (browsers.some((name) => !BROWSERS.includes(name))) throw new Error(`--browser takes ${BROWSERS.join(' or ')}`);
if (!['auto', 'shipped', 'bench'].includes(values.build!)) throw new Error('--build takes auto, shipped or bench');

const packs = loadBundledPacks(join(REPO_ROOT, 'assets/topics'));
const { matcher, yearRule } = defaultMatching(packs);
const server = await startFixtureServer({ '/pages/': folder });
const started = Date.now();
const all: Record<string, PageResult[]> = {};
let exitCode = 0;
console.log(`sweep: ${names.length} pages from ${folder}`);

try {
  for (const name of browsers) {
    let build = chooseBuild(REPO_ROOT, name, values.build as BuildChoice);
    // A page without mentions shows nothing of the shipped build (not even a highlight
    // name), so only the bench variant can say it is done there: made afresh when dist/ has none.
    const variant = values.build === 'auto' && !build.bench ? await buildVariant(name, 'bench') : null;
    if (variant) build = { dir: variant.dir, bench: true, note: 'the bench variant of the current sources, built for the sweep' };
    const ext = await launchSweepBrowser(name, build.dir).catch(async (error: unknown) => {
      await variant?.remove();
      throw error;
    });
    console.log(`\n${ext.version}, extension from ${build.dir}${build.note ? ` (${build.note})` : ''}`);
    const browserStarted = Date.now();
    const results: PageResult[] = [];
    const windows: [number, number][] = [];
    try {
      for (const file of names) {
        const source = readFileSync(join(folder, file), 'utf8');
        const path = `/pages/${file}`;
        const declaresCharset = /<meta[^>]+charset/i.test(source.slice(0, 2048));
        server.route(path, { body: source, type: declaresCharset ? 'text/html' : 'text/html; charset=utf-8', headers: { 'content-security-policy': SWEEP_CSP } });
        const from = ext.errors.length;
        results.push(await sweepPage({ ext, origin: server.origin, bench: build.bench, matcher, yearRule }, file, server.url(path), source));
        windows.push([from, ext.errors.length]);
      }
      // Errors the event page logged after its page was closed still belong to it.
      await new Promise((done) => setTimeout(done, 500));
    } finally {
      await ext.close();
      await variant?.remove();
    }
    assignErrors(results, windows, ext.errors);
    all[name] = results;
    console.log(pageTable(results));
    const lines = details(results);
    if (lines.length) console.log(['', ...lines].join('\n'));
    console.log(`\n${summary(name, results, (Date.now() - browserStarted) / 1000)}`);
    if (results.some((result) => failures(result).length)) exitCode = 1;
  }
} finally {
  await server.close();
}

console.log(`\nsweep ${exitCode ? 'FAILED' : 'passed'}: ${names.length} pages × ${browsers.length} browser(s) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (values.json) writeFileSync(values.json, JSON.stringify(all, null, 2));
process.exit(exitCode);

/** Errors that name their page go to it; the others to the page open when they arrived. */
function assignErrors(results: PageResult[], windows: [number, number][], errors: { page: string | null; text: string }[]): void {
  errors.forEach((error, index) => {
    const named = error.page ? results.find((result) => error.page!.startsWith(result.url)) : undefined;
    const during = windows.findIndex(([from, to]) => index >= from && index < to);
    const owner = named ?? results[during >= 0 ? during : results.length - 1];
    owner?.errors.push(error.text);
  });
}
