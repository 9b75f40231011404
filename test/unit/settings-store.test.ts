import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser.ts';
import { SETTINGS_VERSION, cloneDefaults, defaults } from '../../src/core/settings/index.ts';
import { InvalidSettingsError } from '../../src/core/settings/invalid.ts';
import { inEnglish } from './helpers/catalogues.ts';
import { SYNC_UNAVAILABLE, loadSettings, onSettingsChanged, resetSettings, saveSettings, updateSettings } from '../../src/shared/settings-store.ts';

const { sync, local } = fakeBrowser.storage;

describe('loadSettings', () => {
  it('gives the defaults, without problems, when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: defaults, problems: [], area: 'sync' });
  });

  it.each([null, true, 0, 'text', [], [1, 2]])('replaces a stored %j with the defaults and says so', async (garbage) => {
    sync.data.set('settings', garbage);
    const { settings, problems } = await loadSettings();
    expect(settings).toEqual(defaults);
    expect(problems).toEqual([{ key: 'settings', message: expect.objectContaining({ key: 'settingsExpectedSettings' }) }]);
  });

  it('keeps the valid keys of corrupted data and reports each invalid one', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    sync.data.set('settings', {
      version: SETTINGS_VERSION,
      paused: true,
      highlightColor: 'rose',
      excludedSites: huge,
      aliases: { 'secret-speech-1956/stalin': [huge] },
      disabledEntities: [null, {}, []],
      openDelayMs: Number.NaN,
      cardTheme: {},
      badge: 'yes',
      modifierKey: ['Alt'],
    });
    const { settings, problems } = await loadSettings();
    expect(settings).toEqual({ ...defaults, paused: true, highlightColor: 'rose' });
    expect(problems.map((problem) => problem.key).sort()).toEqual(
      ['aliases', 'badge', 'cardTheme', 'disabledEntities', 'excludedSites', 'modifierKey', 'openDelayMs'],
    );
    expect(inEnglish(problems.find((problem) => problem.key === 'excludedSites')!.message)).toBe(`expected a list, found a text of ${huge.length} characters`);
  });

  it('reads from local when sync is switched off', async () => {
    sync.failWith(new Error('storage.sync is disabled'));
    local.data.set('settings', { version: SETTINGS_VERSION, badge: false });
    expect(await loadSettings()).toMatchObject({ settings: { badge: false }, area: 'local' });
  });
});

describe('saveSettings', () => {
  it('stores only the version and the non-default values, in one sync key', async () => {
    expect(await saveSettings({ ...cloneDefaults(), triggerMode: 'click' })).toMatchObject({ area: 'sync' });
    expect(Object.fromEntries(sync.data)).toEqual({ settings: { version: SETTINGS_VERSION, triggerMode: 'click' } });
    expect(local.data.size).toBe(0);
  });

  it('falls back to local when sync is over quota, and reads come back from local', async () => {
    const aliases = Object.fromEntries(
      Array.from({ length: 40 }, (_, entity) => [`topic/entity-${entity}`, Array.from({ length: 10 }, (_, n) => `alias number ${n} of ${entity}`)]),
    );
    const result = await saveSettings({ ...cloneDefaults(), aliases });
    expect(result).toEqual({ area: 'local', fellBack: 'QUOTA_BYTES_PER_ITEM quota exceeded', settings: { ...defaults, aliases } });
    expect(sync.data.size).toBe(0);
    expect(await loadSettings()).toEqual({ settings: { ...defaults, aliases }, problems: [], area: 'local' });
  });

  it('says, in its own word, that the browser has no sync storage at all', async () => {
    const storage = fakeBrowser.storage as { sync?: unknown };
    const saved = storage.sync;
    delete storage.sync;
    try {
      expect(await saveSettings({ ...cloneDefaults(), paused: true })).toMatchObject({ area: 'local', fellBack: SYNC_UNAVAILABLE });
    } finally {
      storage.sync = saved;
    }
  });

  it('returns to sync once a write fits again', async () => {
    sync.failWith(new Error('storage.sync is disabled'));
    await saveSettings({ ...cloneDefaults(), paused: true });
    sync.failWith(undefined);
    expect(await saveSettings({ ...cloneDefaults(), badge: false })).toMatchObject({ area: 'sync' });
    expect(local.data.size).toBe(0);
    expect(await loadSettings()).toMatchObject({ settings: { paused: false, badge: false }, area: 'sync' });
  });

  it('refuses invalid settings without writing anything', async () => {
    const refused = saveSettings({ ...cloneDefaults(), openDelayMs: -5 });
    // English for logs, and the problems as messages for a page to word in its own language.
    await expect(refused).rejects.toThrow('Invalid settings not saved: openDelayMs: expected a whole number from 0 ms to 2000 ms, found the number -5');
    await expect(refused).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(refused).rejects.toMatchObject({ reason: { key: 'settingsNotSaved' }, problems: [{ key: 'openDelayMs', message: { key: 'settingsExpectedMs' } }] });
    expect(sync.data.size + local.data.size).toBe(0);
  });

  it('saves the normalized form', async () => {
    const { settings } = await saveSettings({ ...cloneDefaults(), excludedSites: ['*.MÜNCHEN.de'] });
    expect(settings.excludedSites).toEqual(['*.xn--mnchen-3ya.de']);
  });
});

