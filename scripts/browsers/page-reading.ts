/**
 * Reading from outside what the extension did to a page: its highlights, its card (in a
 * closed shadow root, read as a user's tools see it), the page's DOM mutations. Used by the
 * e2e tests, the sweep and the demo.
 */
import type { Frame, Page } from 'puppeteer-core';
import raw from '../../assets/topics/secret-speech.json' with { type: 'json' };
import { localizePack, packLanguages } from '../../src/core/pack/localize.ts';
import type { ContentPack } from '../../src/core/pack/types.ts';

export interface HighlightedRange {
  name: string;
  text: string;
}

/** What the page's own world sees in CSS.highlights: the black-box view of our marks. */
export function highlighted(page: Page | Frame, prefix = 'backstory-'): Promise<HighlightedRange[]> {
  return page.evaluate((namePrefix) => {
    const out: { name: string; text: string }[] = [];
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    for (const [name, highlight] of registry) {
      if (!name.startsWith(namePrefix) || name === 'backstory-active' || name === 'backstory-flash') continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        out.push({ name, text: live.toString() });
      }
    }
    // Reading order, so tests can compare lists.
    return out;
  }, prefix);
}

export async function highlightedTexts(page: Page | Frame): Promise<string[]> {
  return (await highlighted(page)).map((range) => range.text.replace(/\s+/g, ' ')).sort();
}

/** Polls until `check` passes (or throws its last failure after `timeoutMs`). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 50));
    value = await read();
  }
  return value;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The viewport rect of the `nth` occurrence of `text` in the page's text. */
export async function textRect(page: Page, text: string, nth = 0): Promise<Rect> {
  const rect = await page.evaluate((needle, index) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
        if (seen++ < index) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const box = range.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      }
    }
    return null;
  }, text, nth);
  if (!rect) throw new Error(`Text not found: ${text} #${nth}`);
  return rect;
}

/**
 * Reading the card from outside: it lives in a closed shadow root, so tests use what a
 * user's tools see. Chromium: the accessibility tree (CDP queries pierce shadow roots).
 * Firefox: its BiDi accessibility locator does not pierce shadow roots, but find-in-page
 * does, so the card's identity line (text only the card holds) tells which card is open.
 */
const usesCdp = async (page: Page) => !(await page.browser().version()).toLowerCase().includes('firefox');

async function dialog(page: Page) {
  return page.$('::-p-aria([role="dialog"])');
}

/** Whether `text` is found on the page, card included (Firefox's find pierces shadow roots). */
export async function pageFinds(page: Page, text: string): Promise<boolean> {
  return page.evaluate((needle) => {
    const found = (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find(needle, false, false, true);
    getSelection()?.removeAllRanges();
    return found;
  }, text);
}

/** The open card's text (Chromium only). */
export async function cardText(page: Page): Promise<string | null> {
  const handle = await dialog(page);
  return handle ? handle.evaluate((element) => element.textContent ?? '') : null;
}

/** The bundled pack in each of its languages, as a card may show it. */
const packs = packLanguages(raw as ContentPack).map((language) => localizePack(raw as ContentPack, [language]));

/** The name of the entity whose card is open, or null when no card is open. */
export async function cardName(page: Page): Promise<string | null> {
  if (await usesCdp(page)) {
    const handle = await dialog(page);
    if (!handle) return null;
    return handle.evaluate((element) => {
      const id = element.getAttribute('aria-labelledby');
      const root = element.getRootNode();
      // A card closing meanwhile is detached: its root is itself.
      return id && root instanceof ShadowRoot ? root.getElementById(id)?.textContent ?? null : null;
    });
  }
  for (const pack of packs) for (const entity of pack.entities) if (await pageFinds(page, entity.identity)) return entity.name;
  return null;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The open card's box in the viewport. Firefox: probed with elementFromPoint, which the
 * card's host answers for every point the card covers.
 */
export async function cardBox(page: Page): Promise<Box | null> {
  if (await usesCdp(page)) {
    const handle = await dialog(page);
    if (!handle) return null;
    return handle.evaluate((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  }
  return probeCardBox(page);
}

/**
 * The box the card's host covers in the viewport, probed with elementFromPoint (the host,
 * the last child of <html>, answers it for every point of the card), or null. `world` is
 * a page or a frame's isolated realm: anything that evaluates in the document.
 */
export function probeCardBox(world: Pick<Page, 'evaluate'>): Promise<Box | null> {
  return world.evaluate(() => {
    const host = document.documentElement.lastElementChild;
    if (!host || host === document.body || host === document.head) return null;
    let box: { left: number; top: number; right: number; bottom: number } | null = null;
    for (let y = 0; y < innerHeight; y += 4) {
      for (let x = 0; x < innerWidth; x += 4) {
        if (document.elementFromPoint(x, y) !== host) continue;
        box = box
          ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) }
          : { left: x, top: y, right: x, bottom: y };
      }
    }
    return box;
  });
}

/**
 * Records every DOM mutation the page sees from document start, so a test can assert that
 * the extension changed nothing but adding its card host. Call before `goto`.
 */
export async function recordMutations(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    const describe = (node: Node) => (node instanceof Element ? `<${node.localName}>` : node.nodeName);
    const take = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.type === 'childList') {
          for (const node of record.addedNodes) log.push(`add ${describe(node)} to ${describe(record.target)}`);
          for (const node of record.removedNodes) log.push(`remove ${describe(node)} from ${describe(record.target)}`);
        } else if (record.type === 'attributes') log.push(`attr ${record.attributeName} on ${describe(record.target)}`);
        else log.push(`text in ${describe(record.target.parentNode ?? record.target)}`);
      }
    };
    const observer = new MutationObserver(take);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('DOMContentLoaded', () => {
      take(observer.takeRecords());
      log.push('loaded');
    });
  });
}

/** Mutations seen after the document finished parsing. */
export function mutationsAfterLoad(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const log = (window as unknown as { __mutations: string[] }).__mutations;
    const loadedAt = log.indexOf('loaded');
    return loadedAt >= 0 ? log.slice(loadedAt + 1) : log;
  });
}
