/**
 * The runtime shape of a content pack (types.ts is the contract), declared once as data:
 * every node is a check that names the path and the reason of each problem, together with
 * the JSON Schema fragment that says the same for editors (scripts/gen-pack-schema.ts
 * writes docs/topic-pack.schema.json from `PACK_SCHEMA`). Strict: unknown keys are
 * refused. The shapes are typed by the contract, so a field added to types.ts needs its
 * node here. Rules that span the whole pack (unique ids, references, totals, the default
 * language) cannot be said in JSON Schema and live in refs.ts.
 */
import { PACK_LIMITS, TEXT_LIMITS, type TextKind } from './limits.ts';
import { packError, type PackError, type PackMessageKey } from './messages.ts';
import { brokenRule, longerThan, patternOf, TEXT_RULES, TRIGGER_RULES, type TextRule } from './text.ts';
import { PACK_SCHEMA_VERSION, type ContentPack, type EventEntity, type Fact, type Link, type PersonEntity, type Quote, type YearEntity } from './types.ts';

/** Adds a PackError for every problem of `value`, found at `path`. */
export type Check = (value: unknown, path: string, errors: PackError[]) => void;

export type JsonSchema = { readonly [keyword: string]: unknown };

/** A check and the JSON Schema that accepts what it accepts (or, where noted, a little more). */
export interface Node {
  readonly check: Check;
  readonly schema: JsonSchema;
}

/** `entities[2].triggers.en[0]`: indexes in brackets, keys after dots. */
export function pathTo(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$-]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

const fail = (errors: PackError[], path: string, key: PackMessageKey, ...args: (string | number)[]): void => {
  errors.push(packError(path, key, ...args));
};

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Keys that reach Object.prototype when code copies or indexes with them. JSON.parse makes
 * them ordinary own keys, but a pack is copied and indexed later (localize.ts, storage).
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const defs: Record<string, JsonSchema> = {};
/** The named fragments `PACK_SCHEMA` refers to, as `#/$defs/<name>`. */
export const PACK_SCHEMA_DEFS: Readonly<Record<string, JsonSchema>> = defs;

/** Files the fragment under `name` in $defs, so the schema for editors stays readable. */
function named(name: string, node: Node): Node {
  defs[name] = node.schema;
  return { check: node.check, schema: { $ref: `#/$defs/${name}` } };
}

/** Runs `second` only when `first` finds nothing; the schema asks for both. */
function both(first: Node, second: Node): Node {
  return {
    check: (v, p, e) => {
      const before = e.length;
      first.check(v, p, e);
      if (e.length === before) second.check(v, p, e);
    },
    schema: { allOf: [first.schema, second.schema] },
  };
}

// A check, not a rewrite: the pack must already be clean.
function text(kind: TextKind, rules: readonly TextRule[] = TEXT_RULES): Node {
  const max = TEXT_LIMITS[kind];
  return {
    check: (v, p, e) => {
      if (typeof v !== 'string') return fail(e, p, 'packNotText');
      if (v === '') return fail(e, p, 'packEmpty');
      const broken = brokenRule(v, rules);
      if (broken) return fail(e, p, broken.rule.key, ...(broken.rule.args?.(broken.match) ?? []));
      if (longerThan(v, max)) fail(e, p, 'packTooLong', max);
    },
    schema: { type: 'string', minLength: 1, maxLength: max, pattern: patternOf(rules) },
  };
}

function matching(pattern: RegExp, key: PackMessageKey, maxLength: number): Node {
  return {
    check: (v, p, e) => {
      if (typeof v !== 'string') fail(e, p, 'packNotText');
      else if (!pattern.test(v) || longerThan(v, maxLength)) fail(e, p, key);
    },
    schema: { type: 'string', pattern: pattern.source, maxLength },
  };
}

