/**
 * The topics people import, kept in storage.local under one key (packs can be up to
 * 1 MB: far past storage.sync's 8 kB items), with the on/off switch of every topic,
 * bundled ones included. Both live here rather than in the settings: an imported topic
 * exists only on this device, so its switch must too, and one record then says which
 * topics are on; the settings (synced, exported) keep what applies to any topic's
 * entities (switches, aliases).
 *
 * Every read validates each pack with the same validator as an import (validate.ts): a
 * pack that no longer passes is left out of what is read, and reported, but never
 * deleted. Every write is one `set` of the whole record, queued, so a failed write (a
 * full storage) changes nothing and the kept topics stay as they were.
 */
import { validatePack } from '../core/pack/validate.ts';
import type { PackError } from '../core/pack/messages.ts';
import type { ContentPack } from '../core/pack/types.ts';
import { ext } from './ext.ts';
import { TOPICS_KEY, TOPICS_STAMP_KEY } from './topic-key.ts';

export { TOPICS_KEY, TOPICS_STAMP_KEY };

export interface TopicSource {
  /** The name of the file it was imported from. */
  file: string;
  /** When, as an ISO 8601 time; also the topic's version (a new import is a new one). */
  importedAt: string;
}

export interface ImportedTopic {
  pack: ContentPack;
  source: TopicSource;
  enabled: boolean;
}

/** What storage holds under TOPICS_KEY. */
export interface TopicRecord {
  imported: Record<string, ImportedTopic>;
  /** Bundled topics switched off as a whole. */
  bundledOff: string[];
}

export interface LoadedTopics extends TopicRecord {
  /** Stored packs that fail validation now (left in storage, not used). */
  problems: { id: string; errors: PackError[] }[];
}

/** A write storage refused; `full` when it was the quota. */
export class TopicStoreError extends Error {
  readonly full: boolean;
  constructor(cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(message, { cause });
    this.name = 'TopicStoreError';
    this.full = /quota|full|space/i.test(message);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored record, each pack validated; anything malformed is skipped, never thrown. */
export function readRecord(raw: unknown): LoadedTopics {
  const result: LoadedTopics = { imported: {}, bundledOff: [], problems: [] };
  if (!isObject(raw)) return result;
  if (Array.isArray(raw.bundledOff)) result.bundledOff = raw.bundledOff.filter((id): id is string => typeof id === 'string');
  const imported = isObject(raw.imported) ? raw.imported : {};
  for (const [id, entry] of Object.entries(imported)) {
    if (!isObject(entry) || !isObject(entry.source)) continue;
    const checked = validatePack(entry.pack, id);
    if (!checked.ok) {
      result.problems.push({ id, errors: checked.errors });
      continue;
    }
    if (checked.pack.id !== id) continue;
    const { file, importedAt } = entry.source;
    result.imported[id] = {
      pack: checked.pack,
      source: { file: typeof file === 'string' ? file : '', importedAt: typeof importedAt === 'string' ? importedAt : '' },
      enabled: entry.enabled !== false,
    };
  }
  return result;
}

export async function loadTopics(): Promise<LoadedTopics> {
  return readRecord((await ext.storage.local.get(TOPICS_KEY))[TOPICS_KEY]);
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the record, queued. Only what validated is written back, with
 * the packs that no longer validate kept as stored (a later version may read them).
 */
function update(change: (record: TopicRecord) => TopicRecord, dropped: readonly string[] = []): Promise<TopicRecord> {
  const run = async (): Promise<TopicRecord> => {
    const raw = (await ext.storage.local.get(TOPICS_KEY))[TOPICS_KEY];
    const { problems, ...current } = readRecord(raw);
    const next = change(current);
    const kept = isObject(raw) && isObject(raw.imported) ? raw.imported : {};
    const unread = Object.fromEntries(problems.filter(({ id }) => !(id in next.imported) && !dropped.includes(id) && id in kept).map(({ id }) => [id, kept[id]]));
    try {
      await ext.storage.local.set({
        [TOPICS_KEY]: { ...next, imported: { ...unread, ...next.imported } },
        [TOPICS_STAMP_KEY]: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
      });
    } catch (error) {
      throw new TopicStoreError(error);
    }
    return next;
  };
  const result = pending.then(run, run);
  pending = result.catch(() => undefined);
  return result;
}

/** Keeps `pack` (already validated by readPackFile), replacing any imported topic with its id. */
export function saveTopic(pack: ContentPack, file: string, now = new Date()): Promise<TopicRecord> {
  return update((record) => ({
    ...record,
    imported: { ...record.imported, [pack.id]: { pack, source: { file, importedAt: now.toISOString() }, enabled: true } },
  }));
}

export function removeTopic(id: string): Promise<TopicRecord> {
  return update((record) => ({
    ...record,
    imported: Object.fromEntries(Object.entries(record.imported).filter(([key]) => key !== id)),
  }), [id]);
}

/** Switches a topic on or off as a whole: the imported one with `id` if any, else the bundled one. */
export function setTopicEnabled(id: string, enabled: boolean): Promise<TopicRecord> {
  return update((record) => {
    const entry = record.imported[id];
    if (entry) return { ...record, imported: { ...record.imported, [id]: { ...entry, enabled } } };
    const others = record.bundledOff.filter((other) => other !== id);
    return { ...record, bundledOff: enabled ? others : [...others, id] };
  });
}

/** What changes with every write: the background compares it to know its copy is current. */
export async function topicsStamp(): Promise<unknown> {
  return (await ext.storage.local.get(TOPICS_STAMP_KEY))[TOPICS_STAMP_KEY];
}

/** Calls back after every change of the record from any context, until `signal` aborts. */
export function onTopicsChanged(callback: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, TOPICS_STAMP_KEY)) callback();
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}
