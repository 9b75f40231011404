import type { Fact, LocalizedEntity, LocalizedPack, Quote } from '../core/pack/types.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

/**
 * The topic as people read it, shared by the hover card, the popup and the options
 * preview, from a pack already localized (localize.ts). `lead` is the entity that was
 * pointed at: its facts and quotes come first.
 */
export function topicView(pack: LocalizedPack, lead: LocalizedEntity | null): HTMLElement {
  const first = leadItem(pack, lead);
  const facts = leadFirst(pack.facts, lead).filter((fact) => fact !== first);
  const quotes = leadFirst(pack.quotes, lead).filter((quote) => quote !== first);
  return h('div', { class: 'bs-topic' },
    first && h('div', { class: 'bs-lead' }, 'author' in first ? quoteBlock(first) : factList([first])),
    h('p', { class: 'bs-summary' }, pack.summary),
    h('section', { class: 'bs-facts', 'aria-label': t('cardKeyFacts') },
      h('h3', { lang: uiLanguage() }, t('cardKeyFacts')),
      factList(facts)),
    h('section', { class: 'bs-quotes', 'aria-label': t('cardQuotes') },
      h('h3', { lang: uiLanguage() }, t('cardQuotes')),
      ...quotes.map(quoteBlock)),
    h('footer', { class: 'bs-sources' },
      h('p', {}, h('a', { href: pack.furtherReading.url, target: '_blank', rel: 'noopener noreferrer' }, t('cardReadMore', pack.furtherReading.title))),
      h('p', { class: 'bs-source-line' }, t('cardSource', pack.sources.map((source) => source.title).join('; ')))),
  );
}

/** Entity name, identity line and topic title: the card's heading block. */
export function entityHeading(pack: LocalizedPack, entity: LocalizedEntity, headingId: string): HTMLElement {
  return h('header', { class: 'bs-heading' },
    h('h2', { id: headingId }, entity.name),
    h('p', { class: 'bs-identity' }, entity.identity),
    h('p', { class: 'bs-topic-title' }, pack.title));
}

export function factList(facts: readonly Fact<string>[]): HTMLElement {
  return h('dl', {}, ...facts.flatMap((fact) => [h('dt', {}, fact.label), h('dd', {}, fact.text)]));
}

export function quoteBlock(quote: Quote): HTMLElement {
  return h('figure', { class: 'bs-quote' },
    // A quote is verbatim, in its own language, whatever language the card is in.
    h('blockquote', { lang: quote.language }, h('p', {}, quote.text)),
    h('figcaption', {}, `— ${quote.author} (${quote.lifeDates})`));
}

/**
 * What the card leads with: for a person, the first quote about them ("Stalin" leads with
 * Trotsky on Stalin); for a year or an event, the first fact about it (the date for "1956").
 */
export function leadItem(pack: LocalizedPack, lead: LocalizedEntity | null): Fact<string> | Quote | null {
  if (!lead) return null;
  const quote = lead.kind === 'person' ? pack.quotes.find((item) => item.entities.includes(lead.id)) : undefined;
  return quote ?? pack.facts.find((item) => item.entities.includes(lead.id)) ?? null;
}

/** Stable reorder: items that speak to the lead entity first. */
function leadFirst<T extends { entities: string[] }>(items: readonly T[], lead: LocalizedEntity | null): T[] {
  if (!lead) return [...items];
  const first = items.filter((item) => item.entities.includes(lead.id));
  return [...first, ...items.filter((item) => !item.entities.includes(lead.id))];
}

/** The language of the extension's own labels, which may differ from the topic's (the card's `lang`). */
export function uiLanguage(): string {
  return t('optionsLocale');
}
