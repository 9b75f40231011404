import { GECKO_ID } from '../manifest-variants.ts';

/** Fixed so moz-extension:// URLs are known to tests. */
export const FIREFOX_UUID = '6f1f5a7e-2c1b-4c8e-9a55-5b1d0c0ffee1';

/** Chromium: headless-friendly, quiet, and every host but 127.0.0.1 resolves to nothing. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Firefox: the add-on's UUID pinned, everything but 127.0.0.1 sent to a dead proxy. */
export const FIREFOX_PREFS: Readonly<Record<string, unknown>> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  // performance.now() at full resolution.
  'privacy.reduceTimerPrecision': false,
  'browser.shell.checkDefaultBrowser': false,
};
