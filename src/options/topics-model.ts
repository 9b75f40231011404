/**
 * The options page's view of the topics: bundled and imported together (topics.ts), read
 * again after every change from any page, and the store's actions. No DOM, so that the
 * rules (what an import replaces, what a preview lists) are tested in Node.
 */
import { mergeTopics, type Topic } from '../core/pack/topics.ts';
import type { ContentPack, Entity } from '../core/pack/types.ts';
import type { LoadedTopics } from '../shared/topic-store.ts';

export interface TopicStorePort {
  load(): Promise<LoadedTopics>;
  save(pack: ContentPack, file: string): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  setEnabled(id: string, enabled: boolean): Promise<unknown>;
}

/** What adding `pack` does: a new topic, or one that replaces a topic with its id (asked first). */
export type ImportEffect = { replaces: null } | { replaces: Topic<ContentPack> };

export class TopicsModel {
  #topics: Topic<ContentPack>[];
  readonly #bundled: readonly ContentPack[];
  readonly #store: TopicStorePort;
  readonly #views: ((topics: readonly Topic<ContentPack>[]) => void)[] = [];

  constructor(bundled: readonly ContentPack[], store: TopicStorePort) {
    this.#bundled = bundled;
    this.#store = store;
    this.#topics = mergeTopics(bundled, {}, []);
  }

  get topics(): readonly Topic<ContentPack>[] {
    return this.#topics;
  }

  watch(view: (topics: readonly Topic<ContentPack>[]) => void): void {
    this.#views.push(view);
    view(this.#topics);
  }

  /** Reads the store again and shows what it holds. */
  async reload(): Promise<void> {
    const { imported, bundledOff } = await this.#store.load();
    this.#topics = mergeTopics(this.#bundled, imported, bundledOff);
    for (const view of this.#views) view(this.#topics);
  }

  effectOf(pack: ContentPack): ImportEffect {
    return { replaces: this.#topics.find((topic) => topic.pack.id === pack.id) ?? null };
  }

  async add(pack: ContentPack, file: string): Promise<void> {
    try {
      await this.#store.save(pack, file);
    } finally {
      await this.reload();
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.#store.remove(id);
    } finally {
      await this.reload();
    }
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    try {
      await this.#store.setEnabled(id, enabled);
    } finally {
      await this.reload();
    }
  }
}

/** An entity as the import preview lists it: its name and what will be matched. */
export interface PreviewEntity {
  id: string;
  name: string;
  /** Every trigger of every language, and the given names of a person; a year's digits. */
  triggers: string[];
}

export function previewEntities(entities: readonly Entity<string>[]): PreviewEntity[] {
  return entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    triggers: entity.kind === 'year' ? [String(entity.year)]
      : [...new Set([...Object.values(entity.triggers).flat(), ...(entity.kind === 'person' ? entity.givenNames : [])])],
  }));
}

/** The name an exported topic is saved under. */
export const topicFileName = (id: string): string => `${id}.json`;

/** The pack as a file: what was imported, byte for byte in meaning, readable. */
export const topicFileText = (pack: ContentPack): string => `${JSON.stringify(pack, null, 2)}\n`;
