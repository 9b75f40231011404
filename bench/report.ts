/**
 * From raw samples to what the issue asks for: a table per page, a summary (median and
 * worst over pages; Backstory / limit and mark.js / Backstory), and the budgets, held or
 * missed and by how much. Ratios are ratios of per-page medians.
 */
import type { BackstorySample, HoverSample, PlainSample } from './measure.ts';
import type { SizeReport } from './size.ts';
import { max, median, min, ms, ratio, times } from './stats.ts';

export interface PageRaw {
  name: string;
  kind: 'real' | 'demo' | 'stress';
  bytes: number;
  incremental: boolean;
  backstory: BackstorySample[];
  /** With the generated pack imported (imported-topic.ts); real pages only. */
  imported: BackstorySample[];
  plain: PlainSample[];
  errors: string[];
}

export interface StartupRaw {
  /** Longest main-thread gaps per load (heartbeat), with and without the extension. */
  withExtension: number[][];
  without: number[][];
}

export interface BrowserRaw {
  browser: string;
  version: string;
  runs: number;
  pages: PageRaw[];
  startup: StartupRaw;
  hover: { page: string; samples: HoverSample[]; errors: string[] }[];
  seconds: number;
}

export interface PageRow {
  name: string;
  kind: 'real' | 'demo' | 'stress';
  kB: number;
  mentions: number;
  limitCount: number;
  markBestCount: number;
  markUsualCount: number;
  /** Backstory's own work in the initial pass (ms, median). */
  work: number;
  workExact: boolean;
  wall: number;
  limit: number;
  /** The limit's one-time regex set-up in a fresh renderer (not in `limit`). */
  limitSetup: number;
  limitFlush: number;
  markBest: number;
  markBestFlush: number;
  markUsual: number;
  vsLimit: number;
  /** With the generated pack imported: the pass's work, its mentions and its ratio to the limit. */
  importedWork: number;
  importedMentions: number;
  importedVsLimit: number;
  bestVs: number;
  usualVs: number;
  /** The longest slice of a run, median over runs (ms): one preempted run is not the page. */
  maxSlice: number;
  /** The longest slice seen in any run (ms). */
  maxSliceEver: number;
  /** Chromium: page main-thread time (TaskDuration) with and without the extension (ms). */
  mainWith: number;
  mainWithout: number;
  mainDelta: number;
  styleDelta: number;
  update: number;
  updateMax: number;
  updateShare: number;
  limitUpdate: number;
  runs: number;
  errors: string[];
}

export function pageRow(page: PageRaw): PageRow {
  const bs = page.backstory;
  const plain = page.plain;
  const pick = (values: (number | undefined | null)[]) => median(values.filter((value): value is number => typeof value === 'number'));
  const work = pick(bs.map((sample) => sample.passWork));
  const limit = pick(plain.map((sample) => sample.limit.ms));
  const markBest = pick(plain.map((sample) => sample.markBest?.ms));
  const markUsual = pick(plain.map((sample) => sample.markUsual?.ms));
  const mainWith = pick(bs.map((sample) => sample.mainThread?.task));
  const mainWithout = pick(plain.map((sample) => sample.mainThread?.task));
  const update = median(bs.flatMap((sample) => sample.updates));
  const importedWork = pick((page.imported ?? []).map((sample) => sample.passWork));
  return {
    name: page.name,
    kind: page.kind,
    kB: Math.round(page.bytes / 1024),
    mentions: pick(bs.map((sample) => sample.mentions)),
    limitCount: pick(plain.map((sample) => sample.limit.count)),
    markBestCount: pick(plain.map((sample) => sample.markBest?.count)),
    markUsualCount: pick(plain.map((sample) => sample.markUsual?.count)),
    work,
    workExact: bs.every((sample) => sample.workExact),
    wall: pick(bs.map((sample) => sample.passWall)),
    limit,
    limitSetup: pick(plain.map((sample) => sample.limitSetup)),
    limitFlush: pick(plain.map((sample) => sample.limit.flushMs)),
    markBest,
    markBestFlush: pick(plain.map((sample) => sample.markBest?.flushMs)),
    markUsual,
    vsLimit: ratio(work, limit),
    importedWork,
    importedMentions: pick((page.imported ?? []).map((sample) => sample.mentions)),
    importedVsLimit: ratio(importedWork, limit),
    bestVs: ratio(markBest, work),
    usualVs: ratio(markUsual, work),
    maxSlice: median(bs.map((sample) => sample.maxSlice)),
    maxSliceEver: max(bs.map((sample) => sample.maxSlice)),
    mainWith,
    mainWithout,
    mainDelta: mainWith - mainWithout,
    styleDelta: pick(bs.map((sample) => sample.mainThread?.style)) - pick(plain.map((sample) => sample.mainThread?.style)),
    update,
    updateMax: max(bs.flatMap((sample) => sample.updates)),
    updateShare: ratio(update, work),
    limitUpdate: median(plain.flatMap((sample) => sample.limitUpdates)),
    runs: Math.min(bs.length, plain.length),
    errors: page.errors,
  };
}

