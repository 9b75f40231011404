import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { jsonCatalogue } from './json-catalogue.ts';
import { formatMessage, type Catalogue, type Message } from './message.ts';

/**
 * The English `_locales` catalogue, read at build time: for text outside the browser's i18n
 * (errors, logs, tests, a command line), so each English sentence is written once.
 */
export const english: Catalogue = jsonCatalogue('en', en);

export function formatEnglish(message: Message): string {
  return formatMessage(message, english);
}
