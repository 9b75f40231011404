/**
 * The gate's first read of a subtree, without the text of its big skipped blocks: inline
 * scripts, JSON and style sheets can be most of a page's textContent (a megabyte of
 * script under 20 kB of prose), and the scan never looks inside them. Only the blocks
 * themselves are left out, and everything else keeps its order, so any text the scan can
 * find is still whole in what is read: its starts are still there for the gate.
 */

/** Skipped blocks with less text than this stay in the read: finding them costs more than reading them. */
const BIG_BLOCK_CHARS = 2048;
const BLOCK_TAGS = ['script', 'style', 'noscript'] as const;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * `root`'s textContent without its big script, style and noscript blocks, when they hold
 * at least `worth` characters in all (reading around them takes a native call per child on
 * their way, so it pays only for a lot of text); `whole` when the read is the textContent.
 */
export function textWithoutBigBlocks(root: Element, worth: number): { text: string; whole: boolean } {
  const big: Element[] = [];
  let bigChars = 0;
  for (const tag of BLOCK_TAGS) {
    for (const block of root.getElementsByTagName(tag)) {
      const chars = ownTextLength(block);
      if (chars < BIG_BLOCK_CHARS) continue;
      big.push(block);
      bigChars += chars;
    }
  }
  if (bigChars < worth) return { text: root.textContent ?? '', whole: true };
  const onPath = new Set<Node>();
  for (const block of big) for (let up = block.parentNode; up && up !== root && !onPath.has(up); up = up.parentNode) onPath.add(up);
  const parts: string[] = [];
  collect(root, new Set(big), onPath, parts);
  return { text: parts.join(''), whole: false };
}

function collect(parent: Node, big: ReadonlySet<Element>, onPath: ReadonlySet<Node>, parts: string[]): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) parts.push((child as CharacterData).data);
    else if (child.nodeType !== ELEMENT || big.has(child as Element)) continue;
    else if (onPath.has(child)) collect(child, big, onPath, parts);
    else parts.push(child.textContent ?? '');
  }
}

/** The text of a script or style (its text children), measured without reading it. */
function ownTextLength(block: Element): number {
  let length = 0;
  for (let child = block.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT || child.nodeType === CDATA) length += (child as CharacterData).length;
  return length;
}
