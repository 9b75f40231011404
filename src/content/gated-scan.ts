/**
 * The scan's path through a page: read the text of a subtree in one native call
 * (textContent), ask the gate (core/matcher/gate.ts) where a trigger may start, and walk
 * nodes only where one may. A page that mentions nothing costs one read of its text and
 * one regex pass over it: no node is visited, nothing is allocated per node.
 *
 * Where the gate finds a start, the subtree's children are measured (their texts'
 * lengths say which child each start falls in) and only those children are looked into,
 * down to a subtree small enough to walk. Runs never cross a block: a child that is not
 * inline holds its runs whole, and a row of inline children (with the text between them)
 * shares its runs, so it is walked as one. Skipped elements (script, style...) are never
 * looked into, though their text is in what a parent's textContent reads.
 */
import { NONE, type Gate } from '../core/matcher/gate.ts';
import type { RunBuilder } from './run-builder.ts';
import type { Slicer } from './slicer.ts';
import { hasMore } from './element-count.ts';
import { walkSiblings, walkText } from './text-walk.ts';
import { INLINE_TAGS, isSkippedTag } from './text-rules.ts';
import { textWithoutBigBlocks } from './visible-text.ts';

export interface GatedScanDeps {
  gate: Gate;
  builder: RunBuilder;
  ownHost: Element | null;
  slicer: Slicer;
  limits: ScanLimits;
}

/** Where the scan reads, looks further or walks (tests set them low to take every path on small trees). */
export interface ScanLimits {
  /** A subtree with more elements is read child by child: one read stays a few ms. */
  readElements: number;
  /**
   * A scan root this small is walked unread: cheaper than reading it, and a huge text
   * node in it (10 MB in one <p>) is then read a window at a time instead of all at once.
   * (Small children of a big subtree are read: they come by the thousand.)
   */
  fewElements: number;
  /** Text this short is walked rather than located further. */
  walkChars: number;
  /** At one start per this many characters or more, the whole subtree is walked. */
  denseChars: number;
  /**
   * Big script, style and noscript blocks holding this much text in all are left out of a
   * subtree's first read (visible-text.ts): about a millisecond of reading in Chromium.
   */
  leaveOutChars: number;
}

export const SCAN_LIMITS: ScanLimits = { readElements: 3000, fewElements: 8, walkChars: 4096, denseChars: 1024, leaveOutChars: 256 * 1024 };

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

type Root = Element | ShadowRoot;

interface Group {
  kind: 'block' | 'inline' | 'skip';
  nodes: Node[];
  /** Offsets of the group's text in its parent's text. */
  start: number;
  end: number;
  /** A block's own text. */
  text: string;
}

/**
 * `top`: `root` is where the scan started (a page's body, a subtree added later). A small
 * one is walked unread; a small child of a big subtree is read and gated like any other,
 * since a page of thousands of short paragraphs would otherwise be walked node by node.
 */
export async function gatedScan(root: Root, deps: GatedScanDeps, top = true): Promise<void> {
  const { limits } = deps;
  // A shadow root cannot count its elements without listing them: it is read child by child.
  if (root.nodeType !== ELEMENT) return scanChildren(root, deps);
  // Counting stops past the limit, so a huge subtree costs no more to size than a small one.
  const small = !hasMore(root as Element, limits.fewElements);
  if (small && top) return walkText(root, deps.builder, deps.ownHost, deps.slicer);
  if (!small && hasMore(root as Element, limits.readElements)) return scanChildren(root, deps);
  // A few elements hold no big blocks worth looking for.
  const read = small ? { text: root.textContent ?? '', whole: true } : textWithoutBigBlocks(root as Element, limits.leaveOutChars);
  await pauseIfDue(deps.slicer, read.text.length);
  // Most pages end here: no trigger can start anywhere in their text.
  const first = deps.gate.first(read.text);
  if (first === NONE) return;
  // Starts are located in the whole text, whose offsets are the children's.
  const text = read.whole ? read.text : root.textContent ?? '';
  const found = startsIn(deps.gate, text, read.whole ? first : deps.gate.next(text, 0));
  if (found.length > 0) await locate(root, text, found, deps);
}

