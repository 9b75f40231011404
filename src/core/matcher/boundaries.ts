/**
 * Word boundaries in the original text: a mention never starts or ends inside a word.
 * Letters, digits, combining marks, "_" and the soft hyphen all continue a word, which
 * also rules out identifiers (stalin_bot) and camelCase (khrushchevFan).
 */
import { codePointAt, codePointBefore, foldCode, isWordChar, VANISHES, width } from './chars.ts';

export function boundaryBefore(text: string, i: number): boolean {
  const cp = codePointBefore(text, i);
  return cp < 0 || !isWordChar(cp);
}

export function boundaryAt(text: string, i: number): boolean {
  const cp = codePointAt(text, i);
  return cp < 0 || !isWordChar(cp);
}

/** Moves past combining marks and soft hyphens: they belong to the character before. */
export function skipIgnorables(text: string, i: number): number {
  for (;;) {
    const cp = codePointAt(text, i);
    if (cp < 0x80 || foldCode(cp) !== VANISHES) return i;
    i += width(cp);
  }
}
