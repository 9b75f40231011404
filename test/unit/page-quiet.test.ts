/** Why a page stays quiet: the same answer for the background's first report and the content script. */
import { describe, expect, it } from 'vitest';
import { quietReason } from '../../src/core/page-quiet.ts';

describe('quietReason', () => {
  it.each([
    [{ paused: false, excludedSites: [] }, 'example.com', null],
    [{ paused: true, excludedSites: [] }, 'example.com', 'paused'],
    [{ paused: true, excludedSites: ['example.com'] }, 'example.com', 'paused'],
    [{ paused: false, excludedSites: ['example.com'] }, 'example.com', 'excluded'],
    [{ paused: false, excludedSites: ['*.example.com'] }, 'news.example.com', 'excluded'],
    [{ paused: false, excludedSites: ['example.com'] }, 'news.example.com', null],
    [{ paused: false, excludedSites: ['example.com'] }, 'example.org', null],
    // A frame without a host (about:blank, file:) is never excluded by a host pattern.
    [{ paused: false, excludedSites: ['example.com'] }, '', null],
  ] as const)('%j on %j: %s', (settings, host, expected) => expect(quietReason({ ...settings, excludedSites: [...settings.excludedSites] }, host)).toBe(expected));
});
