/**
 * An in-memory `browser.storage` (sync, local, onChanged) standing in for
 * webextension-polyfill and the native API (src/shared/ext.ts). Importing this file installs it for the importing test file and
 * resets it before each test; tests drive it through `fakeBrowser`.
 */
import { beforeEach, vi } from 'vitest';

type Change = { oldValue?: unknown; newValue?: unknown };
type ChangeListener = (changes: Record<string, Change>, areaName: string) => void;

/** Chrome's storage.sync limits: a key plus its JSON, and the whole area. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;

function createEvent<L extends (...args: never[]) => void>() {
  const listeners = new Set<L>();
  return {
    addListener: (listener: L) => void listeners.add(listener),
    removeListener: (listener: L) => void listeners.delete(listener),
    hasListener: (listener: L) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: Parameters<L>) => listeners.forEach((listener) => listener(...args)),
    clear: () => listeners.clear(),
  };
}

function createArea(name: 'sync' | 'local', emit: (changes: Record<string, Change>, areaName: string) => void) {
  const data = new Map<string, unknown>();
  const state = { failure: undefined as Error | undefined, quota: name === 'sync' };
  const size = (entries: Iterable<[string, unknown]>) => [...entries].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  const check = () => {
    if (state.failure) throw state.failure;
  };
  const commit = (changes: Record<string, Change>) => {
    // Browsers report a change after the write resolves.
    if (Object.keys(changes).length > 0) queueMicrotask(() => emit(changes, name));
  };
  return {
    data,
    /** Makes every later call reject with `error` (undefined: work again). */
    failWith(error: Error | undefined) {
      state.failure = error;
    },
    async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
      check();
      const wanted = keys === null || keys === undefined ? [...data.keys()] : [keys].flat();
      return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items: Record<string, unknown>): Promise<void> {
      check();
      const entries = Object.entries(items).map(([key, value]): [string, unknown] => [key, structuredClone(value)]);
      if (state.quota) {
        if (entries.some((entry) => size([entry]) > SYNC_QUOTA_BYTES_PER_ITEM)) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        if (size(new Map([...data, ...entries])) > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      }
      const changes: Record<string, Change> = {};
      for (const [key, value] of entries) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, value);
      }
      commit(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      check();
      const changes: Record<string, Change> = {};
      for (const key of [keys].flat()) {
        if (data.has(key)) changes[key] = { oldValue: data.get(key) };
        data.delete(key);
      }
      commit(changes);
    },
    async clear(): Promise<void> {
      await this.remove([...data.keys()]);
    },
    reset() {
      data.clear();
      state.failure = undefined;
    },
  };
}

function createFakeBrowser() {
  const onChanged = createEvent<ChangeListener>();
  const emit = (changes: Record<string, Change>, areaName: string) => onChanged.trigger(changes, areaName);
  const sync = createArea('sync', emit);
  const local = createArea('local', emit);
  return {
    storage: { sync, local, onChanged },
    reset() {
      sync.reset();
      local.reset();
      onChanged.clear();
    },
  };
}

export const fakeBrowser = createFakeBrowser();

// Hoisted within this file; the factory runs when the store first imports the polyfill,
// which is after this module (imported first by the test) has built `fakeBrowser`.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
// The modules shared with the content script use the browser's native API (src/shared/ext.ts).
vi.mock('../../src/shared/ext.ts', () => ({ ext: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());
