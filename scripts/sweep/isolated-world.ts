/**
 * Reading a page from puppeteer's isolated world, which stays pristine whatever a page
 * does to its own (the hostile pages break theirs on purpose), in both browsers.
 */
import type { Frame, Page, Realm } from 'puppeteer-core';
import { eventually, probeCardBox } from '../browsers/page-reading.ts';
import { extensionTasks } from './bench-build.ts';

/** Puppeteer's isolated world in `frame`: pristine, whatever the page did to its own. */
export function world(frame: Frame): Realm {
  return (frame as unknown as { isolatedRealm(): Realm }).isolatedRealm();
}

/**
 * What is marked, read like the harness's `highlightedTexts` but with `forEach`: Firefox's
 * Xray wrappers (puppeteer's isolated world there) cannot iterate the highlight registry.
 */
export async function marks(frame: Frame): Promise<string[]> {
  const texts = await world(frame).evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name === 'backstory-active' || name === 'backstory-flash' || !name.startsWith('backstory-')) return;
      highlight.forEach((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        out.push(live.toString().replace(/\s+/g, ' '));
      });
    });
    return out;
  });
  return texts.sort();
}
export const waitForMarks = (frame: Frame, count: number, timeoutMs = 20_000) => eventually(() => marks(frame), (texts) => texts.length === count, timeoutMs);

/** The extension's slices recorded so far in `frame` (wall clock), and how many passes and updates it finished. */
export async function extensionTime(frame: Frame) {
  const measures = await world(frame).evaluate(() => performance.getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith('backstory:'))
    .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.startTime + entry.duration })));
  return extensionTasks(measures);
}

/**
 * The box the card's host covers in the viewport (the host is the last child of <html>;
 * `elementFromPoint` answers it for every point of the card), or null.
 */
export function cardBox(frame: Frame) {
  return probeCardBox(world(frame) as unknown as Pick<Page, 'evaluate'>);
}

/** The viewport centre of the `nth` occurrence of `text` (in any document: HTML, SVG, text). */
export async function textPoint(frame: Frame, text: string, nth = 0) {
  const rect = await world(frame).evaluate((needle, index) => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0 || seen++ < index) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, text, nth);
  if (!rect) throw new Error(`Text not found: ${text}`);
  return rect;
}

/**
 * Waits for the bench build's own done signals in `frame`: at least `passes` finished first
 * passes and `updates` finished updates (`backstory:initial-pass`, `backstory:update`), so
 * a test can then assert that something is absent rather than sleep and hope.
 */
export async function extensionDone(frame: Frame, done: { passes?: number; updates?: number }, timeoutMs = 20_000) {
  return eventually(() => extensionTime(frame), (time) => time.passes >= (done.passes ?? 0) && time.updates >= (done.updates ?? 0), timeoutMs);
}

/** How many cards the bench build has shown in `frame` (its `backstory:card-shown` marks). */
export function cardsShown(frame: Frame): Promise<number> {
  return world(frame).evaluate(() => performance.getEntriesByName('backstory:card-shown', 'mark').length);
}
