import { SETTINGS_VERSION, SETTING_KEYS, defaults, type Settings } from './defaults.ts';
import { migrate } from './migrations.ts';
import type { Problem } from './problem.ts';
import { parseSettings } from './validate.ts';

/** Only what differs from the defaults, so new defaults reach users who never chose. */
export function diffFromDefaults(settings: Settings): Partial<Settings> {
  const diff: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    // The values are JSON-shaped and the defaults' lists are empty, so text equality suffices.
    if (JSON.stringify(settings[key]) !== JSON.stringify(defaults[key])) diff[key] = settings[key];
  }
  return diff as Partial<Settings>;
}

export function encodeForStorage(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...diffFromDefaults(settings) };
}

/** Nothing stored means defaults without complaint; anything else is migrated, then validated. */
export function decodeFromStorage(raw: unknown): { settings: Settings; problems: Problem[] } {
  if (raw === undefined) return parseSettings({});
  const migrated = migrate(raw);
  const parsed = parseSettings(migrated.data);
  return { settings: parsed.settings, problems: [...migrated.problems, ...parsed.problems] };
}
