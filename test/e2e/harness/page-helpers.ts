import type { Frame, Page } from 'puppeteer-core';
import { eventually, highlightedTexts, textRect } from '../../../scripts/browsers/page-reading.ts';

export function waitForHighlightCount(page: Page | Frame, count: number, timeoutMs?: number): Promise<string[]> {
  return eventually(() => highlightedTexts(page), (texts) => texts.length === count, timeoutMs);
}

export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  const rect = await textRect(page, text, nth);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 2 });
}

/**
 * Page-clock times of the last pointer move and of the card being shown, so a test can
 * check the open delay without racing the browser. The card is prepared hidden during the
 * delay (class `bs-pending`), so this watches inside its shadow root: the audit build's
 * only. Call before `goto`.
 */
export async function recordHoverTimes(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const times = { lastMove: 0, shown: 0 };
    (window as unknown as { __hoverTimes: typeof times }).__hoverTimes = times;
    // The delay runs from the last move before the card is shown, and a move is the
    // pointer going somewhere: Firefox also sends pointermoves where the pointer rests when
    // the layout under it changes (the card appearing; their coordinates may be rounded),
    // which neither the reader nor the open delay counts.
    let at = '';
    addEventListener('pointermove', (event) => {
      const here = `${event.clientX},${event.clientY}`;
      if (times.shown || here === at) return;
      at = here;
      times.lastMove = event.timeStamp;
    }, true);
    const watch = (root: ShadowRoot) => new MutationObserver(() => {
      if (!times.shown && root.querySelector('.bs-card:not(.bs-pending)')) times.shown = performance.now();
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    // The card's host is the only child that will ever be added to <html> after parsing.
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement && node.shadowRoot) watch(node.shadowRoot);
      }).observe(document.documentElement, { childList: true });
    });
  });
}

export function hoverTimes(page: Page): Promise<{ lastMove: number; shown: number }> {
  return page.evaluate(() => (window as unknown as { __hoverTimes: { lastMove: number; shown: number } }).__hoverTimes);
}

