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
  watchStorage([SETTINGS_KEY, FALLBACK_KEY], read, callback, signal);
}

/** The same for any value read from storage whose `keys` (in sync or local) may change it. */
export function watchStorage<T>(keys: readonly string[], read: () => Promise<T>, callback: (value: T) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let last: string | undefined;
  const listener = (changes: Record<string, Storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!keys.some((key) => Object.hasOwn(changes, key))) return;
    // Re-read rather than trust `newValue`: the change may be in the area we do not read from.
    read().then((value) => {
      const seen = JSON.stringify(value);
      if (signal.aborted || seen === last) return;
      last = seen;
      callback(value);
    }, () => {
      // The context is going away (extension reloaded); keep the settings we have.
    });
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}
