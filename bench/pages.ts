/**
 * The pages and the server: every saved page in the pages folder plus the generated stress
 * pages, served from 127.0.0.1 with a CSP that keeps the page's own scripts and anything
 * off-origin out (the saved pages do not need them; it keeps runs comparable), and a tiny
 * prelude in every page: the bench's page-world script and the limit's ::highlight style,
 * present from document start in every configuration alike.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT, startFixtureServer, type FixtureServer } from '../scripts/browsers/server.ts';
import { article, stressPages } from './stress.ts';

export const DEFAULT_PAGES_DIR = resolve(REPO_ROOT, '../shared/pages');

export interface BenchPage {
  name: string;
  path: string;
  /** real: a saved page; demo: the bundled demo article; stress: generated. */
  kind: 'real' | 'demo' | 'stress';
  bytes: number;
  /** Appended-to (infinite scroll): Backstory's updates are timed here. */
  incremental: boolean;
}

/**
 * Nothing but the bench's own scripts loads: the saved pages' scripts, styles, images and
 * frames point elsewhere (or nowhere) anyway, and a load that fetches nothing is quick and
 * the same every time. Inline styles stay, so pages keep their layout.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline' data:",
  'img-src data:',
  'font-src data:',
].join('; ');

const PRELUDE =
  '<style>::highlight(bench-limit){text-decoration:underline 2px #b45309}</style>' +
  '<script src="/__bench/page-world.js"></script>';

/**
 * Frames keep their box but load nothing: a blocked frame costs Chromium an error page
 * (and a process) each, which made some loads seconds long and all of them noisy.
 */
export function withoutFrameSources(html: string): string {
  return html.replace(/(<i?frame\b[^>]*?)\s(?:src|srcdoc)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '$1');
}

/** Puts the prelude first in <head> (after the doctype, so no page drops into quirks mode). */
export function withPrelude(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html.slice(0, 65_536));
  if (head) return html.slice(0, head.index + head[0].length) + PRELUDE + html.slice(head.index + head[0].length);
  const root = /<html\b[^>]*>/i.exec(html.slice(0, 65_536));
  if (root) return html.slice(0, root.index + root[0].length) + PRELUDE + html.slice(root.index + root[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + PRELUDE + html.slice(at);
}

/** The page-world script, bundled from bench/page-world.ts to one classic script. */
async function pageWorldScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO_ROOT,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: join(REPO_ROOT, 'bench/page-world.ts'), formats: ['iife'], name: 'benchPageWorld', fileName: () => 'page-world.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const chunk of output.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Could not bundle bench/page-world.ts');
}

/** Pages the bench uses besides the table's: a small page for startup, one to hover. */
export const PROBE_PATH = '/bench/probe.html';
export const HOVER_PATH = '/bench/hover-article.html';

export interface BenchServer {
  server: FixtureServer;
  pages: BenchPage[];
  close(): Promise<void>;
}

export interface PageSelection {
  pagesDir: string;
  /** A few pages only (the smoke run). */
  quick: boolean;
  /** Only pages whose name contains one of these. */
  filter?: string[];
}

const QUICK_REAL = ['wikipedia-4', 'guardian-1', 'ol', 'lwn-1', 'nytimes-2'];

export async function startBenchServer(selection: PageSelection): Promise<BenchServer> {
  const server = await startFixtureServer({});
  const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
  server.route('/__bench/page-world.js', { body: await pageWorldScript(), type: 'text/javascript; charset=utf-8' });
  server.route('/__bench/mark.min.js', {
    body: readFileSync(join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js')),
    type: 'text/javascript; charset=utf-8',
  });

  server.route(PROBE_PATH, {
    body: withPrelude('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Probe</title></head><body><p>A short page with nothing to mark.</p></body></html>'),
    headers,
  });
  server.route(HOVER_PATH, { body: withPrelude(article({ targetBytes: 40_000, mentions: 40, nearMisses: 40, withMentions: true, seed: 7 })), headers });

  const pages: BenchPage[] = [];
  const files = readdirSync(selection.pagesDir).filter((file) => /\.x?html?$/i.test(file)).sort();
  for (const file of files) {
    const name = file.replace(/\.x?html?$/i, '');
    if (selection.quick && !QUICK_REAL.includes(name)) continue;
    const full = join(selection.pagesDir, file);
    if (!statSync(full).isFile()) continue;
    const body = withPrelude(withoutFrameSources(readFileSync(full, 'utf8')));
    const path = `/p/${encodeURIComponent(name)}.html`;
    server.route(path, { body, headers });
    pages.push({ name, path, kind: 'real', bytes: Buffer.byteLength(body), incremental: false });
  }
  if (!selection.quick) {
    // The page the demo opens: a long article with mentions, like one a user reads.
    const body = withPrelude(readFileSync(join(REPO_ROOT, 'demo/article.html'), 'utf8'));
    server.route('/demo/article.html', { body, headers });
    pages.push({ name: 'demo-article', path: '/demo/article.html', kind: 'demo', bytes: Buffer.byteLength(body), incremental: false });
  }
  for (const stress of stressPages()) {
    if (selection.quick && stress.name !== 'infinite-scroll') continue;
    const body = withPrelude(stress.html);
    const path = `/stress/${stress.name}.html`;
    server.route(path, { body, headers });
    pages.push({ name: stress.name, path, kind: 'stress', bytes: Buffer.byteLength(body), incremental: stress.incremental });
  }
  const filtered = selection.filter?.length ? pages.filter((page) => selection.filter!.some((part) => page.name.includes(part))) : pages;
  return { server, pages: filtered, close: () => server.close() };
}
