/**
 * What any text of a pack may not hold, as data: each rule is a pattern of what is bad
 * plus the message that says so. The validator runs the patterns (schema.ts) and the
 * JSON Schema for editors is made of the same patterns (as negative lookaheads), so the
 * two cannot drift apart. Patterns are ECMAScript with the `u` flag, as JSON Schema
 * validators run them.
 *
 * Texts are shown with textContent, never parsed as HTML, so markup could do no harm in
 * the card; it is refused all the same, because a pack that holds it was not written for
 * Backstory (or was written to probe it), and a text-direction control can make a card
 * read differently from what it says.
 */
import type { PackMessageKey } from './messages.ts';

export interface TextRule {
  key: PackMessageKey;
  /** Matches (RegExp.test) a text that breaks the rule. */
  bad: string;
  /** The message's arguments, from the match. */
  args?: (match: RegExpExecArray) => string[];
}

const codePoint = (match: RegExpExecArray): string[] => [`U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`];

/** C0 and C1 controls (tab and newline too: a text is one paragraph), line and paragraph separators, zero-width space and BOM, lone surrogates. */
export const CONTROL_CHARS = String.raw`\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff\ud800-\udfff`;
/** Arabic letter mark, LRM/RLM, embeddings and overrides, isolates. */
export const DIRECTION_CHARS = String.raw`\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069`;

/** Rules for every display text, quote, name and trigger. */
export const TEXT_RULES: readonly TextRule[] = [
  { key: 'packControlChar', bad: `[${CONTROL_CHARS}]`, args: codePoint },
  { key: 'packDirectionChar', bad: `[${DIRECTION_CHARS}]`, args: codePoint },
  // "<b", "</", "<!--", "<?xml": the start of a tag. "a < b" and "<3" stay allowed.
  { key: 'packMarkup', bad: String.raw`<[\p{L}/!?]` },
  { key: 'packPadded', bad: String.raw`^\s|\s$` },
];

/**
 * Words so common in the main languages of the web that a trigger made only of them
 * would mark nearly every page. Lower case; matched case-insensitively, whole trigger.
 */
export const COMMON_WORDS: readonly string[] = [
  // English
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'he', 'her', 'his', 'i', 'if', 'in', 'is', 'it', 'its',
  'not', 'of', 'on', 'or', 'she', 'that', 'the', 'they', 'this', 'to', 'was', 'we', 'with', 'you',
  // German
  'auf', 'aus', 'das', 'dem', 'den', 'der', 'des', 'die', 'ein', 'eine', 'er', 'es', 'ich', 'im', 'ist', 'mit', 'nicht', 'sie', 'und', 'von', 'zu',
  // French, Spanish, Italian, Portuguese
  'au', 'ce', 'con', 'da', 'de', 'del', 'della', 'des', 'di', 'do', 'du', 'e', 'el', 'en', 'est', 'et', 'il', 'la', 'le', 'les', 'lo', 'los',
  'las', 'na', 'no', 'o', 'os', 'ou', 'per', 'por', 'que', 'se', 'un', 'una', 'une', 'y',
  // Russian, Ukrainian
  'а', 'в', 'во', 'да', 'для', 'до', 'же', 'за', 'и', 'из', 'к', 'как', 'на', 'не', 'но', 'о', 'об', 'он', 'она', 'от', 'по', 'с', 'со',
  'та', 'то', 'у', 'что', 'это', 'і', 'й', 'з', 'що', 'як',
];

/** `word` with each cased letter as a class of both cases: case-insensitive without a flag. */
const anyCase = (word: string): string =>
  [...word].map((c) => (c.toUpperCase() !== c ? `[${c}${c.toUpperCase()}]` : c)).join('');

const COMMON = `(?:${[...COMMON_WORDS].sort((a, b) => b.length - a.length).map(anyCase).join('|')})`;

/** Rules for triggers only: what would match nearly everywhere. */
export const TRIGGER_RULES: readonly TextRule[] = [
  // Fewer than two letters: "X", "1956", "11", "A1". A year is a year entity, not a trigger.
  { key: 'packTriggerFewLetters', bad: String.raw`^[^\p{L}]*(?:\p{L}[^\p{L}]*)?$` },
  { key: 'packTriggerCommonWord', bad: String.raw`^${COMMON}(?:\s+${COMMON})*$` },
];

/** The rules as one JSON Schema pattern: a text passes when no rule's pattern is found in it. */
export function patternOf(rules: readonly TextRule[]): string {
  return `^${rules.map((rule) => String.raw`(?![\s\S]*?(?:${rule.bad}))`).join('')}`;
}

const compiled = new Map<string, RegExp>();

/** The first rule `text` breaks, with the match, or null. */
export function brokenRule(text: string, rules: readonly TextRule[]): { rule: TextRule; match: RegExpExecArray } | null {
  for (const rule of rules) {
    let re = compiled.get(rule.bad);
    if (!re) compiled.set(rule.bad, (re = new RegExp(rule.bad, 'u')));
    const match = re.exec(text);
    if (match) return { rule, match };
  }
  return null;
}

/** Whether `text` has more than `limit` code points (JSON Schema counts code points, not UTF-16 units). */
export function longerThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (u >= 0xd800 && u <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    if (++n > limit) return true;
  }
  return false;
}
