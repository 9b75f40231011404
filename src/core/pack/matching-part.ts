import type { MatchingPack } from './types.ts';

/** A pack stripped to what finding its mentions needs. */
export function matchingPart(pack: MatchingPack): MatchingPack {
  return {
    id: pack.id,
    entities: pack.entities.map((entity) =>
      entity.kind === 'year' ? { id: entity.id, kind: entity.kind, year: entity.year }
        : entity.kind === 'person' ? { id: entity.id, kind: entity.kind, triggers: entity.triggers, givenNames: entity.givenNames }
          : { id: entity.id, kind: entity.kind, triggers: entity.triggers }),
  };
}
