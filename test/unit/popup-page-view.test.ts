import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/core/messages.ts';
import type { LocalizedPack } from '../../src/core/pack/types.ts';
import { countRows } from '../../src/popup/count-rows.ts';
import { pageView } from '../../src/popup/page-view.ts';

/** A small pack shaped like the bundled one, for popup logic tests. */
const popupPack: LocalizedPack = {
  schemaVersion: 2,
  id: 'secret-speech',
  language: 'en',
  title: 'The Secret Speech (1956)',
  summary: 'A summary.',
  entities: [
    { id: 'khrushchev', kind: 'person', name: 'Nikita Khrushchev', identity: 'Soviet leader', triggers: { en: ['Khrushchev'] }, givenNames: ['Nikita'] },
    { id: 'stalin', kind: 'person', name: 'Joseph Stalin', identity: 'Soviet dictator', triggers: { en: ['Stalin'] }, givenNames: ['Joseph'] },
    { id: 'year-1956', kind: 'year', name: '1956', identity: 'The year of the speech', year: 1956 },
  ],
  facts: [],
  quotes: [],
  furtherReading: { title: 'Khrushchev Thaw', url: 'https://en.wikipedia.org/wiki/Khrushchev_Thaw' },
  sources: [],
};

const packs = [popupPack];
const tab = (patch: Partial<TabState> = {}): TabState => ({ scannable: true, host: 'example.com', quiet: null, counts: {}, ...patch });
const active = { paused: false, excludedSites: [] };

describe('countRows', () => {
  it('lists entities with mentions in pack order, with display names and a total', () => {
    const counts = { 'secret-speech/year-1956': 1, 'secret-speech/khrushchev': 2, 'secret-speech/stalin': 0 };
    expect(countRows(packs, counts)).toEqual({
      rows: [
        { key: 'secret-speech/khrushchev', name: 'Nikita Khrushchev', count: 2 },
        { key: 'secret-speech/year-1956', name: '1956', count: 1 },
      ],
      total: 3,
    });
  });

  it('keeps keys no pack knows, named by their key, and drops nonsense counts', () => {
    const counts = { 'other/thing': 4, 'secret-speech/stalin': -1, 'x/y': 1.5, 'x/z': Number.NaN };
    expect(countRows(packs, counts)).toEqual({ rows: [{ key: 'other/thing', name: 'other/thing', count: 4 }], total: 4 });
  });
});

describe('pageView', () => {
  it.each([
    { name: 'no state yet', state: null, settings: active, kind: 'loading' },
    { name: 'an unscannable page', state: tab({ scannable: false }), settings: { paused: true, excludedSites: [] }, kind: 'unscannable' },
    { name: 'paused', state: tab(), settings: { paused: true, excludedSites: [] }, kind: 'paused' },
    { name: 'an excluded host', state: tab(), settings: { paused: false, excludedSites: ['example.com'] }, kind: 'excluded' },
    { name: 'a host under a wildcard', state: tab({ host: 'a.example.com' }), settings: { paused: false, excludedSites: ['*.example.com'] }, kind: 'excluded' },
    { name: 'no mentions', state: tab(), settings: active, kind: 'empty' },
    { name: 'the page still quiet after the settings turned it on', state: tab({ quiet: 'excluded' }), settings: active, kind: 'loading' },
    { name: 'the page quiet before the settings load', state: tab({ quiet: 'paused' }), settings: null, kind: 'paused' },
    { name: 'a file page (no host)', state: tab({ host: null }), settings: { paused: false, excludedSites: ['example.com'] }, kind: 'empty' },
  ])('$name → $kind', ({ state, settings, kind }) => {
    expect(pageView(state, settings, packs).kind).toBe(kind);
  });

  it('shows the counts when the page has mentions', () => {
    const view = pageView(tab({ counts: { 'secret-speech/stalin': 3 } }), active, packs);
    expect(view).toEqual({ kind: 'counts', rows: [{ key: 'secret-speech/stalin', name: 'Joseph Stalin', count: 3 }], total: 3 });
  });
});