export interface Budget {
  name: string;
  budget: string;
  value: string;
  holds: boolean | null;
  /** How far off: "misses by 12x" or "holds with 3x to spare". */
  margin: string;
}

export interface Summary {
  browser: string;
  version: string;
  runs: number;
  realPages: number;
  noMentionPages: number;
  vsLimit: { median: number; worst: number };
  bestVs: { median: number; worst: number };
  usualVs: { median: number; worst: number };
  noMentionVsLimit: { median: number; worst: number };
  /** The same pages with the generated pack imported (200 entities, 2,000 triggers, 10 languages). */
  importedNoMentionVsLimit: { median: number; worst: number };
  /** Pages where Backstory finds something: the demo article, the stress pages, real pages with a mention. */
  mentionVsLimit: { median: number; worst: number; page: string };
  work: { median: number; worst: number };
  limit: { median: number; worst: number };
  maxSlice: { value: number; page: string };
  startupGap: { withExtension: number; without: number };
  update: { median: number; max: number; share: number; limit: number };
  mainDelta: { median: number; worst: number; ratio: number } | null;
  hover: { latency: number; worst: number; frameDelay: number; firstFrame: number; samples: number } | null;
  budgets: Budget[];
  seconds: number;
}

/** value ≤ budget (lower is better). */
function atMost(name: string, value: number, budget: number, show: (value: number) => string, budgetText: string): Budget {
  if (!Number.isFinite(value)) return { name, budget: budgetText, value: '–', holds: null, margin: 'not measured' };
  const holds = value <= budget;
  return { name, budget: budgetText, value: show(value), holds, margin: holds ? `holds (${times(budget / value)} headroom)` : `misses by ${times(value / budget)}` };
}

/** value ≥ budget (higher is better). */
function atLeast(name: string, value: number, budget: number, show: (value: number) => string, budgetText: string): Budget {
  if (!Number.isFinite(value)) return { name, budget: budgetText, value: '–', holds: null, margin: 'not measured' };
  const holds = value >= budget;
  return { name, budget: budgetText, value: show(value), holds, margin: holds ? `holds (${times(value / budget)} headroom)` : `misses by ${times(budget / value)}` };
}

