/**
 * Whole-pack rules the per-field schema cannot see: entity ids and themes are unique,
 * and every fact and quote names only entities or themes that the pack declares.
 */
import type { ContentPack } from './types.ts';

export interface PackError {
  /** Readable location: `entities[2].triggers.en[0]`; '' for the pack itself. */
  path: string;
  message: string;
}

export function checkRefs(pack: ContentPack): PackError[] {
  const errors: PackError[] = [];
  const known = new Set<string>();
  pack.entities.forEach((e, i) => {
    if (known.has(e.id)) errors.push({ path: `entities[${i}].id`, message: `duplicate entity id "${e.id}"` });
    known.add(e.id);
  });
  (pack.themes ?? []).forEach((theme, i) => {
    if (known.has(theme)) errors.push({ path: `themes[${i}]`, message: `"${theme}" is already an entity id or theme` });
    known.add(theme);
  });
  for (const list of ['facts', 'quotes'] as const) {
    pack[list].forEach((item, i) => {
      item.entities.forEach((ref, j) => {
        if (!known.has(ref)) {
          errors.push({ path: `${list}[${i}].entities[${j}]`, message: `"${ref}" is neither an entity id nor a listed theme` });
        }
      });
    });
  }
  return errors;
}
