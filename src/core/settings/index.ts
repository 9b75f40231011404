export {
  CAPS, CARD_THEMES, HIGHLIGHT_STYLES, LIMITS, MODIFIER_KEYS, SETTINGS_VERSION, SETTING_KEYS, TRIGGER_MODES, YEAR_RULES,
  cloneDefaults, defaults, isSettingKey,
} from './defaults.ts';
export type { CardTheme, HighlightStyle, ModifierKey, SettingKey, Settings, TriggerMode, YearRule } from './defaults.ts';
export { HIGHLIGHT_COLORS, highlightPalette } from './palette.ts';
export type { HighlightColor, HighlightShade, HighlightSwatch } from './palette.ts';
export { formatProblem, problemMessage } from './problem.ts';
export { InvalidSettingsError } from './invalid.ts';
export { SETTINGS_MESSAGE_KEYS } from './message-keys.ts';
export type { Check, Problem } from './problem.ts';
export { ALIAS_MAX, ALIAS_MIN, validateAlias } from './alias.ts';
export { hostMatches, validateHostPattern } from './hosts.ts';
export { parseSettings, validateSetting } from './validate.ts';
export { migrate, migrations } from './migrations.ts';
export type { Migration } from './migrations.ts';
export { decodeFromStorage, diffFromDefaults, encodeForStorage } from './encode.ts';
export { FILE_UNREADABLE, SETTINGS_FILE_FORMAT, SETTINGS_FILE_MAX_BYTES, SETTINGS_FILE_MAX_DEPTH, exportSettingsFile, fileTooLarge, importSettingsFile } from './file.ts';
export type { ImportResult } from './file.ts';
