import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser.ts';
import { cloneDefaults, type Settings } from '../../src/core/settings/index.ts';
import { OptionsModel, type SaveReport } from '../../src/options/model.ts';
import { loadSettings, updateSettings } from '../../src/shared/settings-store.ts';

const { sync, local } = fakeBrowser.storage;

function setup(initial: Settings = cloneDefaults()) {
  const report = { saved: vi.fn<SaveReport['saved']>(), failed: vi.fn<SaveReport['failed']>() };
  const model = new OptionsModel(initial, { update: updateSettings, load: loadSettings }, report);
  const shown: Settings[] = [];
  model.watch((settings) => shown.push(settings));
  return { model, report, shown };
}

describe('OptionsModel', () => {
  it('shows a change at once and saves it to sync', async () => {
    const { model, report, shown } = setup();
    const saving = model.set('yearRule', 'never');
    expect(model.settings.yearRule).toBe('never');
    expect(await saving).toBe(true);
    expect(sync.data.get('settings')).toEqual({ version: 1, yearRule: 'never' });
    expect(report.saved).toHaveBeenCalledWith(expect.objectContaining({ area: 'sync' }));
    expect(shown.map((settings) => settings.yearRule)).toEqual(['topic', 'never', 'never']);
  });

  it('keeps quick successive changes, in order, without flicking back', async () => {
    const { model, shown } = setup();
    await Promise.all([model.set('highlightStyle', 'both'), model.set('highlightColor', 'rose'), model.set('badge', false)]);
    expect(sync.data.get('settings')).toEqual({ version: 1, highlightStyle: 'both', highlightColor: 'rose', badge: false });
    const colours = shown.map((settings) => settings.highlightColor);
    expect(colours.slice(colours.indexOf('rose'))).not.toContain('amber');
  });

  it('shows what was stored: normalized values', async () => {
    const { model } = setup();
    await model.save((current) => ({ ...current, excludedSites: ['EXAMPLE.com'] }));
    expect(model.settings.excludedSites).toEqual(['example.com']);
  });

  it('reports the fall-back to storage.local when sync refuses', async () => {
    sync.failWith(new Error('QUOTA_BYTES quota exceeded'));
    const { model, report } = setup();
    expect(await model.set('badge', false)).toBe(true);
    expect(report.saved).toHaveBeenCalledWith(expect.objectContaining({ area: 'local', fellBack: 'QUOTA_BYTES quota exceeded' }));
    expect(local.data.get('settings')).toEqual({ version: 1, badge: false });
  });

  it('reports a failed save and shows what storage still holds', async () => {
    sync.data.set('settings', { version: 1, cardTheme: 'dark' });
    const { model, report } = setup({ ...cloneDefaults(), cardTheme: 'dark' });
    // An invalid value is refused by the store and never written.
    expect(await model.set('openDelayMs', 99_999)).toBe(false);
    expect(report.failed).toHaveBeenCalledWith(expect.any(TypeError));
    expect(model.settings.openDelayMs).toBe(350);
    expect(model.settings.cardTheme).toBe('dark');
    expect(sync.data.get('settings')).toEqual({ version: 1, cardTheme: 'dark' });
  });

  it('follows changes made elsewhere, but not while its own save is on the way', async () => {
    const { model } = setup();
    model.external({ ...cloneDefaults(), badge: false });
    expect(model.settings.badge).toBe(false);
    const saving = model.set('cardTextSize', 120);
    model.external(cloneDefaults());
    expect(model.settings.cardTextSize).toBe(120);
    await saving;
    expect(model.settings.cardTextSize).toBe(120);
  });

  it('shows a draft without saving it', () => {
    const { model } = setup();
    model.draft({ cardTextSize: 140 });
    expect(model.settings.cardTextSize).toBe(140);
    expect(sync.data.has('settings')).toBe(false);
  });
});