/** A subtree too big to read at once: each block child on its own, each row of inline ones together. */
async function scanChildren(root: Root, deps: GatedScanDeps): Promise<void> {
  for (const group of groupsOf(root, null, deps.ownHost)) {
    if (deps.slicer.due()) await deps.slicer.pause();
    if (group.kind === 'block') {
      await gatedScan(group.nodes[0] as Element, deps, false);
    } else if (group.kind === 'inline') {
      const text = group.nodes.map(textOf).join('');
      await pauseIfDue(deps.slicer, text.length);
      if (deps.gate.first(text) !== NONE) await walkSiblings(group.nodes, deps.builder, deps.ownHost, deps.slicer);
    }
  }
}

/** `text` is the text of `root` and `found` the gate's starts in it: walk where they are. */
async function locate(root: Root, text: string, found: readonly number[], deps: GatedScanDeps): Promise<void> {
  const { limits } = deps;
  if (text.length <= limits.walkChars || found.length * limits.denseChars >= text.length) return walkText(root, deps.builder, deps.ownHost, deps.slicer);
  const groups = groupsOf(root, text, deps.ownHost);
  await pauseIfDue(deps.slicer, text.length);
  let k = 0;
  for (const group of groups) {
    const mine: number[] = [];
    for (; k < found.length && found[k]! < group.end; k++) if (found[k]! >= group.start) mine.push(found[k]! - group.start);
    if (mine.length === 0) continue;
    if (group.kind === 'block') await locate(group.nodes[0] as Element, group.text, mine, deps);
    else if (group.kind === 'inline') await walkSiblings(group.nodes, deps.builder, deps.ownHost, deps.slicer);
  }
}

/**
 * The children of `root` as blocks, rows of inline nodes and skipped elements, one at a
 * time (a parent of 20,000 children is not listed in one go). With the root's `text`,
 * each group gets its offsets in it and each block its text: read, or cut out of the
 * root's when it is the only element child (a wrapper costs no second read).
 */
function* groupsOf(root: Root, text: string | null, ownHost: Element | null): Generator<Group> {
  let onlyElement = -1;
  if (text !== null && root.childElementCount === 1) {
    let plain = 0;
    for (let child = root.firstChild; child; child = child.nextSibling) plain += lengthOf(child);
    onlyElement = text.length - plain;
  }
  let row: Group | null = null;
  let at = 0;
  let child = root.firstChild;
  while (child) {
    const next: ChildNode | null = child.nextSibling;
    let own = '';
    if (child.nodeType === ELEMENT && text !== null) own = onlyElement >= 0 ? text.slice(at, at + onlyElement) : child.textContent ?? '';
    const end = at + (child.nodeType === ELEMENT ? own.length : lengthOf(child));
    const kind = kindOf(child, ownHost);
    if (kind === 'inline') {
      if (!row) row = { kind, nodes: [], start: at, end, text: '' };
      row.nodes.push(child);
      row.end = end;
    } else {
      if (row) yield row;
      row = null;
      yield { kind, nodes: [child], start: at, end, text: own };
    }
    at = end;
    // The page may have moved `child` while the scan paused: go on from where it was.
    child = child.parentNode === root ? child.nextSibling : next?.parentNode === root ? next : null;
  }
  if (row) yield row;
}

function kindOf(child: Node, ownHost: Element | null): Group['kind'] {
  if (child.nodeType !== ELEMENT) return 'inline';
  if (isSkippedTag(child as Element, ownHost)) return 'skip';
  return INLINE_TAGS.has((child as Element).localName) ? 'inline' : 'block';
}

/** What a node adds to its parent's textContent. */
function textOf(node: Node): string {
  return node.nodeType === ELEMENT ? node.textContent ?? '' : node.nodeType === TEXT || node.nodeType === CDATA ? (node as CharacterData).data : '';
}

function lengthOf(node: Node): number {
  return node.nodeType === TEXT || node.nodeType === CDATA ? (node as CharacterData).length : 0;
}

/** Every gate start in `text`, in order, from its first (`first`, already found). */
function startsIn(gate: Gate, text: string, first: number): number[] {
  const found: number[] = [];
  for (let at = first; at !== NONE; at = gate.next(text, at + 1)) found.push(at);
  return found;
}

async function pauseIfDue(slicer: Slicer, chars: number): Promise<void> {
  if (slicer.due(1 + (chars >> 8))) await slicer.pause();
}
