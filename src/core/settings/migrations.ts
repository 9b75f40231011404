import { LIMITS, SETTINGS_VERSION, isSettingKey } from './defaults.ts';
import { say } from './message-keys.ts';
import { describe, isPlainObject, type Problem } from './problem.ts';

type Data = Record<string, unknown>;
export type Migration = (data: Readonly<Data>, problems: Problem[]) => Data;

/**
 * Version 0: the 0.0.x prototypes, stored without a `version` field. It differed in
 *   enabled: boolean       now `paused` (inverted)
 *   sites: string[]        now `excludedSites`; v0 kept origins ("https://example.com/")
 *   delay: number          now `openDelayMs`; v0 counted seconds (0.35)
 * and had the other keys as today. Values it cannot convert are passed on under the new
 * key, so validation reports them like any other bad value.
 */
function fromV0(data: Readonly<Data>, problems: Problem[]): Data {
  const { enabled, sites, delay, ...rest } = data;
  const next: Data = { ...rest };
  if (enabled !== undefined) {
    if (typeof enabled === 'boolean') next.paused = !enabled;
    else problems.push({ key: 'enabled', message: say('settingsKeepsDefault', say('settingsExpectedBoolean', describe(enabled)), 'paused') });
  }
  if (sites !== undefined) next.excludedSites = Array.isArray(sites) ? sites.map(originToHost) : sites;
  if (delay !== undefined) {
    const { min, max } = LIMITS.openDelayMs;
    next.openDelayMs = typeof delay === 'number' && Number.isFinite(delay) ? Math.min(max, Math.max(min, Math.round(delay * 1000))) : delay;
  }
  return next;
}

function originToHost(site: unknown): unknown {
  if (typeof site !== 'string' || !site.includes('://')) return site;
  try {
    return new URL(site).hostname;
  } catch {
    return site;
  }
}

/** `migrations[n]` upgrades version n to n + 1; there is one per version below the current. */
export const migrations: readonly Migration[] = [fromV0];

/** The last step, run on every read: drops keys no version of the schema knows. */
function removeUnknownKeys(data: Readonly<Data>): { data: Data; removed: string[] } {
  const kept: Data = {};
  const removed: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (isSettingKey(key)) kept[key] = value;
    else removed.push(key);
  }
  return { data: kept, removed };
}

/**
 * Brings stored `{ version, ...values }` to the current shape, without the version. A
 * missing version means 0. A newer version is not migrated (we cannot know how): its
 * known keys are kept for validation as if current, and a problem says so.
 * `removed` lists the unknown keys dropped by the last step.
 */
export function migrate(raw: unknown): { data: Data; problems: Problem[]; removed: string[] } {
  const problems: Problem[] = [];
  if (!isPlainObject(raw)) {
    problems.push({ key: 'settings', message: say('settingsExpectedSettings', describe(raw)) });
    return { data: {}, problems, removed: [] };
  }
  const { version: rawVersion, ...values } = raw;
  const version = readVersion(rawVersion, problems);
  let data: Data = values;
  if (version > SETTINGS_VERSION) {
    problems.push({ key: 'version', message: say('settingsNewerVersion', String(version), String(SETTINGS_VERSION)) });
  } else {
    for (const step of migrations.slice(version)) data = step(data, problems);
  }
  return { ...removeUnknownKeys(data), problems };
}

function readVersion(value: unknown, problems: Problem[]): number {
  if (value === undefined) return 0;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  problems.push({ key: 'version', message: say('settingsVersionUnreadable', describe(value), String(SETTINGS_VERSION)) });
  return SETTINGS_VERSION;
}
