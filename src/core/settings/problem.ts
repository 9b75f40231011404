import { formatEnglish } from '../i18n/english.ts';
import type { Message } from '../i18n/message.ts';
import { counted, say } from './message-keys.ts';

/** Something wrong with stored or imported settings, as a message the options page words. */
export interface Problem {
  /** The setting's key, or "version" / "settings" for the container itself. */
  key: string;
  message: Message;
}

export type Check<T> = { ok: true; value: T } | { ok: false; message: Message };

/** "yearRule: …": the setting's key is shown as it is, in every language. */
export function problemMessage(problem: Problem): Message {
  return say('settingsLabelled', problem.key, problem.message);
}

/** A problem in English, for errors and logs; the UI words `problemMessage` in its own language. */
export function formatProblem(problem: Problem): string {
  return formatEnglish(problemMessage(problem));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A short description of any value for messages; never echoes a long string in full. */
export function describe(value: unknown): Message {
  if (value === null) return say('settingsValueNull');
  if (Array.isArray(value)) return counted('settingsValueList', value.length);
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? counted('settingsValueLongText', value.length) : say('settingsValueText', JSON.stringify(value));
    case 'number':
      return say('settingsValueNumber', String(value));
    case 'boolean':
      return say('settingsValueBoolean', String(value));
    case 'undefined':
      return say('settingsValueNothing');
    case 'object':
      return say('settingsValueObject');
    default:
      return say('settingsValueOther', typeof value);
  }
}
