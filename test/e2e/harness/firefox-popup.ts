import type { ExtensionBrowser } from './browsers.ts';
import { openExtensionPage } from './extension-page.ts';
import { firefoxSystem } from './firefox-system.ts';
import { POPUP_READY, type PopupKey, type ToolbarPopup } from './toolbar-popup.ts';
import { eventually } from '../../../scripts/browsers/page-reading.ts';

const KEY_CODES: Record<PopupKey, number> = { Tab: 9, Enter: 13 };

/** Chrome-scope code: the popup panel's <browser> in the browser window, or null. */
const POPUP_BROWSER = `Services.wm.getMostRecentWindow('navigator:browser').document.querySelector('browser.webextension-popup-browser')`;

/**
 * Firefox: the real popup panel, opened by `browser.action.openPopup()`. WebDriver BiDi lists
 * no browsing context for it (only tabs), so:
 * - it is opened and read from the extension's own page in a background tab (the tab the
 *   test opens the popup over stays the active one), which reaches the popup's window
 *   through `browser.extension.getViews({ type: 'popup' })`;
 * - input goes in as the browser's own trusted events, synthesised in the browser window
 *   at the popup's place (`window.synthesizeMouseEvent`, nsITextInputProcessor for keys),
 *   which the panel forwards to the popup as it does a person's;
 * - scripts such as axe-core go in through the popup window's own `eval`.
 */
export async function firefoxPopup(ext: ExtensionBrowser): Promise<ToolbarPopup> {
  const system = firefoxSystem(ext);
  const helper = await openExtensionPage(ext, 'src/options/index.html', { background: true });
  const inView = async <T>(body: string): Promise<T> => helper.evaluate(`(async () => {
    const view = browser.extension.getViews({ type: 'popup' })[0];
    if (!view) throw new Error('No popup is open');
    return (${body})(view);
  })()`) as Promise<T>;
  const closed = () => helper.evaluate(() => browser.extension.getViews({ type: 'popup' }).length === 0);
  const until = (read: () => Promise<boolean>, what: string) => eventually(read, Boolean).catch((error: unknown) => {
    throw new Error(`${what} within 10 s`, { cause: error });
  });

  const close = async () => {
    if (await closed()) return;
    await inView('(view) => view.close()');
    await until(closed, 'The popup did not close');
  };
  /** Whether the browser window's focused element is the panel's frame (keys then go to the popup). */
  const panelFocused = () => system.inChrome(`Services.focus.focusedElement === ${POPUP_BROWSER}`) as Promise<boolean>;
  /**
   * Sends input and waits until the popup has had its last event (`type`): the panel hands
   * events to the popup's process, so they arrive after the sending call has returned.
   * A key pressed while the window's focus is on no element is the window's own (a Tab
   * then moves that focus onto the panel's frame, synchronously): it reaches no popup.
   */
  const delivered = async (type: 'click' | 'keyup', send: () => Promise<unknown>) => {
    const counter = `__backstoryTest_${type}`;
    // A popup that closed itself (its options button) has had all its events.
    const seen = () => helper.evaluate(`(() => {
      const view = browser.extension.getViews({ type: 'popup' })[0];
      if (!view) return Number.MAX_SAFE_INTEGER;
      if (!(${JSON.stringify(counter)} in view)) {
        view[${JSON.stringify(counter)}] = 0;
        view.addEventListener(${JSON.stringify(type)}, () => view[${JSON.stringify(counter)}]++, true);
      }
      return view[${JSON.stringify(counter)}];
    })()`) as Promise<number>;
    const before = await seen();
    const toWindow = type === 'keyup' && !(await panelFocused());
    await send();
    if (toWindow) return;
    await until(async () => (await seen()) > before, `The popup got no ${type}`);
  };

  return {
    async open(tab) {
      await close();
      await tab.bringToFront();
      await helper.evaluate(() => browser.action.openPopup());
      await until(async () => !(await closed()) && await inView<boolean>(`(view) => view.document.querySelector(${JSON.stringify(POPUP_READY)}) !== null`)
        && await system.inChrome(`${POPUP_BROWSER}?.closest('panel')?.state === 'open'`) === true, 'The popup did not open');
    },
    close,
    closed,
    read: (reader, arg) => inView(`(view) => (${reader.toString()})(view.document, ${JSON.stringify(arg)})`),
    async click(selector) {
      const box = await inView<{ x: number; y: number } | null>(`(view) => {
        const element = view.document.querySelector(${JSON.stringify(selector)});
        if (!element) return null;
        element.scrollIntoView({ block: 'nearest' });
        const rect = element.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }`);
      if (!box) throw new Error(`No ${selector} in the popup`);
      await delivered('click', () => system.inChrome(`(() => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        const panel = ${POPUP_BROWSER}.getBoundingClientRect();
        const x = panel.left + ${box.x}, y = panel.top + ${box.y};
        win.synthesizeMouseEvent('mousemove', x, y, { button: 0, buttons: 0 }, {});
        win.synthesizeMouseEvent('mousedown', x, y, { button: 0, buttons: 1, clickCount: 1 }, {});
        win.synthesizeMouseEvent('mouseup', x, y, { button: 0, buttons: 0, clickCount: 1 }, {});
        return true;
      })()`));
    },
    focus: (selector) => inView(`(view) => view.document.querySelector(${JSON.stringify(selector)}).focus()`),
    async press(key) {
      await delivered('keyup', () => system.inChrome(`(() => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        const input = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        if (!input.beginInputTransactionForTests(win)) throw new Error('No keyboard input transaction');
        const event = new win.KeyboardEvent('', { key: ${JSON.stringify(key)}, code: ${JSON.stringify(key)}, keyCode: ${KEY_CODES[key]} });
        input.keydown(event);
        input.keyup(event);
        return true;
      })()`));
    },
    api: (expression) => helper.evaluate(expression) as Promise<never>,
    // The popup's own eval, called from the extension page: the page's CSP refuses <script> text.
    runScript: (source) => inView(`(view) => void view.eval(${JSON.stringify(source)})`),
    async emulateColorScheme(scheme) {
      await system.inChrome(`${POPUP_BROWSER}.browsingContext.prefersColorSchemeOverride = ${JSON.stringify(scheme ?? 'none')}`);
      if (scheme) await until(() => inView(`(view) => view.matchMedia('(prefers-color-scheme: ${scheme})').matches`), `The popup did not turn ${scheme}`);
    },
  };
}

declare const browser: {
  action: { openPopup(): Promise<void> };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
};
