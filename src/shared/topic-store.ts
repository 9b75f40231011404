/**
 * The topics people import, kept in storage.local (packs can be up to 1 MB: far past
 * storage.sync's 8 kB items), with the on/off switch of every topic, bundled ones
 * included. The switches live here rather than in the settings: an imported topic exists
 * only on this device, so its switch must too, and one record then says which topics are
 * on; the settings (synced, exported) keep what applies to any topic's entities.
 *
 * An index (TOPICS_KEY: each imported topic's source and switch, the bundled topics
 * switched off) and one key per pack (`topic:<id>`). Every change of storage.local is
 * delivered, old and new values, to every context listening, every frame's content
 * script included: with the packs apart, switching a topic sends the small index, not
 * every pack. A pack and its index entry are written in one `set`, so a failed write (a
 * full storage) changes nothing and the kept topics stay as they were.
 *
 * Every read validates each pack with the same validator as an import (validate.ts): a
 * pack that no longer passes is left out of what is read, and reported, but never deleted.
 */
import { validatePack } from '../core/pack/validate.ts';
import type { PackError } from '../core/pack/messages.ts';
import type { ContentPack } from '../core/pack/types.ts';
import { ext } from './ext.ts';
import { TOPICS_KEY, TOPICS_STAMP_KEY } from './topic-key.ts';

export { TOPICS_KEY, TOPICS_STAMP_KEY };

/** The storage key of an imported pack. */
export const packKey = (id: string): string => `topic:${id}`;

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

/** The topics as read: imported ones validated, and the bundled topics switched off. */
export interface TopicRecord {
  imported: Record<string, ImportedTopic>;
  bundledOff: string[];
}

export interface LoadedTopics extends TopicRecord {
  /** Stored packs that fail validation now (left in storage, not used). */
  problems: { id: string; errors: PackError[] }[];
}

/** What TOPICS_KEY holds. */
interface TopicIndex {
  imported: Record<string, { source: TopicSource; enabled: boolean }>;
  bundledOff: string[];
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
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The stored index, anything malformed skipped; never throws. */
export function readIndex(raw: unknown): TopicIndex {
  const index: TopicIndex = { imported: {}, bundledOff: [] };
  if (!isObject(raw)) return index;
  if (Array.isArray(raw.bundledOff)) index.bundledOff = raw.bundledOff.filter((id): id is string => typeof id === 'string');
  for (const [id, entry] of Object.entries(isObject(raw.imported) ? raw.imported : {})) {
    if (!isObject(entry) || !isObject(entry.source)) continue;
    index.imported[id] = { source: { file: text(entry.source.file), importedAt: text(entry.source.importedAt) }, enabled: entry.enabled !== false };
  }
  return index;
}

async function loadIndex(): Promise<TopicIndex> {
  return readIndex((await ext.storage.local.get(TOPICS_KEY))[TOPICS_KEY]);
}

export async function loadTopics(): Promise<LoadedTopics> {
  const index = await loadIndex();
  const ids = Object.keys(index.imported);
  const packs = ids.length > 0 ? await ext.storage.local.get(ids.map(packKey)) : {};
  const result: LoadedTopics = { imported: {}, bundledOff: index.bundledOff, problems: [] };
  for (const id of ids) {
    const checked = validatePack(packs[packKey(id)], id);
    if (!checked.ok) result.problems.push({ id, errors: checked.errors });
    else if (checked.pack.id === id) result.imported[id] = { ...index.imported[id]!, pack: checked.pack };
  }
  return result;
}

let pending: Promise<unknown> = Promise.resolve();

/** Queued read-modify-write of the index, with pack keys set or removed in the same step. */
function update(change: (index: TopicIndex) => { index: TopicIndex; set?: Record<string, unknown>; remove?: string[] }): Promise<void> {
  const run = async (): Promise<void> => {
    const next = change(await loadIndex());
    const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    try {
      await ext.storage.local.set({ ...next.set, [TOPICS_KEY]: next.index, [TOPICS_STAMP_KEY]: stamp });
    } catch (error) {
      throw new TopicStoreError(error);
    }
    // After the index no longer names it: a pack left behind by a failure here is unused.
    if (next.remove?.length) await ext.storage.local.remove(next.remove);
  };
  const result = pending.then(run, run);
  pending = result.catch(() => undefined);
  return result;
}

/** Keeps `pack` (already validated by readPackFile), switched on, replacing any imported topic with its id. */
export function saveTopic(pack: ContentPack, file: string, now = new Date()): Promise<void> {
  return update((index) => ({
    index: { ...index, imported: { ...index.imported, [pack.id]: { source: { file, importedAt: now.toISOString() }, enabled: true } } },
    set: { [packKey(pack.id)]: pack },
  }));
}

export function removeTopic(id: string): Promise<void> {
  return update((index) => ({
    index: { ...index, imported: Object.fromEntries(Object.entries(index.imported).filter(([key]) => key !== id)) },
    remove: [packKey(id)],
  }));
}

/** Switches a topic on or off as a whole: the imported one with `id` if any, else the bundled one. */
export function setTopicEnabled(id: string, enabled: boolean): Promise<void> {
  return update((index) => {
    const entry = Object.hasOwn(index.imported, id) ? index.imported[id] : undefined;
    if (entry) return { index: { ...index, imported: { ...index.imported, [id]: { ...entry, enabled } } } };
    const others = index.bundledOff.filter((other) => other !== id);
    return { index: { ...index, bundledOff: enabled ? others : [...others, id] } };
  });
}

/** What changes with every write: the background compares it to know its copy is current. */
export async function topicsStamp(): Promise<unknown> {
  return (await ext.storage.local.get(TOPICS_STAMP_KEY))[TOPICS_STAMP_KEY];
}

/** Calls back after every change of the topics from any context, until `signal` aborts. */
export function onTopicsChanged(callback: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, TOPICS_STAMP_KEY)) callback();
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}
