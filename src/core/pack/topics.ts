/**
 * The topics in use: the bundled packs and the imported ones together, in one order for
 * every surface (options, popup, background, content script). An imported pack with a
 * bundled pack's id takes its place (the options page asks before it does).
 */
import type { MatchingPack } from './types.ts';

export type TopicOrigin = { bundled: true } | { bundled: false; file: string; importedAt: string };

export interface Topic<P extends MatchingPack> {
  pack: P;
  origin: TopicOrigin;
  enabled: boolean;
}

export interface ImportedEntry<P extends MatchingPack> {
  pack: P;
  source: { file: string; importedAt: string };
  enabled: boolean;
}

/** Bundled topics first (in their order), imported ones after them in the order they were imported. */
export function mergeTopics<P extends MatchingPack>(
  bundled: readonly P[],
  imported: Readonly<Record<string, ImportedEntry<P>>>,
  bundledOff: readonly string[],
): Topic<P>[] {
  const importedTopic = (entry: ImportedEntry<P>): Topic<P> => ({ pack: entry.pack, origin: { bundled: false, ...entry.source }, enabled: entry.enabled });
  const own = bundled.map((pack): Topic<P> => {
    const replaced = Object.hasOwn(imported, pack.id) ? imported[pack.id] : undefined;
    return replaced ? importedTopic(replaced) : { pack, origin: { bundled: true }, enabled: !bundledOff.includes(pack.id) };
  });
  const added = Object.values(imported)
    .filter((entry) => !bundled.some((pack) => pack.id === entry.pack.id))
    .sort((a, b) => a.source.importedAt.localeCompare(b.source.importedAt))
    .map(importedTopic);
  return [...own, ...added];
}

/** The topics switched on, in their order. */
export const topicsInUse = <P extends MatchingPack>(topics: readonly Topic<P>[]): Topic<P>[] => topics.filter((topic) => topic.enabled);

/** The packs of the topics switched on. */
export const enabledPacks = <P extends MatchingPack>(topics: readonly Topic<P>[]): P[] => topicsInUse(topics).map((topic) => topic.pack);
