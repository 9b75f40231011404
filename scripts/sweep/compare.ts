import { minus, type Expectation } from './expected.ts';

export interface Comparison {
  marked: number;
  expected: number;
  /** Expected but not marked. */
  missing: string[];
  /** Marked but not expected. */
  extra: string[];
  /** Differences that are explained, and why. */
  tolerated: string[];
}

/**
 * Marked against expected, as multisets of normalized texts. One kind of difference is
 * explained, not failed: the scanner decides where a line ends by tag (blocks, <br>, table
 * cells), the browser's innerText by CSS. Where CSS breaks a line that the tags do not
 * (an inline element styled as a block, a line break in <pre>), the scanner reads on
 * across it, as the matcher does over the text with those line breaks read as spaces:
 * a mention found only that way is explained, and so is the shorter one it replaces.
 * The opposite (the scanner breaking a line the browser renders as one) is not explained.
 */
export function compareMentions(marked: readonly string[], expected: Expectation): Comparison {
  const onlyJoined = minus(expected.joined, expected.lines);
  const onlySplit = minus(expected.lines, expected.joined);
  const extra = minus(marked, expected.lines);
  const missing = minus(expected.lines, marked);
  const acrossLines = common(extra, onlyJoined);
  const replaced = acrossLines.length ? common(missing, onlySplit) : [];
  return {
    marked: marked.length,
    expected: expected.lines.length,
    missing: minus(missing, replaced),
    extra: minus(extra, acrossLines),
    tolerated: [
      ...acrossLines.map((text) => `"${text}" reads across a line break that CSS adds and the markup does not`),
      ...replaced.map((text) => `"${text}" is part of a mention that reads across such a line break`),
    ],
  };
}

/** The items `a` and `b` share, as multisets. */
function common(a: readonly string[], b: readonly string[]): string[] {
  return minus(a, minus(a, b));
}
