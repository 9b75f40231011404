import browser from 'webextension-polyfill';
import { badgeText, summarizeTab, type TabReports } from '../core/tab-counts.ts';

/** Shows a tab's mention count on the toolbar button; "off" for a paused or excluded page. */
export async function updateBadge(state: TabReports, tabId: number, enabled: boolean): Promise<void> {
  const { total, quiet } = summarizeTab(state, tabId);
  const text = !enabled ? '' : quiet ? 'off' : badgeText(total);
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: quiet ? '#6b7280' : '#92400e' });
  } catch {
    // The tab closed meanwhile.
  }
}
