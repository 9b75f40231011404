/**
 * A content pack: one topic, shipped as data (`assets/topics/*.json`) or brought by a user.
 * This file is the contract between the data, the matcher and every UI surface;
 * the runtime schema in `schema.ts` must accept exactly these shapes (docs/topic-packs.md
 * describes them for pack authors, docs/topic-pack.schema.json for their editors).
 *
 * Every type takes the form of its display texts as `T`: a pack as written holds
 * `LocalText` (one text, or one per language); `localize.ts` turns it into a
 * `LocalizedPack`, the same shape with plain strings, which is what the card shows.
 */

/** BCP 47 language tag ("en", "ru", "pt-BR"); matched case-insensitively. */
export type LanguageTag = string;

/**
 * A display text: the same for every language (a string), or one text per language
 * (`{ "en": "…", "ru": "…" }`), which must hold the pack's default `language`.
 */
export type LocalText = string | Readonly<Record<LanguageTag, string>>;

export type EntityKind = 'person' | 'year' | 'event';

interface EntityBase<T extends LocalText> {
  /** Unique inside its pack, kebab-case: "khrushchev", "year-1956", "speech". */
  id: string;
  kind: EntityKind;
  /** Display name: "Nikita Khrushchev", "1956", "The Secret Speech". */
  name: T;
  /** One line saying who or what this is. */
  identity: T;
}

export interface PersonEntity<T extends LocalText = LocalText> extends EntityBase<T> {
  kind: 'person';
  /** Surnames (and derived words such as "Stalinism") per language. Matched, never shown: not translated. */
  triggers: Record<LanguageTag, string[]>;
  /** Given names (and name + patronymic) that join a following surname into one mention. */
  givenNames: string[];
}

export interface EventEntity<T extends LocalText = LocalText> extends EntityBase<T> {
  kind: 'event';
  /** Phrases per language; multi-word phrases match across any run of white space. */
  triggers: Record<LanguageTag, string[]>;
}

export interface YearEntity<T extends LocalText = LocalText> extends EntityBase<T> {
  kind: 'year';
  /** The year as a number; matched only where it stands alone as a year. */
  year: number;
}

export type Entity<T extends LocalText = LocalText> = PersonEntity<T> | EventEntity<T> | YearEntity<T>;

export interface Fact<T extends LocalText = LocalText> {
  /** Short label: "Date", "Place", "Title", "What followed". */
  label: T;
  text: T;
  /** Entity ids this fact speaks to (the card leads with matching facts). */
  entities: string[];
}

export interface Quote {
  /** Verbatim, in the language it was written or published in: never translated. */
  text: string;
  /** The language `text` is written in, when the pack says (the card marks it up with `lang`). */
  language?: LanguageTag;
  author: string;
  /** Life dates as printed, e.g. "1879–1940" or "1941–2022". */
  lifeDates: string;
  /** Entity ids (or "freedom-of-speech"-style themes) the quote speaks to. */
  entities: string[];
}

export interface Link<T extends LocalText = LocalText> {
  title: T;
  url: string;
}

/** The version of the pack format this code reads (1: texts in one language; 2: `language` and `LocalText`). */
export const PACK_SCHEMA_VERSION = 2;

export interface ContentPack<T extends LocalText = LocalText> {
  schemaVersion: typeof PACK_SCHEMA_VERSION;
  /** Unique topic id, kebab-case. */
  id: string;
  /**
   * As written: the pack's default language, which every `LocalText` object must hold.
   * In a `LocalizedPack`: the language its texts were picked in.
   */
  language: LanguageTag;
  title: T;
  /** 2–4 sentences, written for this project. */
  summary: T;
  entities: Entity<T>[];
  facts: Fact<T>[];
  quotes: Quote[];
  furtherReading: Link<T>;
  /** Where the text comes from (shown as the card's source line). */
  sources: Link<T>[];
  /**
   * Themes that facts and quotes may name besides entity ids (e.g. "freedom-of-speech").
   * A fact's or quote's `entities` may only hold ids of this pack's entities or themes.
   */
  themes?: string[];
}

/** A pack with every display text picked for one list of wanted languages (localize.ts). */
export type LocalizedPack = ContentPack<string>;
export type LocalizedEntity = Entity<string>;

/** An entity as finding mentions needs it: no display texts. */
export type MatchingEntity =
  | Omit<PersonEntity, 'name' | 'identity'>
  | Omit<EventEntity, 'name' | 'identity'>
  | Omit<YearEntity, 'name' | 'identity'>;

/**
 * What finding mentions needs of a pack: its id and its entities' triggers. The content
 * script holds only this (the build strips the rest); the card's texts come from the
 * background, in the reader's language, when a page has a mention to show them for.
 */
export interface MatchingPack {
  id: string;
  entities: readonly MatchingEntity[];
}
