/**
 * `npm run bench [-- <pages folder>] [--browsers chromium,firefox] [--runs 5] [--quick]
 *                [--pages name,name] [--no-build] [--no-size] [--no-hover]`
 *
 * Backstory (the BENCH build, timing itself) against the bare limit and mark.js on every
 * saved page plus generated stress pages, in headless Chromium and Firefox, configurations
 * interleaved, medians reported. See bench/README.md for the method.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { launchBenchBrowser, type BenchBrowser, type BrowserName } from './browsers.ts';
import { generatedTopicItems, seedStorage } from './imported-topic.ts';
import { measureBackstory, measureHover, measurePlain, measureStartup, type Timeouts } from './measure.ts';
import { DEFAULT_PAGES_DIR, HOVER_PATH, PROBE_PATH, startBenchServer, type BenchPage } from './pages.ts';
import { budgetTable, pageRow, pageTable, sizeTable, summarize, summaryTable, updateTable, type BrowserRaw, type PageRaw, type Summary } from './report.ts';
import { buildExtension, measureSize, type SizeReport } from './size.ts';
import { ms, shuffled } from './stats.ts';
import { baselineConfig, type BaselineConfig } from './triggers.ts';
import { REPO_ROOT } from '../scripts/browsers/server.ts';

interface Options {
  pagesDir: string;
  browsers: BrowserName[];
  runs: number;
  /** Runs of the (slow, steady) stress pages: at most `runs`. */
  stressRuns: number;
  quick: boolean;
  filter: string[];
  build: boolean;
  size: boolean;
  hover: boolean;
}

const USAGE = 'usage: npm run bench -- [pages folder] [--browsers chromium,firefox] [--runs N] [--stress-runs N] [--quick] [--pages a,b] [--no-build] [--no-size] [--no-hover]';

function parseArgs(argv: string[]): Options {
  const options: Options = { pagesDir: DEFAULT_PAGES_DIR, browsers: ['chromium', 'firefox'], runs: 5, stressRuns: 2, quick: false, filter: [], build: true, size: true, hover: true };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--browsers') {
      options.browsers = value().split(',').map((name) => name.trim()) as BrowserName[];
      for (const name of options.browsers) if (name !== 'chromium' && name !== 'firefox') throw new Error(`unknown browser ${name}\n${USAGE}`);
    } else if (arg === '--runs') {
      options.runs = Number(value());
      runsGiven = true;
      if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error(`--runs needs a positive integer\n${USAGE}`);
    } else if (arg === '--stress-runs') {
      options.stressRuns = Number(value());
      if (!Number.isInteger(options.stressRuns) || options.stressRuns < 1) throw new Error(`--stress-runs needs a positive integer\n${USAGE}`);
    } else if (arg === '--quick') options.quick = true;
    else if (arg === '--pages') options.filter = value().split(',').filter(Boolean);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-size') options.size = false;
    else if (arg === '--no-hover') options.hover = false;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else options.pagesDir = resolve(arg);
  }
  if (options.quick && !runsGiven) options.runs = 1;
  options.stressRuns = Math.min(options.stressRuns, options.runs);
  return options;
}

const TIMEOUTS: Timeouts = { passMs: 180_000 };
/** Paragraphs appended to the infinite-scroll page per load. */
const APPENDS = { full: 20, quick: 5 };

function machine() {
  let distro = `${os.type()} ${os.release()}`;
  try {
    distro = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? distro;
  } catch {
    // Not Linux: the kernel line will do.
  }
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGB: Math.round(os.totalmem() / 2 ** 30), os: distro, node: process.version };
}

const elapsed = (since: number) => {
  const seconds = Math.round((Date.now() - since) / 1000);
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
};

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error)).slice(0, 300);

/**
 * A browser that is relaunched if it dies mid-run (one lost sample, not the whole bench);
 * with `storage`, the extension's storage.local holds those items from the start (an
 * imported topic).
 */
