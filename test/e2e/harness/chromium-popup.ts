import type { Page, Target } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';
import { POPUP_PATH, POPUP_READY, type ToolbarPopup } from './toolbar-popup.ts';

/** Chromium: `chrome.action.openPopup()` from the service worker; the popup is a page target puppeteer drives. */
export async function chromiumPopup(ext: ExtensionBrowser): Promise<ToolbarPopup> {
  let popup: Page | null = null;
  const isWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(ext.extensionOrigin);

  /**
   * Evaluates in the extension's service worker through a fresh CDP session: puppeteer's
   * cached WebWorker handle goes stale (hangs) once the worker has been stopped and restarted.
   */
  async function inWorker<T>(expression: string): Promise<T> {
    const session = await (await ext.browser.waitForTarget(isWorker)).createCDPSession();
    try {
      await session.send('Runtime.runIfWaitingForDebugger');
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`In the worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    } finally {
      await session.detach();
    }
  }

  const close = async () => {
    if (!popup || popup.isClosed()) return;
    const closing = popup;
    popup = null;
    await closing.close();
  };
  const open = () => {
    if (!popup) throw new Error('No popup is open');
    return popup;
  };
  return {
    async open(tab) {
      await close();
      await tab.bringToFront();
      await inWorker('chrome.action.openPopup()');
      const target = await ext.browser.waitForTarget((candidate) => candidate.url().endsWith(POPUP_PATH));
      popup = await target.asPage();
      await popup.waitForSelector(POPUP_READY);
    },
    close,
    closed: async () => popup === null || popup.isClosed(),
    read: <T, A>(reader: (document: Document, arg: A) => T, arg?: A) => open().evaluate(`(${reader.toString()})(document, ${JSON.stringify(arg)})`) as Promise<T>,
    click: (selector) => open().click(selector),
    focus: (selector) => open().focus(selector),
    press: (key) => open().keyboard.press(key),
    api: inWorker,
    runScript: async (source) => void (await open().evaluate(source)),
    emulateColorScheme: (scheme) => open().emulateMediaFeatures(scheme ? [{ name: 'prefers-color-scheme', value: scheme }] : []),
  };
}
