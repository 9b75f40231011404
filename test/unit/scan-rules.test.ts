// @vitest-environment jsdom
/**
 * The scan rules, fast: the content script's scanner (src/content/scanner.ts) on the
 * cases of test/fixtures/scan-rules.html, through every path of the gated scan (the
 * default limits, and limits so tight that every subtree is read, located and split),
 * and on generated DOM trees, where the gated pass must find exactly what a full walk of
 * every text node finds. jsdom only stands in for the DOM's tree here: what is rendered
 * and what is marked is the e2e suites' business (test/e2e/scan-rules.test.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Matcher, SegmentMention } from '../../src/core/matcher/types.ts';
import type { ScanLimits } from '../../src/content/gated-scan.ts';
import { RunBuilder } from '../../src/content/run-builder.ts';
import { Scanner, type FoundRun } from '../../src/content/scanner.ts';
import { createSlicer } from '../../src/content/slicer.ts';
import { walkText } from '../../src/content/text-walk.ts';
import { matcherWith } from './helpers/matcher-fixture.ts';
import { options, texts } from './helpers/planted-text.ts';
import { createMatcher } from '../../src/core/matcher/index.ts';

const FIXTURE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/scan-rules.html'), 'utf8');

/** Every path taken on the smallest trees: read everything, locate down to single nodes. */
const TIGHT: ScanLimits = { readElements: 1, fewElements: 0, walkChars: 0, denseChars: 1e9, leaveOutChars: 1 };
/** Never read: every subtree is split child by child. */
const SPLIT: ScanLimits = { readElements: 0, fewElements: -1, walkChars: 0, denseChars: 1e9, leaveOutChars: 1 };
/** Every subtree read whole, then located: the path of the gate's first read (without big skipped blocks). */
const WHOLE: ScanLimits = { readElements: 1e9, fewElements: 0, walkChars: 0, denseChars: 1e9, leaveOutChars: 1 };
const LIMITS: Record<string, ScanLimits | undefined> = { default: undefined, tight: TIGHT, split: SPLIT, whole: WHOLE };

/** "matched text|entity" for each mention of a run, in order. */
function showRun(run: FoundRun): string[] {
  const texts = run.nodes.map((node) => node.data);
  const at = (p: SegmentMention['start']) => texts.slice(0, p.segment).join('').length + p.offset;
  const joined = texts.join('');
  return run.found.map((m) => `${joined.slice(at(m.start), at(m.end))}|${m.entity}`);
}

/** What the scanner finds under `root`, in document order; `pauses` makes every check a pause. */
async function scanned(matcher: Matcher, root: Element, limits?: ScanLimits, pauses = false): Promise<string[]> {
  const found: string[] = [];
  const scanner = new Scanner({ matcher, ownHost: () => null, onShadowRoot: () => {}, limits });
  await scanner.scan(root, createSlicer(pauses ? -1 : 1e9, new AbortController().signal), (run) => found.push(...showRun(run)));
  return found;
}

/** The reference: every text node walked, no gate. */
async function walked(matcher: Matcher, root: Element): Promise<string[]> {
  const found: string[] = [];
  const builder = new RunBuilder((run) => {
    const mentions = matcher.findInSegments(run.texts);
    if (mentions.length > 0) found.push(...showRun({ nodes: run.nodes, found: mentions }));
  }, () => {});
  await walkText(root, builder, null, createSlicer(1e9, new AbortController().signal));
  return found;
}

describe('the scan rules on the fixture cases', () => {
  const matcher = matcherWith();
  beforeEach(() => {
    document.body.replaceWith(document.adoptNode(new DOMParser().parseFromString(FIXTURE, 'text/html').body));
  });
  const names = [...FIXTURE.matchAll(/data-name="([^"]+)"/g)].map((m) => m[1]!);

  it('has its cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(document.querySelectorAll('.case')).toHaveLength(names.length);
  });

  for (const [label, limits] of Object.entries(LIMITS)) {
    it.each(names)(`%s (${label} limits)`, async (name) => {
      const element = [...document.querySelectorAll<HTMLElement>('.case')].find((e) => e.dataset.name === name)!;
      const expected = JSON.parse(element.dataset.expect!) as string[];
      expect(await scanned(matcher, element, limits)).toEqual(expected);
      expect(await walked(matcher, element)).toEqual(expected);
    });
  }

  it('finds every case in one scan of the whole page, each limit alike', async () => {
    const expected = [...document.querySelectorAll<HTMLElement>('.case')].flatMap((e) => JSON.parse(e.dataset.expect!) as string[]);
    for (const limits of Object.values(LIMITS)) expect(await scanned(matcher, document.body, limits)).toEqual(expected);
    expect(await scanned(matcher, document.body, TIGHT, true)).toEqual(expected);
  });
});

/** A generated DOM tree (jsdom runs scripts, so <style> stands for the skipped elements with text): inline and block elements, breaks, images, skipped and custom elements, comments, empty texts. */
type Tree = { text: string } | { comment: true } | { tag: string; children: Tree[] };
const TAGS = ['b', 'i', 'span', 'a', 'em', 'div', 'p', 'section', 'li', 'br', 'img', 'style', 'textarea', 'x-card', 'td', 'h2', 'noscript'];
const VOID = new Set(['br', 'img']);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: fc.oneof(texts, fc.constantFrom('', ' ', 'Nikita ', ' Khrushchev', 'Sta', 'lin ')).map((text) => ({ text })) },
    { weight: 1, arbitrary: fc.constant({ comment: true as const }) },
    { weight: 3, arbitrary: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('node'), { maxLength: 5 }) }) },
  ),
})).node;

function build(node: Tree): Node {
  if ('text' in node) return document.createTextNode(node.text);
  if ('comment' in node) return document.createComment('c');
  const element = document.createElement(node.tag);
  if (!VOID.has(node.tag)) for (const child of node.children) element.append(build(child));
  return element;
}

describe('the gated pass and the full walk on generated trees', () => {
  const matcher = createMatcher(options);
  it('find the same mentions, whichever limits and pauses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.constantFrom(...Object.keys(LIMITS)), fc.boolean(), async (trees, label, pauses) => {
        const root = document.createElement('div');
        for (const node of trees) root.append(build(node));
        document.body.replaceChildren(root);
        expect(await scanned(matcher, root, LIMITS[label], pauses)).toEqual(await walked(matcher, root));
      }),
      { numRuns: Number(process.env.SCAN_PROPERTY_RUNS ?? 300) },
    );
  });
});
