import ru from '../../../public/_locales/ru/messages.json' with { type: 'json' };
import { formatEnglish } from '../../../src/core/i18n/english.ts';
import { jsonCatalogue } from '../../../src/core/i18n/json-catalogue.ts';
import { formatMessage, type Message } from '../../../src/core/i18n/message.ts';

/** Core messages worded as the English and the Russian UI word them, outside the browser. */
export const inEnglish = formatEnglish;
const russian = jsonCatalogue('ru', ru);
export const inRussian = (message: Message): string => formatMessage(message, russian);

/** The English text of a refusal, or null when the check passed. */
export function refusalText(check: { ok: true } | { ok: false; message: Message }): string | null {
  return check.ok ? null : inEnglish(check.message);
}
