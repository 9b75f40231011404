/**
 * Every problem the pack checker reports is a message key plus arguments, never English
 * prose, so the options page can say it in the reader's language (`t(key, ...args)`),
 * while the command line and the build say it in English from the same catalogue
 * (english.ts). The texts live once, in public/_locales/<lang>/messages.json.
 */
export const PACK_MESSAGE_KEYS = [
  // The file as a whole (file.ts)
  'packFileTooLarge',
  'packFileUtf16',
  'packFileNotUtf8',
  'packFileBinary',
  'packFileEmpty',
  'packFileNotJson',
  'packFileTooDeep',
  // One value (schema.ts, text.ts)
  'packNotText',
  'packNotLocalText',
  'packEmpty',
  'packPadded',
  'packTooLong',
  'packControlChar',
  'packDirectionChar',
  'packMarkup',
  'packNotObject',
  'packNotList',
  'packUnknownKey',
  'packForbiddenKey',
  'packMissing',
  'packTooMany',
  'packNoEntities',
  'packNoTriggers',
  'packNoLanguages',
  'packNoRefs',
  'packNoSources',
  'packNotKebab',
  'packNotLanguage',
  'packWrongVersion',
  'packNotUrl',
  'packNotHttps',
  'packNotNumber',
  'packNotWhole',
  'packNotFourDigits',
  'packBadKind',
  'packBadLifeDates',
  'packTriggerFewLetters',
  'packTriggerCommonWord',
  // The whole pack (refs.ts) and a set of packs (packs.ts, the build)
  'packDuplicateEntity',
  'packThemeTaken',
  'packUnknownRef',
  'packNoDefaultText',
  'packTooManyLanguages',
  'packTooManyTriggers',
  'packDuplicateTrigger',
  'packDuplicateLanguage',
  'packMoreProblems',
  'packTopicLoaded',
  'packTopicAlsoIn',
] as const;

export type PackMessageKey = (typeof PACK_MESSAGE_KEYS)[number];

/** One problem: where (`entities[2].triggers.en[0]`, '' for the whole pack), and why. */
export interface PackError {
  path: string;
  key: PackMessageKey;
  /** Fills the message's placeholders $1, $2… in order. */
  args: string[];
}

export const packError = (path: string, key: PackMessageKey, ...args: (string | number)[]): PackError => ({ path, key, args: args.map(String) });
