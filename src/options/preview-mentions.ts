import type { Mention, MatcherOptions } from '../core/matcher/types.ts';
import type { ContentPack } from '../core/pack/types.ts';
import type { Settings, YearRule } from '../core/settings/defaults.ts';
import { yearKeys } from './entities.ts';

/** What the content script would give the matcher for these settings. */
export function matcherOptionsFor(packs: readonly ContentPack[], settings: Settings): MatcherOptions {
  const disabled = settings.yearRule === 'never' ? [...settings.disabledEntities, ...yearKeys(packs)] : settings.disabledEntities;
  return { packs, disabled: new Set(disabled), aliases: settings.aliases };
}

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
    const entity = pack.entities.find((candidate) => !disabled.includes(`${pack.id}/${candidate.id}`));
    if (entity) return { topic: pack.id, entity: entity.id };
  }
  return null;
}
