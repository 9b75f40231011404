import { describe, expect, it } from 'vitest';
import { badgeText, forgetTab, recordFrame, summarizeTab, type TabReports } from '../../src/core/tab-counts.ts';

const K = 'secret-speech-1956/khrushchev';
const S = 'secret-speech-1956/stalin';

describe('tab counts', () => {
  it('sums frames and takes the quiet state from the top frame', () => {
    let state: TabReports = {};
    state = recordFrame(state, 7, 0, { counts: { [K]: 2 }, quiet: null, url: 'https://example.org/' });
    state = recordFrame(state, 7, 3, { counts: { [K]: 1, [S]: 4 }, quiet: null, url: 'https://example.org/' });
    expect(summarizeTab(state, 7)).toEqual({ counts: { [K]: 3, [S]: 4 }, total: 7, quiet: null, reported: true, url: 'https://example.org/' });
  });

  it('replaces a frame report rather than adding to it', () => {
    let state = recordFrame({}, 1, 0, { counts: { [K]: 5 }, quiet: null, url: 'https://example.org/' });
    state = recordFrame(state, 1, 0, { counts: { [K]: 1 }, quiet: null, url: 'https://example.org/' });
    expect(summarizeTab(state, 1).total).toBe(1);
  });

  it('reports an excluded page as quiet with no counts', () => {
    const state = recordFrame({}, 2, 0, { counts: {}, quiet: 'excluded', url: 'https://example.org/' });
    expect(summarizeTab(state, 2)).toMatchObject({ total: 0, quiet: 'excluded', reported: true });
  });

  it('forgets a tab on navigation and ignores corrupt counts', () => {
    let state = recordFrame({}, 3, 0, { counts: { [K]: -4, [S]: Number.NaN }, quiet: null, url: 'https://example.org/' });
    expect(summarizeTab(state, 3).total).toBe(0);
    state = forgetTab(state, 3);
    expect(summarizeTab(state, 3)).toEqual({ counts: {}, total: 0, quiet: null, reported: false, url: null });
  });

  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('badge text for %i is %j', (total, text) => {
    expect(badgeText(total)).toBe(text);
  });
});