export function summarize(raw: BrowserRaw, rows: PageRow[], size: SizeReport | null): Summary {
  const real = rows.filter((row) => row.kind === 'real' && Number.isFinite(row.work));
  const noMention = rows.filter((row) => row.mentions === 0 && !row.name.startsWith('infinite') && Number.isFinite(row.vsLimit));
  const spread = (values: number[], worst: (values: number[]) => number) => ({ median: median(values), worst: worst(values) });
  const withMentions = rows.filter((row) => row.mentions > 0 && Number.isFinite(row.vsLimit));
  const worstMention = withMentions.reduce<PageRow | null>((worst, row) => (worst && worst.vsLimit >= row.vsLimit ? worst : row), null);
  let worstSlice = { value: Number.NaN, page: '' };
  for (const row of rows) if (Number.isFinite(row.maxSlice) && !(row.maxSlice <= worstSlice.value)) worstSlice = { value: row.maxSlice, page: row.name };
  const startup = {
    withExtension: median(raw.startup.withExtension.map((gaps) => max(gaps))),
    without: median(raw.startup.without.map((gaps) => max(gaps))),
  };
  const scroll = rows.find((row) => row.name === 'infinite-scroll');
  const update = { median: scroll?.update ?? Number.NaN, max: scroll?.updateMax ?? Number.NaN, share: scroll?.updateShare ?? Number.NaN, limit: scroll?.limitUpdate ?? Number.NaN };
  const deltas = real.map((row) => row.mainDelta).filter(Number.isFinite);
  const mainDelta = deltas.length ? { median: median(deltas), worst: max(deltas), ratio: median(real.map((row) => ratio(row.mainWith, row.mainWithout))) } : null;
  const hoverSamples = raw.hover.flatMap((entry) => entry.samples);
  const hover = hoverSamples.length
    ? {
        latency: median(hoverSamples.map((sample) => sample.latency)),
        worst: max(hoverSamples.map((sample) => sample.latency)),
        frameDelay: median(hoverSamples.map((sample) => sample.frameDelay)),
        firstFrame: hoverSamples.filter((sample) => sample.firstFrame).length,
        samples: hoverSamples.length,
      }
    : null;
  const summary: Summary = {
    browser: raw.browser,
    version: raw.version,
    runs: raw.runs,
    realPages: real.length,
    noMentionPages: noMention.length,
    vsLimit: spread(real.map((row) => row.vsLimit), max),
    bestVs: spread(real.map((row) => row.bestVs), min),
    usualVs: spread(real.map((row) => row.usualVs), min),
    noMentionVsLimit: spread(noMention.map((row) => row.vsLimit), max),
    importedNoMentionVsLimit: spread(noMention.filter((row) => row.importedMentions === 0).map((row) => row.importedVsLimit).filter(Number.isFinite), max),
    mentionVsLimit: { ...spread(withMentions.map((row) => row.vsLimit), max), page: worstMention?.name ?? '' },
    work: spread(real.map((row) => row.work), max),
    limit: spread(real.map((row) => row.limit), max),
    maxSlice: worstSlice,
    startupGap: startup,
    update,
    mainDelta,
    hover,
    budgets: [],
    seconds: raw.seconds,
  };
  // A start-up gap counts against the extension only when it exceeds the page's own.
  const longestTask = max([worstSlice.value, startup.withExtension > startup.without ? startup.withExtension : Number.NaN]);
  summary.budgets = [
    atMost('No-mention pages vs bare limit (median)', summary.noMentionVsLimit.median, 0.6, times, '≤ 0.6x'),
    atMost('No-mention pages vs bare limit (worst page)', summary.noMentionVsLimit.worst, 1.5, times, '≤ 1.5x'),
    atMost('No-mention pages vs bare limit, a 200-entity pack imported (median)', summary.importedNoMentionVsLimit.median, 0.6, times, '≤ 0.6x'),
    atMost('No-mention pages vs bare limit, a 200-entity pack imported (worst page)', summary.importedNoMentionVsLimit.worst, 1.5, times, '≤ 1.5x'),
    atMost('Initial pass vs bare limit (median, real pages)', summary.vsLimit.median, 1.0, times, '≤ 1.0x'),
    atLeast('mark.js at its best / Backstory (median, real pages)', summary.bestVs.median, 3, times, '≥ 3x'),
    atLeast('mark.js as usually called / Backstory (median, real pages)', summary.usualVs.median, 15, times, '≥ 15x'),
    atMost('Pages with mentions vs bare limit (worst page)', summary.mentionVsLimit.worst, 1.5, (value) => `${times(value)} (${summary.mentionVsLimit.page})`, '≤ 1.5x'),
    atMost('Longest task of the extension, any page (slices, startup)', longestTask, 16, (value) => `${ms(value)} ms`, '≤ 16 ms'),
    atMost('Appending 1 kB to the 5 MB page / initial pass', update.share, 0.01, (value) => `${(value * 100).toFixed(2)}%`, '< 1%'),
    hover
      ? {
          name: 'Hover to card: painted in the first frame after the delay',
          budget: 'every hover',
          value: `${hover.firstFrame}/${hover.samples} (card frame ${ms(hover.frameDelay)} ms after the delay, median)`,
          holds: hover.firstFrame === hover.samples,
          margin: hover.firstFrame === hover.samples ? 'holds' : `misses in ${hover.samples - hover.firstFrame} of ${hover.samples}`,
        }
      : { name: 'Hover to card: painted in the first frame after the delay', budget: 'every hover', value: '–', holds: null, margin: 'not measured' },
  ];
  if (size) summary.budgets.push(atMost('Injected JavaScript, gzipped', size.total / 1024, size.budget / 1024, (value) => `${value.toFixed(1)} kB`, `≤ ${size.budget / 1024} kB`));
  return summary;
}

