import { validateAlias, withoutDirectionControls } from './alias.ts';
import {
  CAPS, CARD_THEMES, HIGHLIGHT_STYLES, LIMITS, MODIFIER_KEYS, SETTING_KEYS, TRIGGER_MODES, YEAR_RULES,
  cloneDefaults, type Settings,
} from './defaults.ts';
import { validateHostPattern } from './hosts.ts';
import { HIGHLIGHT_COLORS } from './palette.ts';
import type { Message } from '../i18n/message.ts';
import { counted, say } from './message-keys.ts';
import { describe, isPlainObject, type Check, type Problem } from './problem.ts';

export { validateAlias } from './alias.ts';
export { hostMatches, validateHostPattern } from './hosts.ts';

type Validators = { [K in keyof Settings]: (value: unknown) => Check<Settings[K]> };

// "topic/entity", both kebab-case ids from a content pack.
const ENTITY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTITY_KEY_MAX = 128;

const validators: Validators = {
  paused: boolean,
  disabledEntities: (value) => list(value, CAPS.disabledEntities, entityKeys),
  aliases,
  yearRule: oneOf(YEAR_RULES),
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  highlightColor: oneOf(HIGHLIGHT_COLORS),
  cardTheme: oneOf(CARD_THEMES),
  cardTextSize: bounded(LIMITS.cardTextSize, ({ min, max, step }, found) => say('settingsExpectedPercent', min, max, step, found)),
  triggerMode: oneOf(TRIGGER_MODES),
  modifierKey: oneOf(MODIFIER_KEYS),
  openDelayMs: bounded(LIMITS.openDelayMs, milliseconds),
  closeDelayMs: bounded(LIMITS.closeDelayMs, milliseconds),
  badge: boolean,
  excludedSites: (value) => list(value, CAPS.excludedSites, hostPatterns),
};

/**
 * Reads settings from anything. Each valid key is kept (normalized), each invalid one
 * falls back to its default with a problem naming it, missing keys take their defaults,
 * unknown keys are ignored. Never throws.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: Problem[] } {
  const settings = cloneDefaults();
  const problems: Problem[] = [];
  if (!isPlainObject(raw)) {
    problems.push({ key: 'settings', message: say('settingsExpectedSettings', describe(raw)) });
    return { settings, problems };
  }
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const checked = validateSetting(key, raw[key]);
    if (checked.ok) Object.assign(settings, { [key]: checked.value });
    else problems.push({ key, message: checked.message });
  }
  return { settings, problems };
}

/** Checks one setting's value, e.g. for a form field before saving. */
export function validateSetting<K extends keyof Settings>(key: K, value: unknown): Check<Settings[K]> {
  return validators[key](value);
}

function boolean(value: unknown): Check<boolean> {
  return typeof value === 'boolean' ? { ok: true, value } : refuse(say('settingsExpectedBoolean', describe(value)));
}

function oneOf<T extends string>(options: readonly T[]): (value: unknown) => Check<T> {
  return (value) =>
    options.includes(value as T)
      ? { ok: true, value: value as T }
      : refuse(say('settingsExpectedOneOf', options.map((o) => `"${o}"`).join(', '), describe(value)));
}

type Bounds = { min: string; max: string; step: string };

/** `words` says what was expected: the unit, and the step unless it is 1, belong to the sentence. */
function bounded(limit: { min: number; max: number; step: number }, words: (bounds: Bounds, found: Message) => Message): (value: unknown) => Check<number> {
  const bounds = { min: String(limit.min), max: String(limit.max), step: String(limit.step) };
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= limit.min && value <= limit.max && value % limit.step === 0
      ? { ok: true, value }
      : refuse(words(bounds, describe(value)));
}

function milliseconds({ min, max }: Bounds, found: Message): Message {
  return say('settingsExpectedMs', min, max, found);
}

/** Checks the length first so a huge array costs nothing, then the items in order. */
function list<T>(value: unknown, cap: number, items: (value: unknown[]) => Check<T>): Check<T> {
  if (!Array.isArray(value)) return refuse(say('settingsExpectedList', describe(value)));
  if (value.length > cap) return refuse(counted('settingsExpectedAtMost', cap, String(value.length)));
  return items(value);
}

function entityKeys(value: unknown[]): Check<string[]> {
  const keys = new Set<string>();
  for (const [index, item] of value.entries()) {
    if (!isEntityKey(item)) return refuse(say('settingsItemNotEntityKey', String(index + 1), describe(item)));
    keys.add(item);
  }
  return { ok: true, value: [...keys] };
}

function hostPatterns(value: unknown[]): Check<string[]> {
  const patterns = new Set<string>();
  for (const [index, item] of value.entries()) {
    const checked = validateHostPattern(item);
    if (!checked.ok) return refuse(say('settingsItem', String(index + 1), checked.message));
    patterns.add(checked.value);
  }
  return { ok: true, value: [...patterns] };
}

function aliases(value: unknown): Check<Record<string, string[]>> {
  if (!isPlainObject(value)) return refuse(say('settingsExpectedAliases', describe(value)));
  const entries = Object.entries(value);
  if (entries.length > CAPS.aliasEntities) return refuse(counted('settingsExpectedAliasEntities', CAPS.aliasEntities, String(entries.length)));
  const result: Record<string, string[]> = {};
  for (const [key, texts] of entries) {
    if (!isEntityKey(key)) return refuse(say('settingsNotEntityKey', describe(key)));
    const checked = list(texts, CAPS.aliasesPerEntity, aliasList);
    if (!checked.ok) return refuse(say('settingsLabelled', key, checked.message));
    // An entity with no aliases is the same as one not listed; keep the stored form minimal.
    if (checked.value.length > 0) result[key] = checked.value;
  }
  return { ok: true, value: result };
}

/** Stored or imported aliases: typed ones are checked by validateAlias alone, which refuses direction controls. */
function aliasList(items: unknown[]): Check<string[]> {
  const accepted: string[] = [];
  for (const item of items) {
    const checked = validateAlias(withoutDirectionControls(item), accepted);
    if (!checked.ok) return checked;
    accepted.push(checked.value);
  }
  return { ok: true, value: accepted };
}

function isEntityKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ENTITY_KEY_MAX && ENTITY_KEY.test(value);
}

function refuse(message: Message): Check<never> {
  return { ok: false, message };
}
