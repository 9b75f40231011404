import { entityKey } from '../core/matching-settings.ts';
import type { EntityCounts } from '../core/messages.ts';
import type { LocalizedPack } from '../core/pack/types.ts';

export interface CountRow {
  /** "topic/entity", as the content script counts and `page:reveal-next` expects. */
  key: string;
  name: string;
  count: number;
}

/**
 * The tab's mentions per entity, in the packs' order (stable while counts change, so
 * rows never jump under the pointer or the focus). Keys no pack knows keep their key as name.
 */
export function countRows(packs: readonly LocalizedPack[], counts: EntityCounts): { rows: CountRow[]; total: number } {
  const rows: CountRow[] = [];
  const known = new Set<string>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      const key = entityKey(pack.id, entity.id);
      known.add(key);
      const count = positive(counts[key]);
      if (count > 0) rows.push({ key, name: entity.name, count });
    }
  }
  for (const [key, value] of Object.entries(counts)) {
    const count = positive(value);
    if (!known.has(key) && count > 0) rows.push({ key, name: key, count });
  }
  return { rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
}

function positive(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
