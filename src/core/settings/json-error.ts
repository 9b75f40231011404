import type { Message } from '../i18n/message.ts';
import { say } from './message-keys.ts';

/**
 * Finds where a text stops being JSON, so an import error can name the line and column
 * the same way in every browser (engines word `JSON.parse` errors differently, and not
 * all give a position). Only run after `JSON.parse` failed. Iterative: no nesting limit.
 */
export interface JsonErrorPlace {
  line: number;
  column: number;
  reason: Message;
}

type State = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const WHITE_SPACE = /[ \t\n\r]*/y;

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorPlace | undefined {
  const closers: string[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (reason: Message): JsonErrorPlace => place(text, i, reason);
  for (;;) {
    WHITE_SPACE.lastIndex = i;
    WHITE_SPACE.test(text);
    i = WHITE_SPACE.lastIndex;
    const ch = text[i];
    if (ch === undefined) return state === 'after' && closers.length === 0 ? undefined : fail(say('settingsJsonEndsEarly'));
    const top = closers.at(-1);
    if (state === 'firstValue' && ch === ']') {
      closers.pop();
      state = 'after';
      i += 1;
    } else if (state === 'firstKey' && ch === '}') {
      closers.pop();
      state = 'after';
      i += 1;
    } else if (state === 'value' || state === 'firstValue') {
      if (ch === '{' || ch === '[') {
        closers.push(ch === '{' ? '}' : ']');
        state = ch === '{' ? 'firstKey' : 'firstValue';
        i += 1;
        continue;
      }
      const end = ch === '"' ? stringEnd(text, i) : literalEnd(text, i);
      if (typeof end !== 'number') return end;
      state = 'after';
      i = end;
    } else if (state === 'key' || state === 'firstKey') {
      if (ch !== '"') return fail(say('settingsJsonExpectedName', show(ch)));
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      state = 'colon';
      i = end;
    } else if (state === 'colon') {
      if (ch !== ':') return fail(say('settingsJsonExpectedColon', show(ch)));
      state = 'value';
      i += 1;
    } else if (top === undefined) {
      return fail(say('settingsJsonAfterEnd', show(ch)));
    } else if (ch === ',') {
      state = top === '}' ? 'key' : 'value';
      i += 1;
    } else if (ch === top) {
      closers.pop();
      state = 'after';
      i += 1;
    } else {
      return fail(say('settingsJsonExpectedCommaOr', top, show(ch)));
    }
  }
}

/** The offset after a string starting at `start`, or where it goes wrong. */
function stringEnd(text: string, start: number): number | JsonErrorPlace {
  let i = start + 1;
  for (;;) {
    const code = text.charCodeAt(i);
    if (Number.isNaN(code)) return place(text, i, say('settingsJsonUnclosedString'));
    if (code === 0x22) return i + 1;
    if (code < 0x20) return place(text, i, say('settingsJsonControlInString'));
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return place(text, i, say('settingsJsonBadEscape'));
      i = ESCAPE.lastIndex;
    } else i += 1;
  }
}

/** The offset after a number, true, false or null at `start`, or what was found instead. */
function literalEnd(text: string, start: number): number | JsonErrorPlace {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, start)) return start + word.length;
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? NUMBER.lastIndex : place(text, start, say('settingsJsonUnexpected', show(text[start] ?? '')));
}

function place(text: string, offset: number, reason: Message): JsonErrorPlace {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), reason };
}

/** The character itself in quotes (a value, never translated), or a control character by its code. */
function show(ch: string): string | Message {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? say('settingsJsonCharCode', `U+${code.toString(16).toUpperCase().padStart(4, '0')}`) : `"${ch}"`;
}
