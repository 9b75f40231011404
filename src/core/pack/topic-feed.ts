import type { TopicFeed } from '../messages.ts';
import { matchingPart } from './matching-part.ts';
import type { Topic } from './topics.ts';
import type { MatchingPack } from './types.ts';

/**
 * What a content script needs to know of the topics in use, given that it carries the
 * bundled packs' triggers already: which of those not to use, and the imported ones.
 */
export function topicFeed(topics: readonly Topic<MatchingPack>[]): TopicFeed {
  const off = topics.filter((topic) => !(topic.origin.bundled && topic.enabled)).map((topic) => topic.pack.id);
  const imported = topics.filter((topic) => !topic.origin.bundled && topic.enabled);
  return {
    off,
    imported: imported.map((topic) => matchingPart(topic.pack)),
    version: JSON.stringify(imported.map((topic) => [topic.pack.id, topic.origin.bundled ? '' : topic.origin.importedAt])),
  };
}
