import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMentions } from '../../scripts/sweep/compare.ts';
import { defaultMatching, expectedIn, loadBundledPacks, minus } from '../../scripts/sweep/expected.ts';
import { referencedBy } from '../../scripts/sweep/requests.ts';
import { extensionTasks } from '../../scripts/sweep/bench-build.ts';

const { matcher, yearRule } = defaultMatching(loadBundledPacks(join(import.meta.dirname, '../../assets/topics')));
const expected = (text: string) => expectedIn(text, matcher, yearRule);

describe('what the sweep expects in rendered text', () => {
  it('finds mentions line by line, and across line breaks in the joined reading', () => {
    expect(expected('Nikita\nKhrushchev spoke.\tStalin')).toEqual({
      lines: ['khrushchev', 'stalin'],
      joined: ['nikita khrushchev', 'stalin'],
    });
  });

  it('ignores case and white space, as the matcher does (innerText applies text-transform)', () => {
    expect(expected('THE SECRET\u00a0SPEECH').lines).toEqual(['secret speech']);
  });

  it('applies the year context rule to the whole document', () => {
    expect(expected('In 1956.\nNothing else.').lines).toEqual([]);
    expect(expected('In 1956.\nStalin.').lines).toEqual(['1956', 'stalin']);
  });
});

describe('comparing marks with the expectation', () => {
  it('passes equal multisets, whatever the order', () => {
    expect(compareMentions(['stalin', '1956'], { lines: ['1956', 'stalin'], joined: ['1956', 'stalin'] })).toMatchObject({ missing: [], extra: [], tolerated: [] });
  });

  it('reports what is missing and what is extra, counting duplicates', () => {
    const result = compareMentions(['stalin'], { lines: ['stalin', 'stalin', '1956'], joined: ['stalin', 'stalin', '1956'] });
    expect(result).toMatchObject({ missing: ['stalin', '1956'], extra: [], tolerated: [] });
  });

  it('explains a mention read across a line break that only CSS adds, and the part it replaces', () => {
    const result = compareMentions(['nikita khrushchev'], expected('Nikita\nKhrushchev'));
    expect(result).toMatchObject({ missing: [], extra: [] });
    expect(result.tolerated).toHaveLength(2);
  });

  it('does not explain a mention the scanner split where the browser renders one line', () => {
    const result = compareMentions(['khrushchev'], expected('Nikita Khrushchev'));
    expect(result).toMatchObject({ missing: ['nikita khrushchev'], extra: ['khrushchev'], tolerated: [] });
  });

  it('subtracts multisets', () => {
    expect(minus(['a', 'a', 'b'], ['a'])).toEqual(['a', 'b']);
  });
});

describe("a request the page's markup explains", () => {
  it('is named in the markup, in any of the ways markup writes URLs', () => {
    const markup = '<img src="//cdn.example/a b.png?x=1&amp;y=2"><link href="/c/d.css"><a href="chrome-extension://abc/x.css">';
    expect(referencedBy(markup, 'https://cdn.example/a%20b.png?x=1&y=2')).toBe(true);
    expect(referencedBy(markup, 'https://elsewhere.example/c/d.css')).toBe(true);
    expect(referencedBy(markup, 'chrome-extension://invalid/')).toBe(true);
    expect(referencedBy('<img src="file:///C|/My%20Documents/a.gif">', 'file:///C%7C/My%20Documents/a.gif')).toBe(true);
    expect(referencedBy(markup, 'https://tracker.example/collect')).toBe(false);
    expect(referencedBy('<p>no extension here</p>', 'chrome-extension://invalid/')).toBe(false);
  });
});

describe("the extension's tasks, from the bench build's measures", () => {
  const measure = (name: string, start: number, end: number) => ({ name: `backstory:${name}`, start, end });

  it('takes a pass that fits in one task as one task', () => {
    expect(extensionTasks([measure('initial-pass', 10, 14)])).toEqual({ longest: 4, work: 4, passes: 1, updates: 0 });
  });

  it("bounds a sliced pass's last slice by the time from the slice before it to the end", () => {
    const result = extensionTasks([measure('initial-pass', 0, 40), measure('task', 0, 8), measure('task', 12, 20), measure('update', 100, 103)]);
    expect(result).toEqual({ longest: 20, work: 8 + 8 + 20 + 3, passes: 1, updates: 1 });
  });
});
