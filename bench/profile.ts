/**
 * `npm run bench:profile -- [page names…] [--hover]`: where the content script spends its
 * time, in Chromium. Builds an unminified twin of the bench build (into a temporary
 * folder, so names survive), loads each page with the V8 sampling profiler running from
 * before navigation to the end of the initial pass, and prints self time by function and
 * by source module (from the bundle's `// path` region comments). With --hover, also
 * profiles opening the card on a generated article.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { launchBenchBrowser } from './browsers.ts';
import { DEFAULT_PAGES_DIR, HOVER_PATH, PROBE_PATH, startBenchServer } from './pages.ts';
import { buildExtension } from './size.ts';
import { ms } from './stats.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Line ranges of each module in the unminified content script. */
function moduleLines(code: string): { line: number; module: string }[] {
  const out: { line: number; module: string }[] = [];
  code.split('\n').forEach((text, index) => {
    const region = /^\t\/\/ (\S+)$/.exec(text);
    if (region && /[./]/.test(region[1]!)) out.push({ line: index, module: region[1]!.replace(/^\\0/, '') });
  });
  return out;
}

function moduleAt(lines: { line: number; module: string }[], line: number): string {
  let found = '(bundle)';
  for (const entry of lines) {
    if (entry.line > line) break;
    found = entry.module;
  }
  return found;
}

interface Breakdown {
  total: number;
  gc: number;
  functions: { name: string; module: string; self: number }[];
  modules: { module: string; self: number }[];
}

function analyse(profile: Profile, scriptSuffix: string, lines: { line: number; module: string }[]): Breakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, { name: string; module: string; self: number }>();
  const modules = new Map<string, number>();
  let total = 0;
  let gc = 0;
  profile.samples.forEach((id, index) => {
    const time = (profile.timeDeltas[index] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    if (frame.functionName === '(garbage collector)') gc += time;
    if (!frame.url.endsWith(scriptSuffix)) return;
    total += time;
    const module = moduleAt(lines, frame.lineNumber);
    const key = `${frame.functionName || '(anonymous)'}@${module}:${frame.lineNumber}`;
    const entry = functions.get(key) ?? { name: `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`, module, self: 0 };
    entry.self += time;
    functions.set(key, entry);
    modules.set(module, (modules.get(module) ?? 0) + time);
  });
  return {
    total,
    gc,
    functions: [...functions.values()].sort((a, b) => b.self - a.self).slice(0, 20),
    modules: [...modules].map(([module, self]) => ({ module, self })).sort((a, b) => b.self - a.self).slice(0, 15),
  };
}

function print(title: string, breakdown: Breakdown): void {
  console.log(`\n### ${title}: ${ms(breakdown.total)} ms self time in the content script (GC in the page: ${ms(breakdown.gc)} ms)\n`);
  console.log('| module | self ms |\n|---|---:|');
  for (const entry of breakdown.modules) console.log(`| ${entry.module} | ${ms(entry.self)} |`);
  console.log('\n| function (line in the unminified bundle) | module | self ms |\n|---|---|---:|');
  for (const entry of breakdown.functions) console.log(`| ${entry.name} | ${entry.module} | ${ms(entry.self)} |`);
}

async function profiled(session: CDPSession, work: () => Promise<void>): Promise<Profile> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  await work();
  const { profile } = await session.send('Profiler.stop');
  return profile as unknown as Profile;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const hover = args.includes('--hover');
  const names = args.filter((arg) => !arg.startsWith('--'));
  const work = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  try {
    await buildExtension({ mode: 'chrome', bench: true, outDir: work, minify: false });
    const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const script = manifest.content_scripts[0]!.js[0]!;
    const lines = moduleLines(readFileSync(join(work, script), 'utf8'));
    const bench = await startBenchServer({ pagesDir: DEFAULT_PAGES_DIR, quick: false, filter: names.length ? names : ['wikipedia-2', 'guardian-1', 'stress-none'] });
    const browser = await launchBenchBrowser('chromium', true, work);
    try {
      const page: Page = await browser.tab();
      const session = await page.createCDPSession();
      for (const target of bench.pages) {
        await page.goto(bench.server.url(PROBE_PATH), { waitUntil: 'load' });
        await page.evaluate(`window.__bench.waitForMeasure('backstory:initial-pass', 1, 20000)`);
        const profile = await profiled(session, async () => {
          await page.goto(bench.server.url(target.path), { waitUntil: 'load', timeout: 120_000 });
          await page.evaluate(`window.__bench.waitForMeasure('backstory:initial-pass', 1, 180000)`);
        });
        const pass = (await page.evaluate(`window.__bench.measures().find((m) => m.name === 'backstory:initial-pass')`)) as { duration: number };
        print(`${target.name} (initial pass ${ms(pass.duration)} ms wall, profiled from navigation: start-up included)`, analyse(profile, script, lines));
      }
      if (hover) {
        await page.goto(bench.server.url(HOVER_PATH), { waitUntil: 'load' });
        await page.evaluate(`window.__bench.waitForMeasure('backstory:initial-pass', 1, 20000)`);
        await page.mouse.move(2, 2);
        const point = (await page.evaluate('window.__bench.mentionPoint(2)')) as { x: number; y: number };
        const profile = await profiled(session, async () => {
          await page.mouse.move(point.x, point.y);
          await new Promise((resolve) => setTimeout(resolve, 1500));
        });
        print('hover → card open', analyse(profile, script, lines));
      }
    } finally {
      await browser.close();
      await bench.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
});
