/**
 * What every page pays to download-and-parse: the JavaScript the manifest injects into each
 * page (content_scripts[].js), gzipped. The shipped build is made afresh from the current
 * sources (the same config as `npm run build`, into a temporary folder); the breakdown comes
 * from an unminified twin of the same bundle, whose per-module `// path` region comments
 * say where each top-level statement came from. Each group is minified on its own and
 * gzipped; the shipped total is then shared out in proportion (gzip does not add up exactly).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';
import { REPO_ROOT } from '../scripts/browsers/server.ts';

export interface SizeGroup {
  group: string;
  /** Minified on its own, gzipped (bytes). */
  alone: number;
  /** Its share of the shipped gzipped total (bytes). */
  share: number;
}

export interface SizeReport {
  files: { file: string; raw: number; gzip: number }[];
  /** All injected JavaScript, gzipped, bytes. */
  total: number;
  css: { file: string; raw: number; gzip: number }[];
  groups: SizeGroup[];
  /** The biggest modules, each minified on its own and gzipped (bytes). */
  modules: { module: string; alone: number }[];
  budget: number;
}

export const SIZE_BUDGET = 20 * 1024;

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The group a module belongs to; a statement naming the polyfill is the polyfill's. */
export function groupOf(path: string, statement: string): string {
  if (path.includes('webextension-polyfill') || statement.includes('webextension-polyfill')) return 'polyfill';
  // The bundled packs: their own module, or inlined ahead of the first module (an eager glob).
  if (path.startsWith('assets/topics/') || (path === '(prelude)' && statement.includes('entities'))) return 'data';
  if (path.startsWith('src/core/matcher/')) return 'matcher';
  if (path.startsWith('src/content/card/') || path.startsWith('src/ui/')) return 'card';
  // The content script ships the bundled packs' loader and localize.ts, never the validator.
  if (path.startsWith('src/core/pack/')) return 'pack (localize, no validator)';
  if (path.startsWith('src/core/settings/') || path.startsWith('src/shared/') || path === 'src/core/messages.ts') return 'settings + messaging';
  if (path.startsWith('src/content/') || path.startsWith('src/core/')) return 'page (scan, highlights, hover)';
  return 'bundler runtime';
}

/** Splits an unminified IIFE bundle into top-level statements tagged with their module. */
export function statementsByModule(code: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  let path = '(prelude)';
  let current: string[] = [];
  // The IIFE's own first and last lines belong to no module.
  const lines = code.trimEnd().split('\n');
  if (/^\(function\s*\(\)\s*\{$/.test(lines[0]!.trim())) lines.shift();
  if (/^\}\)\(\);?$/.test(lines.at(-1)!.trim())) lines.pop();
  const flush = () => {
    if (current.length) out.push({ path, text: current.join('\n') });
    current = [];
  };
  for (const line of lines) {
    const region = /^\t\/\/ (\S.*)$/.exec(line);
    if (region && /[./]/.test(region[1]!) && !region[1]!.includes(' ')) {
      flush();
      path = region[1]!.replace(/^\\0/, '');
      continue;
    }
    // A new top-level statement inside the IIFE starts at one tab of indentation.
    if (/^\t\S/.test(line) && !/^\t[})\]]/.test(line)) flush();
    current.push(line);
  }
  flush();
  return out;
}

/** Builds the extension with the project's config; `bench` sets BACKSTORY_BENCH=1. */
export async function buildExtension(options: { mode: 'chrome' | 'firefox'; bench: boolean; outDir?: string; minify?: boolean }): Promise<void> {
  const saved = process.env.BACKSTORY_BENCH;
  if (options.bench) process.env.BACKSTORY_BENCH = '1';
  else delete process.env.BACKSTORY_BENCH;
  // The crx plugin reports progress with console.log; keep the bench output readable.
  const log = console.log;
  const warn = console.warn;
  console.log = () => {};
  console.warn = () => {};
  try {
    await build({
      configFile: join(REPO_ROOT, 'vite.config.ts'),
      root: REPO_ROOT,
      mode: options.mode,
      logLevel: 'error',
      build: { ...(options.outDir ? { outDir: options.outDir, emptyOutDir: true } : {}), ...(options.minify === undefined ? {} : { minify: options.minify }) },
    });
  } finally {
    console.log = log;
    console.warn = warn;
    if (saved === undefined) delete process.env.BACKSTORY_BENCH;
    else process.env.BACKSTORY_BENCH = saved;
  }
}

function minifiedGzip(name: string, texts: string[]): number {
  // Inside a function so top-level names are mangled as they are in the real bundle;
  // no compression, which would drop code nothing in the fragment uses.
  const wrapped = `(function(){\n${texts.join('\n')}\n})();`;
  const { code, errors } = minifySync(`${name.replace(/\W+/g, '_')}.js`, wrapped, { compress: false, mangle: true });
  if (errors.length) throw new Error(`Could not minify ${name}: ${errors[0]!.message}`);
  return gz(code);
}

interface ManifestLike {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** The JavaScript files the built manifest in `dir` injects into every page, gzipped. */
export function injectedScripts(dir: string): { file: string; raw: number; gzip: number }[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;
  return [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))].map((file) => {
    const data = readFileSync(join(dir, file));
    return { file, raw: data.length, gzip: gz(data) };
  });
}

export async function measureSize(): Promise<SizeReport> {
  const work = mkdtempSync(join(tmpdir(), 'backstory-size-'));
  try {
    const shipped = join(work, 'shipped');
    const readable = join(work, 'readable');
    await buildExtension({ mode: 'chrome', bench: false, outDir: shipped });
    await buildExtension({ mode: 'chrome', bench: false, outDir: readable, minify: false });
    const manifest = JSON.parse(readFileSync(join(shipped, 'manifest.json'), 'utf8')) as ManifestLike;
    const files = injectedScripts(shipped);
    const jsFiles = files.map((entry) => entry.file);
    const cssFiles = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.css ?? []))];
    const css = cssFiles.map((file) => {
      const data = readFileSync(join(shipped, file));
      return { file, raw: data.length, gzip: gz(data) };
    });
    const total = files.reduce((sum, file) => sum + file.gzip, 0);

    const grouped = new Map<string, string[]>();
    const byModule = new Map<string, string[]>();
    for (const file of jsFiles) {
      for (const { path, text } of statementsByModule(readFileSync(join(readable, file), 'utf8'))) {
        const group = groupOf(path, text);
        grouped.set(group, [...(grouped.get(group) ?? []), text]);
        const module = group === 'polyfill' ? 'webextension-polyfill' : path;
        byModule.set(module, [...(byModule.get(module) ?? []), text]);
      }
    }
    const alone = [...grouped].map(([group, texts]) => ({ group, alone: minifiedGzip(group, texts) }));
    const modules = [...byModule]
      .map(([module, texts]) => ({ module, alone: minifiedGzip(module, texts) }))
      .sort((a, b) => b.alone - a.alone)
      .slice(0, 15);
    const sum = alone.reduce((total, entry) => total + entry.alone, 0);
    const groups = alone
      .map((entry) => ({ ...entry, share: Math.round((entry.alone / sum) * total) }))
      .sort((a, b) => b.share - a.share);
    return { files, total, css, groups, modules, budget: SIZE_BUDGET };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
