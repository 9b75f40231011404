import type { Settings } from '../core/settings/defaults.ts';
import type { SaveResult } from '../shared/settings-store.ts';

export type Change = (current: Settings) => Settings;
type View = (settings: Settings) => void;

/** Where settings are kept; in the page, the shared settings store. */
export interface SettingsStore {
  update(change: Change): Promise<SaveResult>;
  load(): Promise<{ settings: Settings }>;
}

export interface SaveReport {
  saved(result: SaveResult): void;
  failed(error: unknown): void;
}

/**
 * The page's copy of the settings. A change is shown at once and saved in order; what
 * storage then holds (normalized, or changed by another page) is shown once no save of
 * ours is still on its way, so controls never flicker back to an older value.
 */
export class OptionsModel {
  #settings: Settings;
  #pending = 0;
  readonly #views: View[] = [];
  readonly #store: SettingsStore;
  readonly #report: SaveReport;

  constructor(initial: Settings, store: SettingsStore, report: SaveReport) {
    this.#settings = initial;
    this.#store = store;
    this.#report = report;
  }

  get settings(): Settings {
    return this.#settings;
  }

  /** Calls `view` now and after every change. */
  watch(view: View): void {
    this.#views.push(view);
    view(this.#settings);
  }

  /** Shows settings without saving them (a slider being dragged). */
  draft(patch: Partial<Settings>): void {
    this.#show({ ...this.#settings, ...patch });
  }

  /** Settings changed elsewhere (the popup, another options tab). */
  external(settings: Settings): void {
    if (this.#pending === 0) this.#show(settings);
  }

  set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<boolean> {
    return this.save((current) => ({ ...current, [key]: value }));
  }

  /** Applies `change` to what is shown and to what is stored; false when the save failed. */
  async save(change: Change): Promise<boolean> {
    this.#show(change(this.#settings));
    this.#pending += 1;
    try {
      const result = await this.#store.update(change);
      this.#pending -= 1;
      if (this.#pending === 0) this.#show(result.settings);
      this.#report.saved(result);
      return true;
    } catch (error) {
      this.#pending -= 1;
      this.#report.failed(error);
      if (this.#pending === 0) await this.#reload();
      return false;
    }
  }

  async #reload(): Promise<void> {
    try {
      this.#show((await this.#store.load()).settings);
    } catch {
      // Storage is gone (extension reloading): keep what is shown.
    }
  }

  #show(settings: Settings): void {
    this.#settings = settings;
    for (const view of this.#views) view(settings);
  }
}
