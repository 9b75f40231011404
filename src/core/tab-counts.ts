import type { EntityCounts, PageQuiet } from './messages.ts';

/** What one frame reported last. */
export interface FrameReport {
  counts: EntityCounts;
  quiet: PageQuiet;
  /** The frame's URL as its content script's sender (tab.url needs the "tabs" permission). */
  url: string;
}

/** Per tab, per frame: the serializable state the background keeps (and persists). */
export type TabReports = Record<string, Record<string, FrameReport>>;

export function recordFrame(state: TabReports, tabId: number, frameId: number, report: FrameReport): TabReports {
  const frames = { ...state[tabId], [frameId]: report };
  return { ...state, [tabId]: frames };
}

export function forgetTab(state: TabReports, tabId: number): TabReports {
  return Object.fromEntries(Object.entries(state).filter(([id]) => id !== String(tabId)));
}

/** The tab's counts summed over its frames, and its quiet state (taken from the top frame). */
export function summarizeTab(state: TabReports, tabId: number): { counts: EntityCounts; total: number; quiet: PageQuiet; reported: boolean; url: string | null } {
  const frames = state[tabId] ?? {};
  const counts: EntityCounts = {};
  let total = 0;
  for (const frame of Object.values(frames)) {
    for (const [key, count] of Object.entries(frame.counts)) {
      if (!Number.isSafeInteger(count) || count <= 0) continue;
      counts[key] = (counts[key] ?? 0) + count;
      total += count;
    }
  }
  const top = frames[0];
  return { counts, total, quiet: top?.quiet ?? null, reported: Object.keys(frames).length > 0, url: top?.url ?? null };
}

/** Badge text: the count, "99+" beyond that, empty for none. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 99 ? '99+' : String(total);
}
