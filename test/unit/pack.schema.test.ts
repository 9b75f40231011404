/**
 * docs/topic-pack.schema.json is what scripts/gen-pack-schema.ts writes from the one
 * schema the build runs, and a standard JSON Schema validator (ajv, draft 2020-12) agrees
 * with Backstory's checker: both accept every valid pack, both refuse what JSON Schema can
 * see, and the checker refuses whatever the JSON Schema refuses (it also checks the
 * whole-pack rules JSON Schema cannot say).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../assets/topics/secret-speech.json';
import example from '../../docs/examples/berlin-wall-1989.json';
import moon from '../fixtures/packs/moon-landing.json';
import { renderPackSchema, SCHEMA_FILE } from '../../scripts/gen-pack-schema.ts';
import { validatePack } from '../../src/core/pack/validate.ts';
import { brokenPack, validPack } from './pack.arbitrary.ts';

const written = readFileSync(SCHEMA_FILE, 'utf8');
const ajv = new Ajv2020({ strict: true, allErrors: false });
const schemaAccepts = ajv.compile(JSON.parse(written) as object);
const checkerAccepts = (value: unknown) => validatePack(value, 'x.json').ok;

describe('docs/topic-pack.schema.json', () => {
  it('is what `npm run gen:pack-schema` writes', () => {
    expect(written).toBe(renderPackSchema());
  });

  it('is draft 2020-12 that a strict validator compiles', () => {
    expect(JSON.parse(written)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });

  it.each([['the bundled pack', raw], ['the docs example', example], ['the test fixture', moon]])('accepts %s', (_name, pack) => {
    expect(schemaAccepts(pack), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(checkerAccepts(pack)).toBe(true);
  });

  it('accepts every generated valid pack, as the checker does', () => {
    fc.assert(
      fc.property(validPack, (pack) => {
        expect(checkerAccepts(pack)).toBe(true);
        expect(schemaAccepts(pack), JSON.stringify(schemaAccepts.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a broken pack whenever it can see the breakage, and never refuses what the checker accepts', () => {
    fc.assert(
      fc.property(brokenPack, ({ pack, breakage }) => {
        expect(checkerAccepts(pack)).toBe(false);
        if (breakage.schemaSees) expect(schemaAccepts(pack)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('is never stricter than the checker, on random JSON shaped like a pack', () => {
    const keys = ['schemaVersion', 'id', 'language', 'title', 'summary', 'entities', 'facts', 'quotes', 'furtherReading', 'sources', 'themes'];
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()));
    fc.assert(
      fc.property(value, (input) => {
        if (checkerAccepts(input)) expect(schemaAccepts(input)).toBe(true);
        if (!schemaAccepts(input)) expect(checkerAccepts(input)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
