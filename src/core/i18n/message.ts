import { pluralKey } from './plural.ts';

/**
 * Words for the user as data: a catalogue key and its substitutions. The core stays free
 * of the DOM and the browser, so it says what it means this way and each caller words it
 * from a catalogue: the UI from `_locales` through the browser, logs and tests in English.
 */
export interface Message {
  key: string;
  args?: readonly Part[];
  /** Makes `key` a plural prefix: the count picks `${key}One`, `${key}Few`… for the catalogue's locale. */
  count?: number;
  /** Shown inside a longer sentence, so without its own closing full stop. */
  clause?: true;
}

/**
 * A substitution: a value shown as it is (never translated), a nested message, a decimal
 * written the locale's way, or messages in a row.
 */
export type Part = string | Message | Decimal | Row;
export interface Decimal { decimal: number; digits: number }
/** Joined with "; ", which English and Russian both use between clauses. */
export interface Row { row: readonly Part[] }

export interface Catalogue {
  /** The language the catalogue is in: its plural rules and number format. */
  locale: string;
  /** The message for `key` with `$1`… filled in (as `browser.i18n.getMessage` does). */
  text(key: string, substitutions: string[]): string;
}

export function formatMessage(message: Message, catalogue: Catalogue): string {
  const key = message.count === undefined ? message.key : pluralKey(message.key, catalogue.locale, message.count);
  const text = catalogue.text(key, (message.args ?? []).map((part) => formatPart(part, catalogue)));
  return message.clause ? text.replace(/\.$/, '') : text;
}

function formatPart(part: Part, catalogue: Catalogue): string {
  if (typeof part === 'string') return part;
  if ('key' in part) return formatMessage(part, catalogue);
  if ('row' in part) return part.row.map((inner) => formatPart(inner, catalogue)).join('; ');
  return new Intl.NumberFormat(catalogue.locale, { minimumFractionDigits: part.digits, maximumFractionDigits: part.digits }).format(part.decimal);
}

/** Every message key in `message`, nested ones included (for tests and catalogue checks). */
export function messageKeys(message: Message): string[] {
  const inner = (part: Part): string[] =>
    typeof part === 'string' || 'decimal' in part ? [] : 'row' in part ? part.row.flatMap(inner) : messageKeys(part);
  return [message.key, ...(message.args ?? []).flatMap(inner)];
}