describe('updateSettings and resetSettings', () => {
  it('applies patches in order, including concurrent ones', async () => {
    await Promise.all([
      updateSettings({ paused: true }),
      updateSettings((current) => ({ ...current, excludedSites: [...current.excludedSites, 'a.com'] })),
      updateSettings((current) => ({ ...current, excludedSites: [...current.excludedSites, 'b.com'] })),
    ]);
    expect((await loadSettings()).settings).toMatchObject({ paused: true, excludedSites: ['a.com', 'b.com'] });
  });

  it('keeps the queue going after a refused update', async () => {
    await expect(updateSettings({ cardTextSize: 85 })).rejects.toThrow(/cardTextSize/);
    await updateSettings({ cardTextSize: 120 });
    expect((await loadSettings()).settings.cardTextSize).toBe(120);
  });

  it('resets to the defaults', async () => {
    await updateSettings({ paused: true, yearRule: 'never' });
    await resetSettings();
    expect(Object.fromEntries(sync.data)).toEqual({ settings: { version: SETTINGS_VERSION } });
    expect((await loadSettings()).settings).toEqual(defaults);
  });
});

describe('onSettingsChanged', () => {
  it('delivers parsed settings after each change and stops after abort', async () => {
    const controller = new AbortController();
    const callback = vi.fn();
    onSettingsChanged(callback, controller.signal);

    await saveSettings({ ...cloneDefaults(), highlightStyle: 'both' });
    await vi.waitFor(() => expect(callback).toHaveBeenLastCalledWith({ ...defaults, highlightStyle: 'both' }));

    // Another context writes garbage: listeners get the repaired settings, never the raw value.
    await sync.set({ settings: { version: SETTINGS_VERSION, highlightStyle: 'both', badge: 42 } });
    await sync.set({ settings: { version: SETTINGS_VERSION, highlightStyle: 'none' } });
    await vi.waitFor(() => expect(callback).toHaveBeenLastCalledWith({ ...defaults, highlightStyle: 'none' }));

    controller.abort();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
    await saveSettings(cloneDefaults());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys and adds nothing for an aborted signal', async () => {
    const callback = vi.fn();
    onSettingsChanged(callback, AbortSignal.abort());
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);

    onSettingsChanged(callback, new AbortController().signal);
    await local.set({ counts: { tab: 3 } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callback).not.toHaveBeenCalled();
  });

  it('follows the settings into local on a fallback', async () => {
    const callback = vi.fn();
    onSettingsChanged(callback, new AbortController().signal);
    sync.failWith(new Error('QUOTA_BYTES quota exceeded'));
    await saveSettings({ ...cloneDefaults(), cardTheme: 'dark' });
    await vi.waitFor(() => expect(callback).toHaveBeenLastCalledWith({ ...defaults, cardTheme: 'dark' }));
  });
});
