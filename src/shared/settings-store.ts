import type { Storage } from 'webextension-polyfill';
import { ext } from './ext.ts';
import { FALLBACK_KEY, SETTINGS_KEY, watchSettings } from './settings-watch.ts';
import { cloneDefaults, type Settings } from '../core/settings/defaults.ts';
import { decodeFromStorage, encodeForStorage } from '../core/settings/encode.ts';
import { InvalidSettingsError } from '../core/settings/invalid.ts';
import type { Problem } from '../core/settings/problem.ts';
import { parseSettings } from '../core/settings/validate.ts';

export type SettingsArea = 'sync' | 'local';
export interface SaveResult {
  area: SettingsArea;
  /**
   * Why the settings went to storage.local instead of sync: the browser's own words for
   * its refusal (a quota), or "unavailable" when this browser has no sync storage at all.
   */
  fellBack?: string;
  /** What was saved: the input, normalized (trimmed aliases, punycode hosts). */
  settings: Settings;
}

export async function loadSettings(): Promise<{ settings: Settings; problems: Problem[]; area: SettingsArea }> {
  const area = (await readFallback()) ? 'local' : 'sync';
  if (area === 'sync') {
    try {
      return { ...decodeFromStorage(await read(syncArea())), area };
    } catch {
      // Sync can be missing or switched off (Firefox: webextensions.storage.sync.enabled).
    }
  }
  return { ...decodeFromStorage(await read(ext.storage.local)), area: 'local' };
}

/** Saves to sync, or to local when sync fails (missing, QUOTA_BYTES_PER_ITEM, QUOTA_BYTES…). Throws on invalid settings. */
export async function saveSettings(next: Settings): Promise<SaveResult> {
  const { settings, problems } = parseSettings(next);
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  const item = { [SETTINGS_KEY]: encodeForStorage(settings) };
  try {
    await syncArea().set(item);
  } catch (error) {
    await ext.storage.local.set({ ...item, [FALLBACK_KEY]: 'local' });
    const fellBack = error instanceof SyncUnavailable ? SYNC_UNAVAILABLE : error instanceof Error ? error.message : String(error);
    return { area: 'local', fellBack, settings };
  }
  // Sync works (again): the local copy would only shadow it.
  if (await readFallback()) await ext.storage.local.remove([SETTINGS_KEY, FALLBACK_KEY]);
  return { area: 'sync', settings };
}

let pending: Promise<unknown> = Promise.resolve();

/** Read-modify-write, queued so quick successive updates from one page never lose each other. */
export function updateSettings(patch: Partial<Settings> | ((current: Settings) => Settings)): Promise<SaveResult> {
  const run = async (): Promise<SaveResult> => {
    const { settings } = await loadSettings();
    return saveSettings(typeof patch === 'function' ? patch(settings) : { ...settings, ...patch });
  };
  const result = pending.then(run, run);
  pending = result.catch(() => undefined);
  return result;
}

export function resetSettings(): Promise<SaveResult> {
  return updateSettings(() => cloneDefaults());
}

/** Calls back with the settings after every change from any context, until `signal` aborts. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void {
  watchSettings(async () => (await loadSettings()).settings, callback, signal);
}

async function read(area: Storage.StorageArea): Promise<unknown> {
  return (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
}

async function readFallback(): Promise<boolean> {
  return (await ext.storage.local.get(FALLBACK_KEY))[FALLBACK_KEY] === 'local';
}

/** `fellBack` when the browser has no sync storage (its words are ours to translate). */
export const SYNC_UNAVAILABLE = 'unavailable';

class SyncUnavailable extends Error {}

function syncArea(): Storage.StorageArea {
  const sync = ext.storage.sync as Storage.StorageArea | undefined;
  if (sync === undefined) throw new SyncUnavailable('storage.sync is not available');
  return sync;
}
