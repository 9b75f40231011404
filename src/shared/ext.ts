/**
 * The browser's own extension API, promise-based in both browsers (`browser.*` in Firefox,
 * `chrome.*` in Chrome's Manifest V3), so code that runs in every page (the content
 * script) needs no polyfill. Typed with the polyfill's types, which describe the same
 * promise API; only the calls that behave alike natively are used through it (messages
 * are answered with `sendResponse`, which both browsers accept, not with a returned promise).
 */
import type { Browser } from 'webextension-polyfill';

const native = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const ext: Browser = native.browser ?? native.chrome!;
