/**
 * Writes docs/topic-pack.schema.json, the JSON Schema (draft 2020-12) that editors use to
 * check a topic pack as it is typed. It is generated from the one schema the build and the
 * extension run (src/core/pack/schema.ts), never written by hand, and a unit test keeps the
 * file equal to what this writes. Run: `npm run gen:pack-schema`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PACK_LIMITS } from '../src/core/pack/limits.ts';
import { PACK_SCHEMA, PACK_SCHEMA_DEFS } from '../src/core/pack/schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../docs/topic-pack.schema.json', import.meta.url));

export function packJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Backstory topic pack',
    description:
      'Generated from src/core/pack/schema.ts by `npm run gen:pack-schema`; see docs/topic-packs.md. ' +
      'Backstory also checks what JSON Schema cannot say: ids and themes unique, facts and quotes naming declared ids, ' +
      `every per-language text holding the pack's "language", no trigger shared by two entities, at most ${PACK_LIMITS.triggers} triggers ` +
      `and given names and ${PACK_LIMITS.languages} languages in all, https links the URL parser accepts, and the file at most ` +
      `${PACK_LIMITS.fileBytes / 1024 / 1024} MB and ${PACK_LIMITS.depth} levels deep.`,
    ...PACK_SCHEMA.schema,
    $defs: PACK_SCHEMA_DEFS,
  };
}

export function renderPackSchema(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, renderPackSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
