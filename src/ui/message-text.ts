import { formatMessage, type Catalogue, type Message } from '../core/i18n/message.ts';
import { pluralKey } from '../core/i18n/plural.ts';
import { InvalidSettingsError } from '../core/settings/invalid.ts';
import { t } from './i18n.ts';

/**
 * The `_locales` catalogue the browser chose. Its language is the one it declares itself
 * (`optionsLocale`), not the browser's: a UI language without a catalogue falls back to
 * English, and English plural rules must pick English plural keys.
 */
const catalogue: Catalogue = {
  get locale() {
    return t('optionsLocale');
  },
  text: (key, substitutions) => t(key, ...substitutions),
};

/** A message of the core in the UI's language. */
export function messageText(message: Message): string {
  return formatMessage(message, catalogue);
}

/** A UI string that depends on a count (`${prefix}One`, `${prefix}Few`…); the count is its first substitution. */
export function countText(prefix: string, count: number, ...substitutions: string[]): string {
  return t(pluralKey(prefix, catalogue.locale, count), String(count), ...substitutions);
}

/** An error for the user: settings refused by validation in the UI's language, anything else as it came. */
export function errorText(error: unknown): string {
  if (error instanceof InvalidSettingsError) return messageText(error.reason);
  return error instanceof Error ? error.message : String(error);
}
