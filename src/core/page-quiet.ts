import type { PageQuiet } from './messages.ts';
import type { Settings } from './settings/defaults.ts';
import { hostMatches } from './settings/hosts.ts';

/** Why Backstory stays quiet on a page of `host` under `settings`, or null when it runs there. */
export function quietReason(settings: Pick<Settings, 'paused' | 'excludedSites'>, host: string): PageQuiet {
  if (settings.paused) return 'paused';
  if (hostMatches(host, settings.excludedSites)) return 'excluded';
  return null;
}
