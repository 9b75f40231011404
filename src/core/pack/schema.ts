/**
 * The runtime shape of a content pack (types.ts is the contract): small checks that
 * name the path and the reason of every problem. Strict: unknown keys are refused. The
 * shapes are typed by the contract, so a field added to types.ts needs its check here.
 * Rules that span the whole pack (unique ids, references) live in refs.ts.
 */
import type { PackError } from './refs.ts';
import type { ContentPack, EventEntity, Fact, Link, PersonEntity, Quote, YearEntity } from './types.ts';

/** Adds a PackError for every problem of `value`, found at `path`. */
export type Check = (value: unknown, path: string, errors: PackError[]) => void;

/** `entities[2].triggers.en[0]`: indexes in brackets, keys after dots. */
export function pathTo(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$-]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

const fail = (errors: PackError[], path: string, message: string): void => {
  errors.push({ path, message });
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs `second` only when `first` finds nothing. */
const both = (first: Check, second: Check): Check => (v, p, e) => {
  const before = e.length;
  first(v, p, e);
  if (e.length === before) second(v, p, e);
};

// A check, not a rewrite: the pack must already be clean.
const text: Check = (v, p, e) => {
  if (typeof v !== 'string') fail(e, p, 'must be text');
  else if (v === '') fail(e, p, 'must not be empty');
  else if (v.trim() !== v) fail(e, p, 'must not start or end with white space');
};

const matching = (pattern: RegExp, message: string): Check => (v, p, e) => {
  if (typeof v !== 'string') fail(e, p, 'must be text');
  else if (!pattern.test(v)) fail(e, p, message);
};

const literal = (value: unknown): Check => (v, p, e) => {
  if (v !== value) fail(e, p, `must be ${JSON.stringify(value)}`);
};

function list(item: Check, emptyMessage?: string): Check {
  return (v, p, e) => {
    if (!Array.isArray(v)) return fail(e, p, 'must be a list');
    if (emptyMessage !== undefined && v.length === 0) fail(e, p, emptyMessage);
    v.forEach((x, i) => item(x, pathTo(p, i), e));
  };
}

/** Every key (checked by `key` at its own path) holds a value checked by `value`. */
function record(key: Check, value: Check, emptyMessage: string): Check {
  return (v, p, e) => {
    if (!isRecord(v)) return fail(e, p, 'must be an object');
    const keys = Object.keys(v);
    if (keys.length === 0) fail(e, p, emptyMessage);
    for (const k of keys) {
      key(k, pathTo(p, k), e);
      value(v[k], pathTo(p, k), e);
    }
  };
}

type Shape<T> = { readonly [K in keyof T]-?: Check };

function object<T>(shape: Shape<T>, optional: readonly (keyof T & string)[] = []): Check {
  return (v, p, e) => {
    if (!isRecord(v)) return fail(e, p, 'must be an object');
    for (const k of Object.keys(v)) if (!(k in shape)) fail(e, pathTo(p, k), 'is not a known key');
    for (const [k, check] of Object.entries<Check>(shape)) {
      if (k in v) check(v[k], pathTo(p, k), e);
      else if (!optional.includes(k as keyof T & string)) fail(e, pathTo(p, k), 'is missing');
    }
  };
}

const kebab = matching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, "-")');
const language = matching(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en"');
const triggers = record(language, list(text, 'must list at least one trigger'), 'must hold at least one language');

const url: Check = (v, p, e) => {
  try {
    new URL(v as string);
  } catch {
    return fail(e, p, 'must be a URL');
  }
  if (!(v as string).startsWith('https://')) fail(e, p, 'must be an https:// URL');
};

const year: Check = (v, p, e) => {
  if (typeof v !== 'number') fail(e, p, 'must be a number');
  else if (!Number.isInteger(v)) fail(e, p, 'must be a whole number');
  else if (v < 1000 || v > 9999) fail(e, p, 'must have four digits');
};

const base = { id: kebab, name: text, identity: text };
const entityKinds: Record<string, Check> = {
  person: object<PersonEntity>({ ...base, kind: literal('person'), triggers, givenNames: list(text) }),
  event: object<EventEntity>({ ...base, kind: literal('event'), triggers }),
  year: object<YearEntity>({ ...base, kind: literal('year'), year }),
};

const entity: Check = (v, p, e) => {
  const kind = isRecord(v) ? v.kind : undefined;
  if (typeof kind === 'string' && Object.hasOwn(entityKinds, kind)) entityKinds[kind]!(v, p, e);
  else if (isRecord(v)) fail(e, pathTo(p, 'kind'), 'must be "person", "event" or "year"');
  else fail(e, p, 'must be an object');
};

const link = object<Link>({ title: text, url: both(text, url) });
const refs = list(kebab, 'must name at least one entity or theme');

export const checkPack: Check = object<ContentPack>(
  {
    schemaVersion: literal(1),
    id: kebab,
    title: text,
    summary: text,
    entities: list(entity, 'must hold at least one entity'),
    facts: list(object<Fact>({ label: text, text, entities: refs })),
    quotes: list(object<Quote>({
      text,
      author: text,
      lifeDates: both(text, matching(/^\d{1,4}(?:–\d{1,4})?$|^b\. \d{1,4}$/, 'must read like "1879–1940" (en dash)')),
      entities: refs,
    })),
    furtherReading: link,
    sources: list(link, 'must name at least one source'),
    themes: list(kebab),
  },
  ['themes'],
);
