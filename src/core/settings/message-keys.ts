import type { Message, Part } from '../i18n/message.ts';

/**
 * Every message key the settings core can return, and whether it is a plural prefix
 * (the catalogue then has one entry per plural category of its language). Each one is in
 * both `_locales` catalogues; a unit test checks it both ways.
 */
export const SETTINGS_MESSAGE_KEYS = {
  settingsLabelled: 'text',
  // describe(): a found value, in words.
  settingsValueNull: 'text',
  settingsValueList: 'plural',
  settingsValueLongText: 'plural',
  settingsValueText: 'text',
  settingsValueNumber: 'text',
  settingsValueBoolean: 'text',
  settingsValueNothing: 'text',
  settingsValueObject: 'text',
  settingsValueOther: 'text',
  // Aliases, as typed or stored.
  settingsAliasNotText: 'text',
  settingsAliasEmpty: 'text',
  settingsAliasTooShort: 'plural',
  settingsAliasTooLong: 'plural',
  settingsAliasControl: 'text',
  settingsAliasDirection: 'text',
  settingsAliasNoLetter: 'text',
  settingsAliasDuplicate: 'text',
  // Site exclusion patterns.
  settingsHostNotText: 'text',
  settingsHostEmpty: 'text',
  settingsHostTooLong: 'plural',
  settingsHostSpaces: 'text',
  settingsHostOnlyHost: 'text',
  settingsHostWildcardEmpty: 'text',
  settingsHostWildcardPlace: 'text',
  settingsHostWildcardIp: 'text',
  settingsHostPort: 'text',
  settingsHostEmptyPart: 'text',
  settingsHostInvalid: 'text',
  settingsHostInvalidIpv6: 'text',
  // Stored or imported values.
  settingsExpectedSettings: 'text',
  settingsExpectedBoolean: 'text',
  settingsExpectedOneOf: 'text',
  settingsExpectedPercent: 'text',
  settingsExpectedMs: 'text',
  settingsExpectedList: 'text',
  settingsExpectedAtMost: 'plural',
  settingsItem: 'text',
  settingsItemNotEntityKey: 'text',
  settingsExpectedAliases: 'text',
  settingsExpectedAliasEntities: 'plural',
  settingsNotEntityKey: 'text',
  settingsNotSaved: 'text',
  // Migrations.
  settingsKeepsDefault: 'text',
  settingsNewerVersion: 'text',
  settingsVersionUnreadable: 'text',
  // Settings files.
  settingsFileUnreadable: 'text',
  settingsFileTooLarge: 'text',
  settingsFileUtf16: 'text',
  settingsFileNotUtf8: 'text',
  settingsFileBinary: 'text',
  settingsFileEmpty: 'text',
  settingsFileTooDeep: 'plural',
  settingsFileNotJson: 'text',
  settingsFileNotObject: 'text',
  settingsFileNoFormat: 'text',
  settingsFileWrongFormat: 'text',
  settingsFileVersionInvalid: 'text',
  settingsFileNewer: 'text',
  settingsFileSettingsInvalid: 'text',
  settingsFileInvalidSettings: 'text',
  settingsFileInvalidSettingsMore: 'text',
  settingsFileUpdated: 'text',
  settingsFileIgnored: 'text',
  // Where a settings file stops being JSON.
  settingsJsonEndsEarly: 'text',
  settingsJsonExpectedName: 'text',
  settingsJsonExpectedColon: 'text',
  settingsJsonAfterEnd: 'text',
  settingsJsonExpectedCommaOr: 'text',
  settingsJsonUnclosedString: 'text',
  settingsJsonControlInString: 'text',
  settingsJsonBadEscape: 'text',
  settingsJsonUnexpected: 'text',
  settingsJsonCharCode: 'text',
} as const satisfies Record<`settings${string}`, 'text' | 'plural'>;

type Keys = typeof SETTINGS_MESSAGE_KEYS;
export type SettingsTextKey = { [K in keyof Keys]: Keys[K] extends 'text' ? K : never }[keyof Keys];
export type SettingsPluralKey = { [K in keyof Keys]: Keys[K] extends 'plural' ? K : never }[keyof Keys];

/** A message of the settings core; numbers are given as text (they are values, shown as they are). */
export function say(key: SettingsTextKey, ...args: Part[]): Message {
  return args.length === 0 ? { key } : { key, args };
}

/** A plural message: `count` picks the form and is its first substitution ($COUNT$). */
export function counted(key: SettingsPluralKey, count: number, ...args: Part[]): Message {
  return { key, count, args: [String(count), ...args] };
}
