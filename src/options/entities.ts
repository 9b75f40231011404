import type { ContentPack, Entity } from '../core/pack/types.ts';

/** The "topic/entity" key settings use for an entity of a pack. */
export function entityKey(topic: string, entity: string): string {
  return `${topic}/${entity}`;
}

/** The disabled list with `key` switched on or off; order kept, no duplicates. */
export function toggleEntity(disabled: readonly string[], key: string, enabled: boolean): string[] {
  const others = disabled.filter((item) => item !== key);
  return enabled ? others : [...others, key];
}

/** Keys of the bare-year entities, which the "never" year rule switches off. */
export function yearKeys(packs: readonly ContentPack[]): string[] {
  return packs.flatMap((pack) => pack.entities.filter((entity) => entity.kind === 'year').map((entity) => entityKey(pack.id, entity.id)));
}

export function findEntity(packs: readonly ContentPack[], topic: string, id: string): { pack: ContentPack; entity: Entity } | null {
  const pack = packs.find((candidate) => candidate.id === topic);
  const entity = pack?.entities.find((candidate) => candidate.id === id);
  return pack && entity ? { pack, entity } : null;
}
