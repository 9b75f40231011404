import browser from 'webextension-polyfill';

/** The tab the popup was opened over (the popup itself is never a tab). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
