import { matcherSources } from '../matcher/sources.ts';
import type { TopicFeed } from '../messages.ts';
import { matchingPart } from './matching-part.ts';
import type { Topic } from './topics.ts';
import type { MatchingPack } from './types.ts';

/**
 * What a content script needs to know of the topics in use, given that it carries the
 * bundled packs' triggers already: which of those not to use, the imported ones, and the
 * matcher's sources for them all (computed here once, not in every frame).
 */
export function topicFeed(topics: readonly Topic<MatchingPack>[]): TopicFeed {
  const off = topics.filter((topic) => !(topic.origin.bundled && topic.enabled)).map((topic) => topic.pack.id);
  const imported = topics.filter((topic) => !topic.origin.bundled && topic.enabled);
  const inUse = topics.filter((topic) => topic.enabled).map((topic) => matchingPart(topic.pack));
  return {
    off,
    imported: imported.map((topic) => matchingPart(topic.pack)),
    version: JSON.stringify(imported.map((topic) => [topic.pack.id, topic.origin.bundled ? '' : topic.origin.importedAt])),
    sources: imported.length > 0 ? matcherSources(inUse) : null,
  };
}