function list(item: Node, options: { max: number; emptyKey?: PackMessageKey }): Node {
  return {
    check: (v, p, e) => {
      if (!Array.isArray(v)) return fail(e, p, 'packNotList');
      if (options.emptyKey !== undefined && v.length === 0) fail(e, p, options.emptyKey);
      // Too many is reported alone: checking 100,000 items would only repeat it.
      if (v.length > options.max) return fail(e, p, 'packTooMany', options.max);
      v.forEach((x, i) => item.check(x, pathTo(p, i), e));
    },
    schema: { type: 'array', items: item.schema, ...(options.emptyKey ? { minItems: 1 } : {}), maxItems: options.max },
  };
}

/** Checks the keys of an object for ones no pack may use; true when there are none. */
function allowedKeys(keys: readonly string[], p: string, e: PackError[]): boolean {
  const before = e.length;
  for (const k of keys) if (FORBIDDEN_KEYS.includes(k)) fail(e, pathTo(p, k), 'packForbiddenKey');
  return e.length === before;
}

/** Every key (checked by `key` at its own path) holds a value checked by `value`. */
function record(key: Node, value: Node, options: { max: number; emptyKey: PackMessageKey }): Node {
  return {
    check: (v, p, e) => {
      if (!isRecord(v)) return fail(e, p, 'packNotObject');
      const keys = Object.keys(v);
      if (keys.length === 0) fail(e, p, options.emptyKey);
      if (keys.length > options.max) return fail(e, p, 'packTooMany', options.max);
      if (!allowedKeys(keys, p, e)) return;
      for (const k of keys) {
        key.check(k, pathTo(p, k), e);
        value.check(v[k], pathTo(p, k), e);
      }
    },
    schema: { type: 'object', propertyNames: key.schema, additionalProperties: value.schema, minProperties: 1, maxProperties: options.max },
  };
}

type Shape<T> = { readonly [K in keyof T]-?: Node };

function object<T>(shape: Shape<T>, optional: readonly (keyof T & string)[] = []): Node {
  const nodes = Object.entries<Node>(shape);
  return {
    check: (v, p, e) => {
      if (!isRecord(v)) return fail(e, p, 'packNotObject');
      const keys = Object.keys(v);
      if (!allowedKeys(keys, p, e)) return;
      for (const k of keys) if (!Object.hasOwn(shape, k)) fail(e, pathTo(p, k), 'packUnknownKey');
      for (const [k, node] of nodes) {
        if (Object.hasOwn(v, k)) node.check(v[k], pathTo(p, k), e);
        else if (!optional.includes(k as keyof T & string)) fail(e, pathTo(p, k), 'packMissing');
      }
    },
    schema: {
      type: 'object',
      properties: Object.fromEntries(nodes.map(([k, node]) => [k, node.schema])),
      required: nodes.map(([k]) => k).filter((k) => !optional.includes(k as keyof T & string)),
      additionalProperties: false,
    },
  };
}

const kebab = named('id', matching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'packNotKebab', TEXT_LIMITS.id));
const language = named('language', matching(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'packNotLanguage', TEXT_LIMITS.language));

/**
 * A display text: one string, or one per language. That an object holds the pack's
 * default language is a whole-pack rule (refs.ts): JSON Schema cannot compare a key with
 * another field's value.
 */
function localText(kind: TextKind): Node {
  const plain = text(kind);
  const perLanguage = record(language, plain, { max: PACK_LIMITS.languages, emptyKey: 'packNoLanguages' });
  return named(`${kind}Text`, {
    check: (v, p, e) => {
      if (typeof v === 'string') plain.check(v, p, e);
      else if (isRecord(v)) perLanguage.check(v, p, e);
      else fail(e, p, 'packNotLocalText');
    },
    schema: { anyOf: [plain.schema, perLanguage.schema] },
  });
}

const literalVersion: Node = {
  check: (v, p, e) => {
    if (v !== PACK_SCHEMA_VERSION) fail(e, p, 'packWrongVersion', PACK_SCHEMA_VERSION);
  },
  schema: { const: PACK_SCHEMA_VERSION },
};

const kindIs = (kind: string): Node => ({ check: () => undefined, schema: { const: kind } });

