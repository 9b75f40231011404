/**
 * The runtime shape of a content pack (types.ts is the contract; `PackSchemaOutput`
 * below is checked against it at compile time). Strict: unknown keys are refused.
 * Rules that span the whole pack (unique ids, references) live in refs.ts.
 */
import * as v from 'valibot';
import type { ContentPack } from './types.ts';

// A check, not a rewrite: the pack must already be clean.
const cleanText = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.check((s) => s.trim() === s, 'must not start or end with white space'),
);
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, "-")'));
const url = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// URL'));
const language = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en"'));
const triggers = v.pipe(v.record(language, v.pipe(v.array(cleanText), v.nonEmpty('must list at least one trigger'))),
  v.check((r) => Object.keys(r).length > 0, 'must hold at least one language'));

const base = { id: kebab, name: cleanText, identity: cleanText };

const person = v.strictObject({ ...base, kind: v.literal('person'), triggers, givenNames: v.array(cleanText) });
const event = v.strictObject({ ...base, kind: v.literal('event'), triggers });
const year = v.strictObject({
  ...base,
  kind: v.literal('year'),
  year: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1000, 'must have four digits'), v.maxValue(9999, 'must have four digits')),
});

const link = v.strictObject({ title: cleanText, url });
const refs = v.pipe(v.array(kebab), v.nonEmpty('must name at least one entity or theme'));

export const PackSchema = v.strictObject({
  schemaVersion: v.literal(1),
  id: kebab,
  title: cleanText,
  summary: cleanText,
  entities: v.pipe(v.array(v.variant('kind', [person, event, year])), v.nonEmpty('must hold at least one entity')),
  facts: v.array(v.strictObject({ label: cleanText, text: cleanText, entities: refs })),
  quotes: v.array(v.strictObject({ text: cleanText, author: cleanText, lifeDates: v.pipe(cleanText, v.regex(/^\d{1,4}(?:–\d{1,4})?$|^b\. \d{1,4}$/, 'must read like "1879–1940" (en dash)')), entities: refs })),
  furtherReading: link,
  sources: v.pipe(v.array(link), v.nonEmpty('must name at least one source')),
  themes: v.optional(v.array(kebab)),
});

export type PackSchemaOutput = v.InferOutput<typeof PackSchema>;

// Compile-time proof that the schema and the contract describe the same shape.
type Assert<T extends true> = T;
export type SchemaOutputIsPack = Assert<PackSchemaOutput extends ContentPack ? true : false>;
export type PackFitsSchema = Assert<ContentPack extends PackSchemaOutput ? true : false>;
