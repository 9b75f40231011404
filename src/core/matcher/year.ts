/**
 * The bare year: four digits that stand alone as a year, not as part of a number, a
 * price, a phone number, a version, a hash or a time stamp. Dates (25.2.1956,
 * 1956-02-25) and ranges (1953–1956, 1956–64, 1956/57) count; so does a year word
 * written on (1956г, 1956年, 1956년): CJK text puts no space between words.
 * The characters next to the digits decide most cases; regexes look further only at
 * separators and the rarer signs.
 */
import { codePointAt, codePointBefore, isSpaceUnit, isWordChar } from './chars.ts';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const isCjk = (cp: number): boolean => cp >= 0x1100 && CJK.test(String.fromCodePoint(cp));

// What may stand just before a day-month or a range start: nothing that continues a number.
const LEAD = String.raw`(?:^|[^\p{L}\p{N}\p{M}_.,\/\-‐‑–])`;
// What may follow a date or range end: nothing that continues a word or a number.
const TRAIL = String.raw`(?![\p{L}\p{N}\p{M}_\u00AD]|[.,\/\-‐‑–]\p{N})`;

const DATE_BEFORE = new RegExp(`${LEAD}\\d{1,2}([./-])\\d{1,2}\\1$`, 'u');
const RANGE_BEFORE = new RegExp(`${LEAD}\\d{4}[\\-‐‑–/]$`, 'u');
const MONEY_OR_NUMBER_SIGN = /[\p{Sc}#№]$|\p{N},$/u;

const POSSESSIVE = /^['’]s(?![\p{L}\p{N}\p{M}_\u00AD])/u;
const YEAR_WORD = /^гг?(?![\p{L}\p{N}\p{M}_\u00AD])/u;
const DECIMAL_OR_FILE = /^(?:[.,]\p{N}|\.\p{L}|\/\p{L})/u;
const RANGE_AFTER = new RegExp(`^[\\-‐‑–/](?:\\d{4}|\\d{2})${TRAIL}`, 'u');
const DATE_AFTER = new RegExp(`^([-/])\\d{1,2}\\1\\d{1,2}${TRAIL}`, 'u');

const isAsciiDigit = (u: number): boolean => u >= 0x30 && u <= 0x39;
const isAsciiLetter = (u: number): boolean => (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7a;
/** . / - ‐ ‑ – : what joins a date's parts or a range's years. */
const isSeparator = (cp: number): boolean => cp === 0x2e || cp === 0x2f || cp === 0x2d || cp === 0x2010 || cp === 0x2011 || cp === 0x2013;
/** ASCII that no rule looks at: not a word character, a sign, an apostrophe or a separator. */
const isPlainAscii = (u: number): boolean => u < 0x80 && !isWordChar(u) && !'$#\',./-'.includes(String.fromCharCode(u));

function okBefore(text: string, start: number): boolean {
  const prev = codePointBefore(text, start);
  if (prev < 0 || isPlainAscii(prev) || isSpaceUnit(prev)) return true;
  if (prev === 0x24 || prev === 0x23) return false; // $1956, #1956
  if (isWordChar(prev)) return isCjk(prev);
  const before = text.slice(Math.max(0, start - 12), start);
  if (!isSeparator(prev) && MONEY_OR_NUMBER_SIGN.test(before)) return false;
  if (!isSeparator(prev)) return true;
  return DATE_BEFORE.test(before) || RANGE_BEFORE.test(before);
}

/** End of the year mention (after a possessive tail), or -1 when it is not a year here. */
function endAfter(text: string, end: number): number {
  const next = codePointAt(text, end);
  if (next < 0 || isPlainAscii(next) || isSpaceUnit(next)) return end;
  const then = text.charCodeAt(end + 1); // NaN at the end
  if (!(then >= 0x80)) {
    // "1956." and "1956," end a year; "1956.5", "1,956" and "1956.txt" do not.
    if (next === 0x2e || next === 0x2c) return isAsciiDigit(then) || (next === 0x2e && isAsciiLetter(then)) ? -1 : end;
    // "1956-64" and "1956-02-25" do; "1956/abc" and "1956-555-0100" do not.
    if (isSeparator(next) && (next !== 0x2f || !isAsciiLetter(then))) {
      if (!isAsciiDigit(then)) return end;
      const after = text.slice(end, end + 16);
      return RANGE_AFTER.test(after) || DATE_AFTER.test(after) ? end : -1;
    }
  }
  const after = text.slice(end, end + 16);
  if (POSSESSIVE.test(after)) return end + 2;
  if (isCjk(next) || YEAR_WORD.test(after)) return end;
  if (isWordChar(next) || DECIMAL_OR_FILE.test(after)) return -1;
  if (isSeparator(next) && next !== 0x2e && isAsciiDigit(then)) return RANGE_AFTER.test(after) || DATE_AFTER.test(after) ? end : -1;
  return end;
}

/** `digits` sits at `start`; returns the mention's end, or -1. */
export function yearEnd(text: string, start: number, digits: string): number {
  if (!text.startsWith(digits, start) || !okBefore(text, start)) return -1;
  return endAfter(text, start + digits.length);
}
