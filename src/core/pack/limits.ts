/**
 * How big a pack may be. A pack comes from a user's file and runs in every page they
 * open, so each limit bounds memory and matching work while leaving room for a rich
 * topic (the bundled one uses a tenth of most of them). docs/topic-packs.md lists them.
 */
export const PACK_LIMITS = {
  /** The file, in bytes of UTF-8, checked before it is parsed. */
  fileBytes: 1024 * 1024,
  /** Nesting of arrays and objects in the file; a valid pack needs 5 (pack, entities, entity, triggers, list). */
  depth: 16,
  entities: 200,
  /** Triggers and given names of all entities together: each is matched on every page. */
  triggers: 2000,
  /** Triggers in one language of one entity, and given names of one person. */
  triggersPerList: 200,
  /** Languages of the whole pack (text and trigger languages together), and of one text. */
  languages: 64,
  facts: 200,
  quotes: 100,
  sources: 20,
  themes: 50,
  /** Entity ids or themes one fact or quote may name. */
  refs: 50,
} as const;

/** Length limits in characters (code points), per kind of text. */
export const TEXT_LIMITS = {
  id: 64,
  language: 35,
  trigger: 100,
  title: 120,
  summary: 1500,
  name: 120,
  identity: 300,
  label: 60,
  fact: 600,
  quote: 1500,
  author: 120,
  lifeDates: 20,
  linkTitle: 200,
  url: 2000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;
