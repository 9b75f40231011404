import browser from 'webextension-polyfill';
import { badgeText, summarizeTab, type TabReports } from '../core/tab-counts.ts';
import { t } from '../ui/i18n.ts';

/** Shows a tab's mention count on the toolbar button; "off" (localized) for a paused or excluded page. */
export async function updateBadge(state: TabReports, tabId: number, enabled: boolean): Promise<void> {
  const { total, quiet } = summarizeTab(state, tabId);
  const text = !enabled ? '' : quiet ? t('badgeOff') : badgeText(total);
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: quiet ? '#6b7280' : '#92400e' });
  } catch {
    // The tab closed meanwhile.
  }
}
