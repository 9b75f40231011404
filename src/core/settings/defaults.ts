import type { HighlightColor } from './palette.ts';

/** Bumped whenever the stored shape changes; `migrations.ts` has one step per version. */
export const SETTINGS_VERSION = 1;

export const YEAR_RULES = ['always', 'topic', 'never'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'both', 'none'] as const;
export const CARD_THEMES = ['auto', 'light', 'dark'] as const;
export const TRIGGER_MODES = ['hover', 'modifier', 'click'] as const;
export const MODIFIER_KEYS = ['Alt', 'Shift', 'Control', 'Meta'] as const;

/** Inclusive bounds (and step) of the numeric settings; validation and the options page share them. */
export const LIMITS = {
  cardTextSize: { min: 80, max: 150, step: 10 },
  openDelayMs: { min: 0, max: 2000, step: 1 },
  closeDelayMs: { min: 0, max: 2000, step: 1 },
} as const;

/** Size caps: storage may hold anything, so nothing is iterated beyond these. */
export const CAPS = {
  excludedSites: 200,
  disabledEntities: 500,
  aliasEntities: 200,
  aliasesPerEntity: 20,
} as const;

/**
 * The schema: every setting, its type and its default. Frozen (deeply) so no caller can
 * change the defaults by accident; readers get copies from `cloneDefaults()`.
 */
export const defaults = deepFreeze({
  paused: false,
  /** "topic/entity" keys switched off. */
  disabledEntities: [] as string[],
  /** Extra literal triggers per "topic/entity" key. */
  aliases: {} as Record<string, string[]>,
  yearRule: 'topic' as (typeof YEAR_RULES)[number],
  highlightStyle: 'underline' as (typeof HIGHLIGHT_STYLES)[number],
  highlightColor: 'amber' as HighlightColor,
  cardTheme: 'auto' as (typeof CARD_THEMES)[number],
  /** Percent of the card's base font size. */
  cardTextSize: 100,
  triggerMode: 'hover' as (typeof TRIGGER_MODES)[number],
  /** Only used when `triggerMode` is "modifier". */
  modifierKey: 'Alt' as (typeof MODIFIER_KEYS)[number],
  openDelayMs: 350,
  closeDelayMs: 300,
  badge: true,
  /** Host patterns ("example.com", "*.example.org"), normalized to lower-case ASCII. */
  excludedSites: [] as string[],
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type Settings = Mutable<typeof defaults>;
export type SettingKey = keyof Settings;
export type YearRule = Settings['yearRule'];
export type HighlightStyle = Settings['highlightStyle'];
export type CardTheme = Settings['cardTheme'];
export type TriggerMode = Settings['triggerMode'];
export type ModifierKey = Settings['modifierKey'];

export const SETTING_KEYS = Object.keys(defaults) as readonly SettingKey[];

/** A fresh, mutable copy of the defaults. */
export function cloneDefaults(): Settings {
  return structuredClone(defaults) as Settings;
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(defaults, key);
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}
