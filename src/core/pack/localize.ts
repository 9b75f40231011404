/**
 * Picks a pack's display texts for the reader. Pure and small on purpose: the content
 * script ships it (the card localizes when it opens), while the validator stays out.
 * The card asks, in order, for the language of the text around the mention, the
 * browser's UI language and then the pack's default; the first the pack offers wins.
 */
import type { ContentPack, Entity, Fact, LanguageTag, Link, LocalizedEntity, LocalizedPack, LocalText } from './types.ts';

const primary = (tag: string): string => tag.split('-', 1)[0]!;

/**
 * The tag of `available` that best serves the first of `wanted` it can serve: the same tag
 * (case-insensitive), else the wanted tag cut at a "-" ("ru-RU" takes "ru", "zh-Hans-CN"
 * takes "zh-Hans"), else another variant of the same language ("pt" takes "pt-BR").
 * `fallback` when none of `wanted` is available.
 */
export function pickLanguage(available: readonly LanguageTag[], wanted: readonly LanguageTag[], fallback: LanguageTag): LanguageTag {
  const offered = available.map((tag) => tag.toLowerCase());
  for (const tag of wanted) {
    const parts = tag.toLowerCase().split('-');
    for (let n = parts.length; n > 0; n--) {
      const found = offered.indexOf(parts.slice(0, n).join('-'));
      if (found >= 0) return available[found]!;
    }
    const sibling = offered.findIndex((offer) => primary(offer) === parts[0]);
    if (sibling >= 0) return available[sibling]!;
  }
  return fallback;
}

/** One text for `wanted`; a string is the same in every language. */
export function localizeText(text: LocalText, wanted: readonly LanguageTag[], fallback: LanguageTag): string {
  if (typeof text === 'string') return text;
  const tag = pickLanguage(Object.keys(text), wanted, fallback);
  // A validated pack holds its default language; an unvalidated one still yields some text.
  return text[tag] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

export function localizeEntity(entity: Entity, wanted: readonly LanguageTag[], fallback: LanguageTag): LocalizedEntity {
  return { ...entity, name: localizeText(entity.name, wanted, fallback), identity: localizeText(entity.identity, wanted, fallback) };
}

/** Every language some display text of `pack` is written in, the default first. */
export function packLanguages(pack: ContentPack): LanguageTag[] {
  const found = new Set([pack.language]);
  const add = (text: LocalText) => {
    if (typeof text !== 'string') for (const tag of Object.keys(text)) found.add(tag);
  };
  add(pack.title);
  add(pack.summary);
  return [...found];
}

/**
 * The pack with plain strings, each text in the first wanted language it has (else the
 * default). `language` says which language the pack as a whole was picked in, judged by
 * its title and summary, so the card can set `lang`.
 */
export function localizePack(pack: ContentPack, wanted: readonly LanguageTag[]): LocalizedPack {
  const fallback = pack.language;
  const text = (value: LocalText) => localizeText(value, wanted, fallback);
  const link = (value: Link): Link<string> => ({ ...value, title: text(value.title) });
  const fact = (value: Fact): Fact<string> => ({ ...value, label: text(value.label), text: text(value.text) });
  return {
    ...pack,
    language: pickLanguage(packLanguages(pack), wanted, fallback),
    title: text(pack.title),
    summary: text(pack.summary),
    entities: pack.entities.map((entity) => localizeEntity(entity, wanted, fallback)),
    facts: pack.facts.map(fact),
    furtherReading: link(pack.furtherReading),
    sources: pack.sources.map(link),
  };
}
