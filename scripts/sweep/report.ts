import type { PageResult } from './sweep-page.ts';

/** Why a page fails the sweep (empty: it passes). */
export function failures(result: PageResult): string[] {
  const out: string[] = [];
  if (result.broken) out.push('broken');
  if (result.notStarted.length) out.push('not started');
  if (result.errors.length) out.push('error');
  if (result.mutations.length) out.push('dom');
  if (result.comparison.missing.length || result.comparison.extra.length) out.push('mismatch');
  if (result.card === 'not opened') out.push('card');
  if (result.requests.length) out.push('network');
  return out;
}

const ms = (value: number | null) => (value === null ? '–' : value.toFixed(1));

function diff(result: PageResult): string {
  const { missing, extra, tolerated } = result.comparison;
  const parts = [missing.length ? `-${missing.length}` : '', extra.length ? `+${extra.length}` : ''].filter(Boolean);
  const main = parts.length ? parts.join(' ') : '=';
  return tolerated.length ? `${main} (${tolerated.length} expl.)` : main;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function pageTable(results: readonly PageResult[]): string {
  const header = ['page', 'KB', 'marks', 'expected', 'diff', 'errors', 'DOM', 'card', 'work ms', 'longest ms', 's', 'result'];
  const rows = results.map((result) => [
    result.name,
    String(Math.round(result.bytes / 1024)),
    String(result.comparison.marked),
    String(result.comparison.expected),
    diff(result),
    String(result.errors.length),
    result.mutations.length ? String(result.mutations.length) : 'same',
    result.card === 'no mention' ? '–' : result.card,
    ms(result.timing.workMs),
    ms(result.timing.longestMs),
    result.seconds.toFixed(1),
    failures(result).join(',') || 'ok',
  ]);
  return table([header, ...rows]);
}

/** Every difference, error, mutation and request, page by page (only where there are some). */
export function details(results: readonly PageResult[]): string[] {
  const out: string[] = [];
  for (const result of results) {
    const lines = [
      result.broken && `  could not be swept: ${result.broken}`,
      ...result.notStarted.map((frame) => `  the extension did not start in ${frame}`),
      ...result.errors.map((error) => `  extension error: ${error.split('\n').slice(0, 3).join(' | ')}`),
      ...result.mutations.slice(0, 10).map((entry) => `  DOM changed: ${entry}`),
      ...result.comparison.missing.map((text) => `  not marked, but in the rendered text: "${text}"`),
      ...result.comparison.extra.map((text) => `  marked, but not in the rendered text: "${text}"`),
      ...result.comparison.tolerated.map((text) => `  explained difference: ${text}`),
      result.card === 'not opened' ? '  the card did not open on the first mention' : null,
      ...result.requests.map((url) => `  request not made by the page: ${url}`),
    ].filter((line): line is string => Boolean(line));
    if (lines.length) out.push(`${result.name}:`, ...lines);
  }
  return out;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summary(label: string, results: readonly PageResult[], seconds: number): string {
  const failed = results.filter((result) => failures(result).length);
  const work = results.map((result) => result.timing.workMs).filter((value): value is number => value !== null);
  const longest = results.map((result) => result.timing.longestMs).filter((value): value is number => value !== null);
  const source = results.find((result) => result.timing.source !== 'none')?.timing.source ?? 'none';
  const counts = new Map<string, number>();
  for (const result of results) for (const reason of failures(result)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [
    `${label}: ${results.length} pages in ${seconds.toFixed(0)} s; ${results.filter((result) => result.comparison.marked > 0).length} with mentions, ${results.reduce((sum, result) => sum + result.comparison.marked, 0)} marks in all; ` +
      `cards opened ${results.filter((result) => result.card === 'opened').length}/${results.filter((result) => result.card !== 'no mention').length}`,
    source === 'none'
      ? '  extension time: not measurable in this browser without the bench build'
      : `  extension time (${source === 'bench' ? 'bench build measures' : 'CDP ScriptDuration; longest = tasks ≥ 50 ms after DOMContentLoaded, any origin'}): ` +
        `median ${ms(median(work))} ms, max ${ms(work.length ? Math.max(...work) : null)} ms; longest task ${ms(longest.length ? Math.max(...longest) : null)} ms`,
    failed.length
      ? `  FAILED on ${failed.length} page(s): ${[...counts].map(([reason, count]) => `${reason} ${count}`).join(', ')}`
      : '  no extension error, no DOM change, no mismatch, no request',
  ].join('\n');
}
