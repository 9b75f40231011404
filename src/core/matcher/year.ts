/**
 * The bare year: four digits that stand alone as a year, not as part of a number, a
 * price, a phone number, a version, a hash or a time stamp. Dates (25.2.1956,
 * 1956-02-25) and ranges (1953–1956, 1956–64, 1956/57) count; so does a year word
 * written on (1956г, 1956年, 1956년): CJK text puts no space between words.
 */
import { codePointAt, codePointBefore, isWordChar } from './chars.ts';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const isCjk = (cp: number): boolean => cp >= 0x1100 && CJK.test(String.fromCodePoint(cp));

// What may stand just before a day-month or a range start: nothing that continues a number.
const LEAD = String.raw`(?:^|[^\p{L}\p{N}\p{M}_.,\/\-‐‑–])`;
// What may follow a date or range end: nothing that continues a word or a number.
const TRAIL = String.raw`(?![\p{L}\p{N}\p{M}_\u00AD]|[.,\/\-‐‑–]\p{N})`;

const SEPARATOR_BEFORE = /[.\/\-‐‑–]$/u;
const DATE_BEFORE = new RegExp(`${LEAD}\\d{1,2}([./-])\\d{1,2}\\1$`, 'u');
const RANGE_BEFORE = new RegExp(`${LEAD}\\d{4}[\\-‐‑–/]$`, 'u');
const MONEY_OR_NUMBER_SIGN = /[\p{Sc}#№]$|\p{N},$/u;

const POSSESSIVE = /^['’]s(?![\p{L}\p{N}\p{M}_\u00AD])/u;
const YEAR_WORD = /^гг?(?![\p{L}\p{N}\p{M}_\u00AD])/u;
const DECIMAL_OR_FILE = /^(?:[.,]\p{N}|\.\p{L}|\/\p{L})/u;
const SEPARATOR_DIGIT = /^[\-‐‑–/]\d/u;
const RANGE_AFTER = new RegExp(`^[\\-‐‑–/](?:\\d{4}|\\d{2})${TRAIL}`, 'u');
const DATE_AFTER = new RegExp(`^([-/])\\d{1,2}\\1\\d{1,2}${TRAIL}`, 'u');

function okBefore(text: string, start: number): boolean {
  const prev = codePointBefore(text, start);
  if (prev < 0) return true;
  if (isWordChar(prev)) return isCjk(prev);
  const before = text.slice(Math.max(0, start - 12), start);
  if (MONEY_OR_NUMBER_SIGN.test(before)) return false;
  if (!SEPARATOR_BEFORE.test(before)) return true;
  return DATE_BEFORE.test(before) || RANGE_BEFORE.test(before);
}

/** End of the year mention (after a possessive tail), or -1 when it is not a year here. */
function endAfter(text: string, end: number): number {
  const next = codePointAt(text, end);
  if (next < 0) return end;
  const after = text.slice(end, end + 16);
  if (POSSESSIVE.test(after)) return end + 2;
  if (isCjk(next) || YEAR_WORD.test(after)) return end;
  if (isWordChar(next) || DECIMAL_OR_FILE.test(after)) return -1;
  if (SEPARATOR_DIGIT.test(after)) return RANGE_AFTER.test(after) || DATE_AFTER.test(after) ? end : -1;
  return end;
}

/** `digits` sits at `start`; returns the mention's end, or -1. */
export function yearEnd(text: string, start: number, digits: string): number {
  if (!text.startsWith(digits, start) || !okBefore(text, start)) return -1;
  return endAfter(text, start + digits.length);
}
