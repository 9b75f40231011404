/**
 * What the extension should have marked, worked out independently of the content script:
 * the matcher run in Node over the text the browser says it renders (`innerText`, which
 * follows CSS: hidden text is left out, blocks and table cells start new lines), with the
 * default settings and the year context rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher, type Matcher } from '../../src/core/matcher/index.ts';
import type { ContentPack } from '../../src/core/pack/types.ts';
import { validatePack } from '../../src/core/pack/validate.ts';
import { cloneDefaults, type YearRule } from '../../src/core/settings/defaults.ts';

export interface Expectation {
  /** Mentions, one per rendered line (lines break at blocks, <br> and table cells). */
  lines: string[];
  /** Mentions in the same text with the line breaks read as spaces. */
  joined: string[];
}

export function loadBundledPacks(dir: string): ContentPack[] {
  return readdirSync(dir).filter((file) => file.endsWith('.json')).sort().map((file) => {
    const result = validatePack(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
    if (!result.ok) throw new Error(`${file}: invalid content pack`);
    return result.pack;
  });
}

/** The matcher and year rule the extension runs with on a fresh profile. */
export function defaultMatching(packs: readonly ContentPack[]): { matcher: Matcher; yearRule: YearRule } {
  const settings = cloneDefaults();
  const years = packs.flatMap((pack) => pack.entities.filter((entity) => entity.kind === 'year').map((entity) => `${pack.id}/${entity.id}`));
  const disabled = new Set([...settings.disabledEntities, ...(settings.yearRule === 'never' ? years : [])]);
  return { matcher: createMatcher({ packs, disabled, aliases: settings.aliases }), yearRule: settings.yearRule };
}

/** Case, and white space between words, are not part of what a mention is. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function expectedIn(renderedText: string, matcher: Matcher, yearRule: YearRule): Expectation {
  const find = (texts: string[]) => {
    const found = texts.flatMap((text) => matcher.find(text).map((mention) => ({ text: normalize(text.slice(mention.start, mention.end)), isYear: mention.isYear })));
    const yearsShown = yearRule === 'always' || (yearRule === 'topic' && found.some((mention) => !mention.isYear));
    return found.filter((mention) => !mention.isYear || yearsShown).map((mention) => mention.text).sort();
  };
  return { lines: find(renderedText.split(/[\n\t]/)), joined: find([renderedText.replace(/[\n\t]/g, ' ')]) };
}

/** Items of `a` that are not in `b`, as multisets. */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  return a.filter((item) => {
    const count = left.get(item) ?? 0;
    if (count === 0) return true;
    left.set(item, count - 1);
    return false;
  });
}
