import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION, cloneDefaults, decodeFromStorage, defaults, diffFromDefaults, encodeForStorage, migrate, migrations,
} from '../../src/core/settings/index.ts';
import { say } from '../../src/core/settings/message-keys.ts';
import { inEnglish } from './helpers/catalogues.ts';
import { validSettings } from './settings.arbitrary.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/settings/${name}`, import.meta.url), 'utf8'));

describe('migrations', () => {
  it('has one step per version below the current', () => {
    expect(migrations).toHaveLength(SETTINGS_VERSION);
  });

  it('turns the v0 fixture into the expected settings', () => {
    const { settings, problems } = decodeFromStorage(fixture('v0.json'));
    expect(problems).toEqual([]);
    expect(diffFromDefaults(settings)).toEqual(fixture('v0.migrated.json'));
    expect(migrate(fixture('v0.json')).removed).toEqual(['showTips']);
  });

  it('reads a missing version as v0 and leaves its input alone', () => {
    const stored = { enabled: true, delay: 0.2 };
    expect(migrate(stored)).toEqual({ data: { paused: false, openDelayMs: 200 }, problems: [], removed: [] });
    expect(stored).toEqual({ enabled: true, delay: 0.2 });
  });

  it('reports v0 values it cannot convert, and clamps delays', () => {
    const { settings, problems } = decodeFromStorage({ enabled: 'yes', delay: 'soon', sites: ['https://ok.example/', 'http://[bad'] });
    expect(settings).toEqual(cloneDefaults());
    expect(problems.map((problem) => [problem.key, inEnglish(problem.message)])).toEqual([
      ['enabled', 'expected true or false, found the text "yes"; "paused" keeps its default'],
      ['openDelayMs', 'expected a whole number from 0 ms to 2000 ms, found the text "soon"'],
      ['excludedSites', expect.stringContaining('item 2')],
    ]);
    expect(problems[0]?.message).toEqual(say('settingsKeepsDefault', say('settingsExpectedBoolean', say('settingsValueText', '"yes"')), 'paused'));
    expect(decodeFromStorage({ delay: 10 }).settings.openDelayMs).toBe(2000);
  });

  it('keeps the valid keys of a newer version and says it is newer', () => {
    const { settings, problems } = decodeFromStorage({ version: SETTINGS_VERSION + 1, paused: true, openDelayMs: '1s', sparkles: 3 });
    expect(settings).toEqual({ ...defaults, paused: true });
    expect(problems.map((problem) => problem.key)).toEqual(['version', 'openDelayMs']);
    expect(problems[0]?.message).toEqual(say('settingsNewerVersion', '2', '1'));
    expect(inEnglish(problems[0]!.message)).toMatch(/newer Backstory \(settings version 2, this one knows up to 1\)/);
  });

  it.each([-1, 1.5, '1', null])('reads an unreadable version %j as the current one', (version) => {
    const { settings, problems } = decodeFromStorage({ version, badge: false });
    expect(settings).toEqual({ ...defaults, badge: false });
    expect(problems).toEqual([{ key: 'version', message: expect.objectContaining({ key: 'settingsVersionUnreadable' }) }]);
    expect(inEnglish(problems[0]!.message)).toContain(`read as version ${SETTINGS_VERSION}`);
  });
});

describe('encode and decode', () => {
  it('stores only the version for the defaults', () => {
    expect(encodeForStorage(cloneDefaults())).toEqual({ version: SETTINGS_VERSION });
  });

  it('round-trips the defaults unchanged', () => {
    expect(decodeFromStorage(encodeForStorage(cloneDefaults()))).toEqual({ settings: defaults, problems: [] });
    expect(decodeFromStorage(undefined)).toEqual({ settings: defaults, problems: [] });
  });

  it('round-trips any valid settings, storing only what differs', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        const stored = encodeForStorage(settings);
        expect(decodeFromStorage(stored)).toEqual({ settings, problems: [] });
        for (const [key, value] of Object.entries(stored)) {
          if (key !== 'version') expect(value).not.toEqual(defaults[key as keyof typeof defaults]);
        }
      }),
    );
  });

  it('hands out copies, never the frozen defaults', () => {
    const settings = decodeFromStorage(undefined).settings;
    settings.excludedSites.push('example.com');
    expect(defaults.excludedSites).toEqual([]);
    expect(Object.isFrozen(defaults.aliases)).toBe(true);
  });
});
