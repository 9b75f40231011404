import type { Storage } from 'webextension-polyfill';
import { ext } from './ext.ts';
import type { Settings } from '../core/settings/defaults.ts';

/** All settings live under one key, so each write is atomic. */
export const SETTINGS_KEY = 'settings';
/** Kept in storage.local while sync refuses our writes, so reads follow the data there. */
export const FALLBACK_KEY = 'settingsArea';

/**
 * Calls back with the settings after every change from any context, until `signal` aborts.
 * `read` gives the current settings: the store itself where the validator is loaded, the
 * background where it is not (the content script). Unchanged settings are not repeated.
 */
export function watchSettings(read: () => Promise<Settings>, callback: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let last: string | undefined;
  const listener = (changes: Record<string, Storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!Object.hasOwn(changes, SETTINGS_KEY) && !Object.hasOwn(changes, FALLBACK_KEY)) return;
    // Re-read rather than trust `newValue`: the change may be in the area we do not read from.
    read().then((settings) => {
      const seen = JSON.stringify(settings);
      if (signal.aborted || seen === last) return;
      last = seen;
      callback(settings);
    }, () => {
      // The context is going away (extension reloaded); keep the settings we have.
    });
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}
