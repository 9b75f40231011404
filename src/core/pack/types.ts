/**
 * A content pack: one bundled topic, shipped as data (`assets/topics/*.json`).
 * This file is the contract between the data, the matcher and every UI surface;
 * the runtime schema in `schema.ts` must accept exactly these shapes.
 */

/** BCP 47 primary language tag of a trigger list ("en", "ru", "de", ...). */
export type LanguageTag = string;

export type EntityKind = 'person' | 'year' | 'event';

interface EntityBase {
  /** Unique inside its pack, kebab-case: "khrushchev", "year-1956", "speech". */
  id: string;
  kind: EntityKind;
  /** Display name: "Nikita Khrushchev", "1956", "The Secret Speech". */
  name: string;
  /** One line saying who or what this is. */
  identity: string;
}

export interface PersonEntity extends EntityBase {
  kind: 'person';
  /** Surnames (and derived words such as "Stalinism") per language. */
  triggers: Record<LanguageTag, string[]>;
  /** Given names (and name + patronymic) that join a following surname into one mention. */
  givenNames: string[];
}

export interface EventEntity extends EntityBase {
  kind: 'event';
  /** Phrases per language; multi-word phrases match across any run of white space. */
  triggers: Record<LanguageTag, string[]>;
}

export interface YearEntity extends EntityBase {
  kind: 'year';
  /** The year as a number; matched only where it stands alone as a year. */
  year: number;
}

export type Entity = PersonEntity | EventEntity | YearEntity;

export interface Fact {
  /** Short label: "Date", "Place", "Title", "What followed". */
  label: string;
  text: string;
  /** Entity ids this fact speaks to (the card leads with matching facts). */
  entities: string[];
}

export interface Quote {
  /** Verbatim. */
  text: string;
  author: string;
  /** Life dates as printed, e.g. "1879–1940" or "1941–2022". */
  lifeDates: string;
  /** Entity ids (or "freedom-of-speech"-style themes) the quote speaks to. */
  entities: string[];
}

export interface Link {
  title: string;
  url: string;
}

export interface ContentPack {
  schemaVersion: 1;
  /** Unique topic id, kebab-case. */
  id: string;
  title: string;
  /** 2–4 sentences, written for this project. */
  summary: string;
  entities: Entity[];
  facts: Fact[];
  quotes: Quote[];
  furtherReading: Link;
  /** Where the text comes from (shown as the card's source line). */
  sources: Link[];
  /**
   * Themes that facts and quotes may name besides entity ids (e.g. "freedom-of-speech").
   * A fact's or quote's `entities` may only hold ids of this pack's entities or themes.
   */
  themes?: string[];
}

/**
 * What finding mentions needs of a pack: its id and entities. The content script holds
 * only this (the build leaves the card's texts out of it); the card's texts come from the
 * background when a page has a mention to show them for.
 */
export interface MatchingPack {
  id: string;
  entities: readonly Entity[];
}
