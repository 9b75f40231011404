/**
 * Variants of the current sources, built into a temporary directory without touching
 * dist/: `bench` (`__BENCH__` on: the content script records `backstory:*` performance
 * measures, so tests can time the extension's own tasks) and `audit` (`__AUDIT__` on: the
 * card's shadow root is open, so axe-core can audit the live card).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserName } from '../browsers/find-browser.ts';
import { REPO_ROOT } from '../browsers/server.ts';

export async function buildVariant(name: BrowserName, variant: 'bench' | 'audit'): Promise<{ dir: string; remove(): Promise<void> }> {
  const parent = await mkdtemp(join(tmpdir(), `backstory-${variant}-`));
  const dir = join(parent, name);
  const mode = name === 'chromium' ? 'chrome' : 'firefox';
  try {
    await promisify(execFile)('npx', ['vite', 'build', '--mode', mode, '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: REPO_ROOT,
      env: { ...process.env, [variant === 'bench' ? 'BACKSTORY_BENCH' : 'BACKSTORY_AUDIT']: '1', NO_COLOR: '1' },
    });
  } catch (error) {
    await rm(parent, { recursive: true, force: true });
    const output = String((error as { stderr?: unknown }).stderr ?? error).replace(/\x1b\[[0-9;]*m/g, '');
    throw new Error(`The ${variant} build (${mode}) failed:\n${output.split('\n').slice(0, 12).join('\n')}`);
  }
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

export interface ExtensionTasks {
  /** The longest stretch of the extension's work in one task, ms. */
  longest: number;
  /** All of its work, ms (each pass's and update's last slice counted up to its end). */
  work: number;
  /** First passes and updates the extension finished. */
  passes: number;
  updates: number;
}

interface Measure {
  name: string;
  start: number;
  end: number;
}

/**
 * The bench build's `backstory:task` measures are its time slices, except the last one of
 * each pass or update (`backstory:initial-pass`, `backstory:update`, which include the
 * yields in between): that one is bounded by the time from the last slice to the end.
 */
export function extensionTasks(measures: readonly Measure[]): ExtensionTasks {
  const slices = measures.filter((entry) => entry.name === 'backstory:task');
  const spans = measures.filter((entry) => entry.name === 'backstory:initial-pass' || entry.name === 'backstory:update');
  const lengths = slices.map((slice) => slice.end - slice.start);
  for (const span of spans) {
    const inside = slices.filter((slice) => slice.start >= span.start - 0.05 && slice.end <= span.end + 0.05);
    lengths.push(span.end - Math.max(span.start, ...inside.map((slice) => slice.end)));
  }
  return {
    longest: Math.max(0, ...lengths),
    work: lengths.reduce((sum, length) => sum + length, 0),
    passes: spans.filter((span) => span.name === 'backstory:initial-pass').length,
    updates: spans.filter((span) => span.name === 'backstory:update').length,
  };
}
