/**
 * The bundled packs for the content script, as the build already checked them: the build
 * refuses a pack that does not validate (scripts/vite-plugin-validate-packs.ts), so the
 * script that runs in every page neither ships the validator nor spends its start-up on it.
 * Only the fields finding mentions needs are imported (JSON modules export each top-level
 * key, so the build drops the rest): the card's texts come from the background, which
 * loads the packs validated (packs.ts), when a page has a mention to show.
 */
import type { Entity, MatchingPack } from './types.ts';

export function bundledPacks(): MatchingPack[] {
  const ids = import.meta.glob<string>('/assets/topics/*.json', { eager: true, import: 'id' });
  const entities = import.meta.glob<Entity[]>('/assets/topics/*.json', { eager: true, import: 'entities' });
  return Object.keys(ids).sort().map((path) => ({ id: ids[path]!, entities: entities[path]! }));
}
