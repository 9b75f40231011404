import { portableMatcher } from '../core/matcher/compile-portable.ts';
import type { PortableMatcher } from '../core/matcher/portable.ts';
import { matcherOptionsFor, matchingKey, packsInUse } from '../core/matching-settings.ts';
import type { TopicFeed } from '../core/messages.ts';
import type { MatchingPack } from '../core/pack/types.ts';
import type { Settings } from '../core/settings/defaults.ts';

/**
 * The matcher every frame is sent (portable.ts), compiled once per change of what it
 * depends on (matchingKey), not in every frame of every page.
 */
export function matcherCache(bundled: readonly MatchingPack[]): (settings: Settings, topics: TopicFeed) => { matcher: PortableMatcher; matchingKey: string } {
  let last: { matcher: PortableMatcher; matchingKey: string } | null = null;
  return (settings, topics) => {
    const key = matchingKey(settings, topics);
    if (last?.matchingKey !== key) last = { matcher: portableMatcher(matcherOptionsFor(packsInUse(bundled, topics), settings)), matchingKey: key };
    return last;
  };
}
