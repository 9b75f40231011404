/**
 * The prefilter's regex sources, built from trigger "skeletons" (short folded prefixes),
 * each character widened to the class of raw characters that fold to it (prefilter.ts
 * says how the scan uses them):
 * - `fast` uses the ASCII members of those classes only (as the letter itself, the regex
 *   ignoring case: without the u flag that never reaches beyond ASCII), allows nothing
 *   between letters, and puts `\b` before skeletons that start with a word character (a
 *   trigger never starts right after an ASCII letter or digit), so it passes over the
 *   inside of words;
 * - `special` is the class of the other members (accented and Cyrillic letters...) and of
 *   ignorables (combining marks, soft hyphens);
 * - `full` has every variant, with ignorables allowed between letters.
 * None starts with a lookbehind (V8 would try it at every position).
 */
import { IGNORABLE_CLASS, IGNORABLE_RANGES } from './fold-rules.ts';
import { buildTrie, endsFrom, endsTo, rootOf, stepsFrom, type Cursor, type Trie } from './trie.ts';
import { nonAsciiVariants, type ExactVariants } from './variants.ts';

/** Letters of the first long word that a skeleton keeps; shorter words are kept whole. */
const SKELETON_LETTERS = 4;
const IGNORABLES = `[${IGNORABLE_CLASS}]*`;
// The ignorables before a space come from the preceding letter's IGNORABLES.
const FULL_SPACE = `\\s[\\s${IGNORABLE_CLASS}]*`;
/**
 * `special` fills gaps of up to this many code points: a class of a few wide ranges runs
 * much faster over two-byte text than one of hundreds, and the few characters it adds
 * (×, ÷...) only send the scan to the full prefilter near them.
 */
const SPECIAL_GAP = 16;

/** "on the cult of…" -> "on the cult"; "khrushchev" -> "khru"; "1956" -> "1956". */
export function skeletonOf(folded: string): string {
  let letters = 0; // in the current word
  for (let i = 0; i < folded.length; ) {
    const cp = folded.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    letters = cp === 0x20 ? 0 : letters + 1;
    if (letters === SKELETON_LETTERS) return folded.slice(0, i);
  }
  return folded;
}