class Lane {
  #current: BenchBrowser | null = null;
  constructor(readonly name: BrowserName, readonly withExtension: boolean, readonly storage?: Record<string, unknown>) {}
  async get(): Promise<BenchBrowser> {
    if (!this.#current || !this.#current.browser.connected) {
      await this.#current?.close().catch(() => {});
      this.#current = await launchBenchBrowser(this.name, this.withExtension, undefined, this.storage !== undefined);
      if (this.storage) await seedStorage(this.#current, this.storage);
    }
    return this.#current;
  }
  async restart(): Promise<void> {
    await this.close();
    this.#current = null;
  }
  async close(): Promise<void> {
    await this.#current?.close().catch(() => {});
  }
}

async function runBrowser(name: BrowserName, pages: BenchPage[], origin: string, config: BaselineConfig, options: Options, started: number): Promise<BrowserRaw> {
  const begun = Date.now();
  const ext = new Lane(name, true);
  const plain = new Lane(name, false);
  // The extension with an imported pack as big as the limits allow, on the real pages.
  const imported = new Lane(name, true, await generatedTopicItems());
  const appends = options.quick ? APPENDS.quick : APPENDS.full;
  const raw: BrowserRaw = {
    browser: name,
    version: '',
    runs: options.runs,
    pages: pages.map((page): PageRaw => ({ name: page.name, kind: page.kind, bytes: page.bytes, incremental: page.incremental, backstory: [], imported: [], plain: [], errors: [] })),
    startup: { withExtension: [], without: [] },
    hover: [],
    seconds: 0,
  };
  try {
    raw.version = (await (await ext.get()).browser.version());
    console.log(`\n## ${name} (${raw.version}), ${options.runs} run(s) × ${pages.length} pages`);
    // Warm-up: one unrecorded load per browser, so the first page measured is not the cold one.
    await measureStartup(await ext.get(), `${origin}${PROBE_PATH}`, TIMEOUTS).catch(() => {});
    await measureStartup(await plain.get(), `${origin}${PROBE_PATH}`, TIMEOUTS).catch(() => {});

    for (let run = 0; run < options.runs; run++) {
      for (const withExtension of run % 2 ? [false, true] : [true, false]) {
        try {
          const { gaps } = await measureStartup(await (withExtension ? ext : plain).get(), `${origin}${PROBE_PATH}`, TIMEOUTS);
          (withExtension ? raw.startup.withExtension : raw.startup.without).push(gaps);
        } catch (error) {
          console.log(`  startup probe failed: ${message(error)}`);
        }
      }
    }

    for (let run = 0; run < options.runs; run++) {
      // Fresh browsers for every run: runs stay independent, nothing builds up over the hour.
      if (run > 0) {
        await ext.restart();
        await plain.restart();
        await imported.restart();
      }
      const indices = pages.map((_, index) => index).filter((index) => pages[index]!.kind !== 'stress' || run < options.stressRuns);
      const order = shuffled(indices, run + 1);
      for (const [position, index] of order.entries()) {
        const page = pages[index]!;
        const entry = raw.pages[index]!;
        const url = `${origin}${page.path}`;
        const extFirst = (run + position) % 2 === 0;
        const lanes = extFirst ? ['ext', 'plain'] : ['plain', 'ext'];
        if (page.kind === 'real') lanes.splice((run + position) % 3, 0, 'imported');
        for (const which of lanes) {
          try {
            if (which === 'ext') {
              entry.backstory.push(await measureBackstory(await ext.get(), url, page.incremental ? appends : 0, TIMEOUTS, page.kind === 'stress'));
            } else if (which === 'imported') {
              entry.imported.push(await measureBackstory(await imported.get(), url, 0, TIMEOUTS));
            } else {
              entry.plain.push(await measurePlain(await plain.get(), url, config, { bestFirst: run % 2 === 0, withMark: !page.incremental, withUsual: page.kind === 'real' || run === 0, incremental: page.incremental ? appends : 0, big: page.kind === 'stress' }));
            }
          } catch (error) {
            entry.errors.push(`run ${run + 1} ${which}: ${message(error)}`);
            console.log(`  ${page.name} ${which}: ${message(error)}`);
          }
        }
        const bs = entry.backstory.at(-1);
        const pl = entry.plain.at(-1);
        const im = entry.imported.at(-1);
        console.log(
          `  [${name} ${run + 1}/${options.runs} ${position + 1}/${order.length} ${elapsed(started)}] ${page.name}: ` +
            `Backstory ${ms(bs?.passWork ?? Number.NaN)} ms (${bs?.mentions ?? '–'} mentions)` +
            (page.kind === 'real' ? `, with the imported pack ${ms(im?.passWork ?? Number.NaN)} ms` : '') +
            `, limit ${ms(pl?.limit.ms ?? Number.NaN, 2)}, ` +
            `mark.js best ${ms(pl?.markBest?.ms ?? Number.NaN)}, usual ${ms(pl?.markUsual?.ms ?? Number.NaN)}` +
            (bs?.updates.length ? `, update ${ms(Math.max(...bs.updates), 2)} max` : ''),
        );
      }
    }

    if (options.hover) {
      const targets = [{ page: 'hover-article', path: HOVER_PATH }];
      const stress = pages.find((page) => page.name === 'stress-mentions');
      if (stress && !options.quick) targets.push({ page: stress.name, path: stress.path });
      for (const target of targets) {
        const entry = { page: target.page, samples: [] as BrowserRaw['hover'][number]['samples'], errors: [] as string[] };
        const samples = target.page === 'hover-article' ? options.runs : options.stressRuns;
        for (let run = 0; run < samples; run++) {
          try {
            entry.samples.push(await measureHover(await ext.get(), `${origin}${target.path}`, 2 + run * 3, 350, TIMEOUTS));
          } catch (error) {
            entry.errors.push(message(error));
          }
        }
        const latencies = entry.samples.map((sample) => ms(sample.latency)).join(', ');
        console.log(`  hover ${target.page}: ${latencies || 'no sample'} ms after the delay; first frame ${entry.samples.filter((sample) => sample.firstFrame).length}/${entry.samples.length}${entry.errors.length ? `; ${entry.errors[0]}` : ''}`);
        raw.hover.push(entry);
      }
    }
  } finally {
    await ext.close();
    await plain.close();
    await imported.close();
  }
  raw.seconds = Math.round((Date.now() - begun) / 1000);
  return raw;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const partial = options.quick || options.filter.length > 0;
  if (options.build) {
    for (const name of options.browsers) {
      process.stdout.write(`building dist/bench-${name === 'chromium' ? 'chrome' : 'firefox'}… `);
      await buildExtension({ mode: name === 'chromium' ? 'chrome' : 'firefox', bench: true });
      console.log('done');
    }
  }
  let size: SizeReport | null = null;
  if (options.size) {
    process.stdout.write('measuring the injected JavaScript… ');
    size = await measureSize();
    console.log(`${(size.total / 1024).toFixed(1)} kB gzipped`);
  }
  const bench = await startBenchServer({ pagesDir: options.pagesDir, quick: options.quick, filter: options.filter });
  const config = baselineConfig();
  const date = new Date().toISOString().slice(0, 10);
  const resultsDir = join(REPO_ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const summaries: Summary[] = [];
  const host = machine();
  try {
    for (const name of options.browsers) {
      const raw = await runBrowser(name, bench.pages, bench.server.origin, config, options, started);
      const rows = raw.pages.map(pageRow);
      const summary = summarize(raw, rows, size);
      summaries.push(summary);
      const tables = `${pageTable(rows, name === 'chromium')}\n\n${updateTable(rows)}`;
      console.log(`\n### ${name}: per page (medians of ${options.runs} run(s); ms; * = last slice is an upper bound)\n\n${tables}\n`);
      const file = join(resultsDir, `${date}-${name}${partial ? '-partial.tmp' : ''}.json`);
      writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: host, options: { ...options, pagesDir: options.pagesDir }, triggers: config.terms, size, summary, pages: rows, raw }, null, 1)}\n`);
      console.log(`wrote ${file}`);
    }
  } finally {
    await bench.close();
  }

  const markdown = summaryMarkdown(summaries, size, host, options, date);
  console.log(`\n${markdown}`);
  if (!partial) {
    writeFileSync(join(resultsDir, 'summary.md'), markdown);
    console.log(`wrote ${join(resultsDir, 'summary.md')}`);
  }
  console.log(`total ${elapsed(started)}`);
}

function summaryMarkdown(summaries: Summary[], size: SizeReport | null, host: ReturnType<typeof machine>, options: Options, date: string): string {
  const browsers = summaries.map((summary) => `${summary.browser} ${summary.version.replace(/^[^/]*\//, '')}`).join(', ');
  return [
    `### Performance (\`npm run bench\`, ${date})`,
    '',
    `${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB, ${host.os}, Node ${host.node}; headless ${browsers}; ` +
      `medians of ${options.runs} interleaved runs per real page (${options.stressRuns} per stress page); ${summaries[0]?.realPages ?? 0} real pages plus 4 generated stress pages.`,
    '',
    summaryTable(summaries),
    '',
    budgetTable(summaries),
    '',
    ...(size ? [sizeTable(size), ''] : []),
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
});