const verdict = (budget: Budget) => (budget.holds === null ? '–' : budget.holds ? 'holds' : '**misses**');

export function pageTable(rows: PageRow[], chromium: boolean): string {
  const head = ['page', 'kB', 'mentions', 'Backstory ms', 'with the imported pack ms', 'limit ms', 'mark.js best ms', 'mark.js usual ms', 'BS/limit', 'best/BS', 'usual/BS', 'longest slice ms'];
  if (chromium) head.push('main thread +ms (with/without)', 'style +ms');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) {
    const cells = [
      row.name + (row.errors.length ? ' ⚠' : ''),
      String(row.kB),
      Number.isFinite(row.mentions) ? `${row.mentions}` : '–',
      `${ms(row.work)}${row.workExact ? '' : '*'}`,
      ms(row.importedWork),
      ms(row.limit, 2),
      ms(row.markBest),
      ms(row.markUsual),
      times(row.vsLimit),
      times(row.bestVs),
      times(row.usualVs),
      ms(row.maxSlice),
    ];
    if (chromium) cells.push(`${ms(row.mainDelta)} (${ms(row.mainWith)}/${ms(row.mainWithout)})`, ms(row.styleDelta));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function updateTable(rows: PageRow[]): string {
  const scroll = rows.filter((row) => Number.isFinite(row.update));
  if (!scroll.length) return '';
  const lines = ['| page | initial pass ms | update ms (median) | update ms (max) | update / initial | limit per paragraph ms |', '|---|---:|---:|---:|---:|---:|'];
  for (const row of scroll) {
    lines.push(`| ${row.name} | ${ms(row.work)} | ${ms(row.update, 2)} | ${ms(row.updateMax, 2)} | ${(row.updateShare * 100).toFixed(2)}% | ${ms(row.limitUpdate, 3)} |`);
  }
  return lines.join('\n');
}

export function summaryTable(summaries: Summary[]): string {
  const head = ['', ...summaries.map((summary) => `${summary.browser} ${summary.version.replace(/^[^/]*\//, '')}`)];
  const row = (label: string, cell: (summary: Summary) => string) => `| ${label} | ${summaries.map(cell).join(' | ')} |`;
  const pair = (pairValue: { median: number; worst: number }, show: (value: number) => string) => `${show(pairValue.median)} (worst ${show(pairValue.worst)})`;
  return [
    `| ${head.join(' | ')} |`,
    `|---|${summaries.map(() => '---:').join('|')}|`,
    row('real pages / no-mention pages', (s) => `${s.realPages} / ${s.noMentionPages}`),
    row('Backstory initial pass, ms (median over real pages)', (s) => pair(s.work, ms)),
    row('bare limit, ms (median over real pages)', (s) => pair(s.limit, (value) => ms(value, 2))),
    row('Backstory / limit (median, worst)', (s) => pair(s.vsLimit, times)),
    row('Backstory / limit, pages with no mention', (s) => pair(s.noMentionVsLimit, times)),
    row('Backstory / limit, no mention, a 200-entity / 2,000-trigger / 10-language pack imported', (s) => pair(s.importedNoMentionVsLimit, times)),
    row('Backstory / limit, pages with mentions (worst page)', (s) => `${pair(s.mentionVsLimit, times)}, ${s.mentionVsLimit.page || '–'}`),
    row('mark.js best / Backstory (median, worst)', (s) => pair(s.bestVs, times)),
    row('mark.js usual / Backstory (median, worst)', (s) => pair(s.usualVs, times)),
    row('longest slice of the extension, ms (page; median over runs)', (s) => `${ms(s.maxSlice.value)} (${s.maxSlice.page})`),
    row('longest main-thread gap at startup, ms (with / without)', (s) => `${ms(s.startupGap.withExtension)} / ${ms(s.startupGap.without)}`),
    row('append 1 kB to 5 MB: update ms (share of initial)', (s) => `${ms(s.update.median, 2)} (${(s.update.share * 100).toFixed(2)}%)`),
    row('page main thread + with extension, ms (median, worst)', (s) => (s.mainDelta ? `${ms(s.mainDelta.median)} (worst ${ms(s.mainDelta.worst)}), ${times(s.mainDelta.ratio)}` : 'n/a (no DevTools metrics)')),
    row('hover: card in the first frame after the delay / samples', (s) => (s.hover ? `${s.hover.firstFrame}/${s.hover.samples}` : '–')),
    row('hover: delay end → card frame starts / painted, ms (median)', (s) => (s.hover ? `${ms(s.hover.frameDelay)} / ${ms(s.hover.latency)} (worst ${ms(s.hover.worst)})` : '–')),
  ].join('\n');
}

export function budgetTable(summaries: Summary[]): string {
  const names = summaries[0]?.budgets.map((budget) => budget.name) ?? [];
  const head = ['budget', 'limit', ...summaries.map((summary) => summary.browser)];
  const lines = [`| ${head.join(' | ')} |`, `|---|---|${summaries.map(() => '---').join('|')}|`];
  for (const name of names) {
    const first = summaries[0]!.budgets.find((budget) => budget.name === name)!;
    const cells = summaries.map((summary) => {
      const budget = summary.budgets.find((entry) => entry.name === name);
      return budget ? `${budget.value} — ${verdict(budget)}${budget.holds === false ? ` (${budget.margin})` : ''}` : '–';
    });
    lines.push(`| ${name} | ${first.budget} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function sizeTable(size: SizeReport): string {
  const lines = [
    `Injected into every page: ${size.files.map((file) => `\`${file.file}\` ${(file.raw / 1024).toFixed(1)} kB`).join(', ')} → **${(size.total / 1024).toFixed(1)} kB gzipped** (budget ${size.budget / 1024} kB)` +
      (size.css.length ? `; plus CSS ${size.css.map((file) => `\`${file.file}\` ${(file.gzip / 1024).toFixed(1)} kB gz`).join(', ')}.` : '.'),
    '',
    '| part | kB gzipped (share of the bundle) | kB gzipped on its own |',
    '|---|---:|---:|',
    ...size.groups.map((group) => `| ${group.group} | ${(group.share / 1024).toFixed(1)} | ${(group.alone / 1024).toFixed(1)} |`),
  ];
  return lines.join('\n');
}
