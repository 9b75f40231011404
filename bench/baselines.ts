/**
 * The two baselines: one combined case-insensitive regex with Unicode-aware boundaries
 * (what a simple highlighter does) and mark.js's own regexes for `mark(terms,
 * { accuracy: 'exactly' })`, one pass per term. mark.js needs a DOM to mark, but builds
 * its regexes without one: we run the real library on an empty context with stub
 * `window`, `NodeFilter` and `NodeList` and take each regex from its debug log, then run them as its wrapMatches does.
 */
import { createRequire } from 'node:module';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function combinedRegex(terms: readonly string[]): (text: string) => number {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return (text) => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
    return n;
  };
}

export function markJsRegexes(terms: readonly string[]): RegExp[] {
  const g = globalThis as { window?: unknown; NodeFilter?: unknown; NodeList?: unknown };
  const saved = [g.window, g.NodeFilter, g.NodeList];
  g.window = { navigator: { userAgent: 'node' }, console };
  g.NodeFilter = { SHOW_TEXT: 4 };
  g.NodeList = function NodeList() {}; // mark.js only asks whether the context is a NodeList
  try {
    const Mark = createRequire(import.meta.url)('mark.js') as new (ctx: unknown) => { mark(t: readonly string[], o: object): void };
    const sources: RegExp[] = [];
    const log = { debug: (msg: string) => {
      const m = /Searching with expression "\/(.*)\/([a-z]*)"$/s.exec(msg);
      if (m) sources.push(new RegExp(m[1]!, m[2]));
    } };
    new Mark([]).mark(terms, { accuracy: 'exactly', debug: true, log });
    return sources;
  } finally {
    [g.window, g.NodeFilter, g.NodeList] = saved;
  }
}

export function markJs(terms: readonly string[]): (text: string) => number {
  const regexes = markJsRegexes(terms);
  return (text) => {
    let n = 0;
    for (const re of regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0] === '') re.lastIndex++; // as mark.js does: never loop on an empty match
        n++;
      }
    }
    return n;
  };
}
