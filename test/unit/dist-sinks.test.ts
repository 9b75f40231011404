/**
 * The shipped bundles hold no HTML or code sinks: no markup is ever parsed from a string
 * and no string is ever run as code, in our code or in the libraries bundled with it
 * (webextension-polyfill, Floating UI). Lint keeps them out of src/; this reads
 * what actually ships, so a dependency cannot bring one in unnoticed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BUILDS = ['dist/chrome', 'dist/firefox'];

const SINKS: [name: string, pattern: RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
  // Direct and indirect eval (`(0, eval)(s)`); an `eval:` key or a method `x.eval(` is not the global.
  ['eval', /(?<![\w$.])eval\b(?!\s*:)/],
  // `new Function(…)` and `Function(…)` both compile a string; `Function.prototype…` does not.
  ['Function(', /(?<![\w$.])Function\s*\(/],
  ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote import', /\bimport\s*\(\s*["'`]https?:/],
];

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesIn(path);
    return /\.(js|mjs|html)$/.test(entry) ? [path] : [];
  });
}

/** "file: sink: …context…" for every sink found. */
function sinksIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [name, pattern] of SINKS) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of text.matchAll(global)) {
      const at = match.index;
      found.push(`${relative(ROOT, file)}: ${name}: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
    }
  }
  return found;
}

describe.each(BUILDS)('%s', (build) => {
  const dir = join(ROOT, build);

  it('exists (npm test builds it first)', () => {
    expect(existsSync(join(dir, 'manifest.json')), `${build} is missing: run \`npm run build\``).toBe(true);
  });

  it('has no HTML or code sink in any script or page', () => {
    const files = filesIn(dir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    expect(files.flatMap(sinksIn)).toEqual([]);
  });

  it('gives the card on web pages a closed shadow root (the open one is the audit build\'s)', () => {
    // The options page's preview is the extension's own page: its root may be open.
    const code = readFileSync(join(dir, 'src/content/index.js'), 'utf8');
    const calls = [...code.matchAll(/attachShadow\(([^)]*)\)/g)].map((match) => match[1]!.replace(/["'`\s]/g, ''));
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls)).toEqual(new Set(['{mode:closed}']));
  });

  it('keeps the pack validator out of the content script, and the JSON Schema tooling out of the build', () => {
    // The content script reads the bundled packs as the build checked them (bundled.ts).
    const code = readFileSync(join(dir, 'src/content/index.js'), 'utf8');
    expect(code).not.toMatch(/packNotKebab|packMarkup|packTriggerCommonWord/);
    // ajv is a test-only devDependency; the extension's pages validate with schema.ts alone.
    for (const file of filesIn(dir)) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/json-schema\.org|\bAjv\b|ajv\//);
  });

  it('has no inline script or inline event handler in its pages', () => {
    for (const file of filesIn(dir).filter((path) => path.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, relative(ROOT, file)).toMatch(/\bsrc=/);
      expect(html, relative(ROOT, file)).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});

describe('the sink patterns', () => {
  const hits = (code: string) => SINKS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);

  it('catch the sinks, however they are written', () => {
    expect(hits('a.innerHTML=b')).toEqual(['innerHTML']);
    expect(hits('e["outerHTML"]')).toEqual(['outerHTML']);
    expect(hits('document.write(x)')).toEqual(['document.write']);
    expect(hits('d.writeln (x)')).toEqual(['document.write']);
    expect(hits('(0,eval)(s)')).toEqual(['eval']);
    expect(hits('new Function("a", s)')).toEqual(['Function(']);
    expect(hits('Function(s)()')).toEqual(['Function(']);
    expect(hits('setTimeout("alert(1)", 0)')).toEqual(['setTimeout/setInterval with a string']);
    expect(hits('import("https://example.com/x.js")')).toEqual(['remote import']);
  });

  it('leave alone what only looks like one', () => {
    // webextension-polyfill's API table has a `devtools.inspectedWindow.eval` entry and binds `Function.call`.
    expect(hits('inspectedWindow:{eval:{minArgs:1}},c=Function.call.bind(Object.prototype.hasOwnProperty)')).toEqual([]);
    expect(hits('isFunction(x);chrome.devtools.inspectedWindow.eval(s);setTimeout(f,0)')).toEqual([]);
    expect(hits('stream.writable;textContent=s')).toEqual([]);
  });
});
