import type { Mention } from '../core/matcher/types.ts';
import { entityKey } from '../core/matching-settings.ts';
import type { ContentPack } from '../core/pack/types.ts';
import type { YearRule } from '../core/settings/defaults.ts';

/**
 * The year rule applied to one text, as the page applies it to a document: under "topic"
 * a bare year shows only next to a non-year mention; under "never" it is already gone.
 */
export function visibleMentions(mentions: readonly Mention[], rule: YearRule): Mention[] {
  if (rule !== 'topic' || mentions.some((mention) => !mention.isYear)) return [...mentions];
  return mentions.filter((mention) => !mention.isYear);
}

/** The entity the card preview leads with: the first one mentioned, else the first switched on. */
export function leadKey(packs: readonly ContentPack[], mentions: readonly Mention[], disabled: readonly string[]): { topic: string; entity: string } | null {
  const first = mentions[0];
  if (first) return { topic: first.topic, entity: first.entity };
  for (const pack of packs) {
    const entity = pack.entities.find((candidate) => !disabled.includes(entityKey(pack.id, candidate.id)));
    if (entity) return { topic: pack.id, entity: entity.id };
  }
  return null;
}
