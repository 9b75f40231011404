/** Hosts where browsers never run extension content scripts. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Whether Backstory's content script can run on a page at this URL. */
export function scannableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return false;
  if (STORE_HOSTS.includes(parsed.hostname)) return false;
  return !/\.pdf$/i.test(parsed.pathname);
}
