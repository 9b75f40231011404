/**
 * What the settings mean to the matcher, in one place for every context: the content
 * script, the options page's preview and the popup all key entities, build matcher
 * options and decide on a rescan the same way.
 */
import type { MatcherOptions } from './matcher/types.ts';
import type { MatchingPack } from './pack/types.ts';
import type { Settings } from './settings/defaults.ts';

/** The "topic/entity" key that settings, counts and messages use for an entity. */
export function entityKey(topic: string, entity: string): string {
  return `${topic}/${entity}`;
}

/** The topic and entity of a "topic/entity" key (ids are kebab-case: it has one slash). */
export function splitEntityKey(key: string): [topic: string, entity: string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** Keys of the bare-year entities, which the "never" year rule switches off. */
export function yearKeys(packs: readonly MatchingPack[]): string[] {
  return packs.flatMap((pack) => pack.entities.filter((entity) => entity.kind === 'year').map((entity) => entityKey(pack.id, entity.id)));
}

/** The packs a frame matches: the bundled ones not switched off or replaced, then the imported ones (in this order: on a shared trigger, the first topic's entity wins). */
export function packsInUse(bundled: readonly MatchingPack[], topics: { off: readonly string[]; imported: readonly MatchingPack[] }): MatchingPack[] {
  return [...bundled.filter((pack) => !topics.off.includes(pack.id)), ...topics.imported];
}

/** The matcher's options under these settings. */
export function matcherOptionsFor(packs: readonly MatchingPack[], settings: Settings): MatcherOptions {
  const disabled = settings.yearRule === 'never' ? [...settings.disabledEntities, ...yearKeys(packs)] : settings.disabledEntities;
  return { packs, disabled: new Set(disabled), aliases: settings.aliases };
}

/**
 * The settings and topics that change what counts as a mention: when this key changes, a
 * page is scanned afresh. `topics`: which bundled topics are not in use, and the imported
 * ones' ids and import times (TopicFeed.version), where a page has them.
 */
export function matchingKey(settings: Settings, topics?: { off: readonly string[]; version: string }): string {
  return JSON.stringify([settings.disabledEntities, settings.aliases, settings.yearRule, topics?.off, topics?.version]);
}

export function findEntity<P extends MatchingPack>(packs: readonly P[], topic: string, id: string): { pack: P; entity: P['entities'][number] } | null {
  const pack = packs.find((candidate) => candidate.id === topic);
  const entity = pack?.entities.find((candidate) => candidate.id === id);
  return pack && entity ? { pack, entity } : null;
}