const isAlnum = (cp: number): boolean => (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
const escape = (cp: number): string =>
  isAlnum(cp) ? String.fromCharCode(cp) : cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;

/** Class body of sorted, disjoint [first, last, …] ranges. */
function classBody(ranges: readonly number[]): string {
  let body = '';
  for (let k = 0; k < ranges.length; k += 2) {
    const [first, last] = [ranges[k]!, ranges[k + 1]!];
    body += escape(first) + (last === first ? '' : last === first + 1 ? escape(last) : `-${escape(last)}`);
  }
  return body;
}

const classOf = (ranges: readonly number[]): string =>
  ranges.length === 2 && ranges[0] === ranges[1] ? escape(ranges[0]!) : `[${classBody(ranges)}]`;

/** Sorts [first, last] ranges and joins those that touch or lie within `gap` of each other. */
function merge(ranges: number[][], gap: number): number[] {
  const out: number[] = [];
  for (const [first, last] of ranges.sort((a, b) => a[0]! - b[0]!)) {
    if (out.length > 0 && first! <= out[out.length - 1]! + 1 + gap) out[out.length - 1] = Math.max(out[out.length - 1]!, last!);
    else out.push(first!, last!);
  }
  return out;
}

const pairs = (flat: readonly number[]): number[][] => flat.flatMap((x, k) => (k % 2 === 0 ? [[x, flat[k + 1]!]] : []));

const classes = new Map<number, string>();

/** The class of the raw characters that fold to `f`: the ASCII ones only (`full` false), or all. */
function classFor(f: number, full: boolean): string {
  const key = full ? -f - 1 : f;
  let source = classes.get(key);
  if (source === undefined) {
    // Fast classes are the character itself: the regex ignores (ASCII) case.
    const ascii = f >= 0x80 ? [] : full && f >= 0x61 && f <= 0x7a ? [f - 0x20, f - 0x20, f, f] : [f, f];
    source = classOf(full ? merge(pairs([...ascii, ...nonAsciiVariants(String.fromCodePoint(f))]), 0) : ascii);
    classes.set(key, source);
  }
  return source;
}

function emit(trie: Trie<true>, at: Cursor, full: boolean, consume: number): string {
  const branches: string[] = [];
  for (const [f, next] of stepsFrom(trie, at)) {
    const space = f === 0x20;
    const head = space ? (full ? FULL_SPACE : '\\s+') : classFor(f, full);
    if (endsFrom(trie, next) < endsTo(trie, next)) {
      branches.push(head); // a skeleton ends: the start is found
    } else {
      const rest = (full && !space ? IGNORABLES : '') + emit(trie, next, full, Math.max(consume - 1, 0));
      branches.push(consume === 1 ? `${head}(?=${rest})` : head + rest);
    }
  }
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

const trieOf = (skeletons: readonly string[]) => buildTrie(skeletons.map((s) => [s, true] as const));
const isAscii = (s: string) => /^[\0-\x7f]*$/.test(s);

/** The most letters (not spaces) of any of `strings`: how far a match may reach. */
const lettersOf = (strings: readonly string[]): number => Math.max(...strings.map((s) => [...s.replaceAll(' ', '')].length));

/** `fast` for the given (distinct, non-empty) skeletons, and the measures of all of them. */
export function fastSource(skeletons: readonly string[]) {
  const ascii = skeletons.filter(isAscii);
  const word = ascii.filter((s) => isAlnum(s.charCodeAt(0)) || s.startsWith('_'));
  const other = ascii.filter((s) => !word.includes(s));
  // Fast matches consume the same number of characters (at most 3, none of them a space).
  const fastWidth = Math.min(3, ...ascii.map((s) => s.split(' ')[0]!.length));
  const fast = [
    ...(word.length > 0 ? [`\\b${emit(trieOf(word), rootOf(), false, fastWidth)}`] : []),
    ...(other.length > 0 ? [emit(trieOf(other), rootOf(), false, fastWidth)] : []),
  ];
  return { fast: fast.length > 0 ? fast.join('|') : null, fastWidth, letters: lettersOf(skeletons) };
}

/** The body of `special`'s class, for the given skeletons or triggers (no u flag: an astral variant is found by its leading surrogate). */
export function specialSource(skeletons: readonly string[], exact?: ExactVariants): string {
  const lead = (cp: number) => (cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp);
  const special: number[][] = IGNORABLE_RANGES.map(([a, b]) => [a, b]);
  for (const f of new Set(skeletons.join(''))) {
    if (f !== ' ') for (const [a, b] of pairs(nonAsciiVariants(f, exact))) special.push([lead(a!), lead(b!)]);
  }
  return classBody(merge(special, SPECIAL_GAP));
}

/**
 * The body of the class of characters a trigger may start with (its first folded
 * character, in either case, and every variant of it): where the gate tries a trigger
 * near special characters (gate.ts). No u flag, as for `special`.
 */
export function startSource(triggers: readonly string[], exact?: ExactVariants): string {
  const lead = (cp: number) => (cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp);
  const ascii: number[][] = [];
  const other: number[][] = [];
  for (const f of new Set(triggers.map((trigger) => String.fromCodePoint(trigger.codePointAt(0)!)))) {
    const cp = f.codePointAt(0)!;
    (cp < 0x80 ? ascii : other).push([lead(cp), lead(cp)]);
    if (cp >= 0x61 && cp <= 0x7a) ascii.push([cp - 0x20, cp - 0x20]);
    for (const [a, b] of pairs(nonAsciiVariants(f, exact))) other.push([lead(a!), lead(b!)]);
  }
  // Gaps are filled only beyond ASCII, where they keep the class short (see SPECIAL_GAP).
  return classBody(merge(ascii, 0)) + classBody(merge(other, SPECIAL_GAP));
}

/** `full` for the given skeletons; `unicode` when it needs the u flag (an astral variant). */
export function fullSource(skeletons: readonly string[]): { full: string; unicode: boolean } {
  const full = emit(trieOf(skeletons), rootOf(), true, 1);
  return { full, unicode: full.includes('\\u{') };
}

/** The gate's measures (gate.ts): how many letters, at most, a trigger holds. */
export function gateLetters(triggers: readonly string[]): number {
  return lettersOf(triggers);
}
