/**
 * Reference for the year rule, written as plain look-arounds over the whole text
 * (separately from src/core/matcher/year.ts). Returns the mention's end or -1.
 */
const DASH = '\\-‐‑–';
const NUMBER_GLUE = `.,/${DASH}`;

function allowedBefore(before: string): boolean {
  if (before === '') return true;
  const prev = [...before].pop()!;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(prev)) return true;
  if (/[\p{L}\p{N}\p{M}_\u00ad\p{Sc}#№]/u.test(prev)) return false;
  if (/\p{N},$/u.test(before)) return false;
  if (!new RegExp(`[./${DASH}]$`).test(before)) return true;
  const edge = `(?:^|[^\\p{L}\\p{N}\\p{M}_${NUMBER_GLUE}])`;
  return new RegExp(`${edge}\\d{1,2}([./-])\\d{1,2}\\1$`, 'u').test(before) || new RegExp(`${edge}\\d{4}[${DASH}/]$`, 'u').test(before);
}

function allowedAfter(after: string): number {
  const stop = `(?![\\p{L}\\p{N}\\p{M}_\\u00ad]|[${NUMBER_GLUE}]\\p{N})`;
  if (after === '') return 0;
  if (new RegExp(`^['’]s(?![\\p{L}\\p{N}\\p{M}_\\u00ad])`, 'u').test(after)) return 2;
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(after)) return 0;
  if (/^гг?(?![\p{L}\p{N}\p{M}_\u00ad])/u.test(after)) return 0;
  if (/^[\p{L}\p{N}\p{M}_\u00ad]/u.test(after)) return -1;
  if (/^[.,]\p{N}|^\.\p{L}|^\/\p{L}/u.test(after)) return -1;
  if (!new RegExp(`^[${DASH}/]\\d`).test(after)) return 0;
  const range = new RegExp(`^[${DASH}/](\\d{2}|\\d{4})${stop}`, 'u');
  const date = new RegExp(`^([-/])\\d{1,2}\\1\\d{1,2}${stop}`, 'u');
  return range.test(after) || date.test(after) ? 0 : -1;
}

export function refIsYear(text: string, start: number, digits: string): number {
  if (!allowedBefore(text.slice(0, start))) return -1;
  const end = start + digits.length;
  const extra = allowedAfter(text.slice(end));
  return extra < 0 ? -1 : end + extra;
}
