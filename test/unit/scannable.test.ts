import { describe, expect, it } from 'vitest';
import { scannableUrl } from '../../src/core/scannable.ts';

describe('scannableUrl', () => {
  it.each([
    ['https://example.org/article', true],
    ['http://127.0.0.1:8080/x.html', true],
    ['file:///home/me/page.html', true],
    ['chrome://version', false],
    ['about:newtab', false],
    ['view-source:https://example.org/', false],
    ['chrome-extension://abc/popup.html', false],
    ['moz-extension://abc/popup.html', false],
    ['https://chromewebstore.google.com/detail/x', false],
    ['https://addons.mozilla.org/en-US/firefox/', false],
    ['https://example.org/paper.PDF', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(scannableUrl(url)).toBe(expected);
  });
});
