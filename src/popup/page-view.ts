import type { TabState } from '../core/messages.ts';
import type { LocalizedPack } from '../core/pack/types.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { hostMatches } from '../core/settings/hosts.ts';
import { countRows, type CountRow } from './count-rows.ts';

/** What "On this page" shows. */
export type PageView =
  | { kind: 'loading' }
  | { kind: 'unscannable' }
  | { kind: 'paused' }
  | { kind: 'excluded' }
  | { kind: 'empty' }
  | { kind: 'counts'; rows: CountRow[]; total: number };

type SiteSettings = Pick<Settings, 'paused' | 'excludedSites'>;

/**
 * The settings decide paused/excluded at once (the switches act live); the tab's own report
 * lags by a moment, and until it agrees the popup says it is still looking.
 */
export function pageView(state: TabState | null, settings: SiteSettings | null, packs: readonly LocalizedPack[]): PageView {
  if (state === null) return { kind: 'loading' };
  if (!state.scannable) return { kind: 'unscannable' };
  const quiet = settings === null ? state.quiet : quietFor(state.host, settings);
  if (quiet !== null) return { kind: quiet };
  if (state.quiet !== null) return { kind: 'loading' };
  const { rows, total } = countRows(packs, state.counts);
  return total === 0 ? { kind: 'empty' } : { kind: 'counts', rows, total };
}

function quietFor(host: string | null, settings: SiteSettings): 'paused' | 'excluded' | null {
  if (settings.paused) return 'paused';
  if (host !== null && hostMatches(host, settings.excludedSites)) return 'excluded';
  return null;
}