const HTTPS = /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;

/** An https:// address that the URL parser accepts: no javascript:, data: or http:. */
const url = named('url', both(text('url'), {
  check: (v, p, e) => {
    let parsed: URL | null = null;
    try {
      parsed = new URL(v as string);
    } catch {
      // reported below
    }
    if (parsed && parsed.protocol !== 'https:') fail(e, p, 'packNotHttps');
    else if (!parsed || !HTTPS.test(v as string)) fail(e, p, 'packNotUrl');
  },
  schema: { type: 'string', pattern: HTTPS.source },
}));

const year: Node = {
  check: (v, p, e) => {
    if (typeof v !== 'number') fail(e, p, 'packNotNumber');
    else if (!Number.isInteger(v)) fail(e, p, 'packNotWhole');
    else if (v < 1000 || v > 9999) fail(e, p, 'packNotFourDigits');
  },
  schema: { type: 'integer', minimum: 1000, maximum: 9999 },
};

const trigger = text('trigger', [...TEXT_RULES, ...TRIGGER_RULES]);
const triggers = named('triggers', record(language, list(trigger, { max: PACK_LIMITS.triggersPerList, emptyKey: 'packNoTriggers' }),
  { max: PACK_LIMITS.languages, emptyKey: 'packNoLanguages' }));
const givenNames = list(text('name'), { max: PACK_LIMITS.triggersPerList });

const base = { id: kebab, name: localText('name'), identity: localText('identity') };
const ENTITY_KINDS = ['person', 'event', 'year'] as const;
const entityKinds: Record<(typeof ENTITY_KINDS)[number], Node> = {
  person: named('person', object<PersonEntity>({ ...base, kind: kindIs('person'), triggers, givenNames })),
  event: named('event', object<EventEntity>({ ...base, kind: kindIs('event'), triggers })),
  year: named('year', object<YearEntity>({ ...base, kind: kindIs('year'), year })),
};

const entity = named('entity', {
  check: (v, p, e) => {
    const kind = isRecord(v) ? v.kind : undefined;
    if (typeof kind === 'string' && Object.hasOwn(entityKinds, kind)) entityKinds[kind as keyof typeof entityKinds].check(v, p, e);
    else if (isRecord(v)) fail(e, pathTo(p, 'kind'), 'packBadKind');
    else fail(e, p, 'packNotObject');
  },
  schema: { oneOf: ENTITY_KINDS.map((kind) => entityKinds[kind].schema) },
});

const link = named('link', object<Link>({ title: localText('linkTitle'), url }));
const refs = list(kebab, { max: PACK_LIMITS.refs, emptyKey: 'packNoRefs' });
const lifeDates = both(text('lifeDates'), matching(/^\d{1,4}(?:–\d{1,4})?$|^b\. \d{1,4}$/, 'packBadLifeDates', TEXT_LIMITS.lifeDates));

const fact = named('fact', object<Fact>({ label: localText('label'), text: localText('fact'), entities: refs }));
// Quotes stay verbatim: one text, never translated, in the language `language` names.
const quote = named('quote', object<Quote>({ text: text('quote'), language, author: text('author'), lifeDates, entities: refs }, ['language']));

/** The whole pack, as the validator runs it and as the JSON Schema describes it. */
export const PACK_SCHEMA: Node = object<ContentPack>(
  {
    schemaVersion: literalVersion,
    id: kebab,
    language,
    title: localText('title'),
    summary: localText('summary'),
    entities: list(entity, { max: PACK_LIMITS.entities, emptyKey: 'packNoEntities' }),
    facts: list(fact, { max: PACK_LIMITS.facts }),
    quotes: list(quote, { max: PACK_LIMITS.quotes }),
    furtherReading: link,
    sources: list(link, { max: PACK_LIMITS.sources, emptyKey: 'packNoSources' }),
    themes: list(kebab, { max: PACK_LIMITS.themes }),
  },
  ['themes'],
);

export const checkPack: Check = PACK_SCHEMA.check;
