import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';
import { chromiumPopup } from './chromium-popup.ts';
import { firefoxPopup } from './firefox-popup.ts';

export type PopupKey = 'Tab' | 'Enter';

/**
 * The extension's real toolbar popup, opened by `action.openPopup()` over a tab and driven
 * with trusted input: in Chromium a puppeteer Page of the popup; in Firefox the popup panel
 * (see firefox-popup.ts). Readers run in the popup's document.
 */
export interface ToolbarPopup {
  /** Opens the popup over `tab` (closing one that is open) and waits until it shows a view. */
  open(tab: Page): Promise<void>;
  close(): Promise<void>;
  /** True once no popup is open (it closed itself, or was closed). */
  closed(): Promise<boolean>;
  /** Runs `reader` in the popup: `reader` is serialised, so it may use only its argument. */
  read<T, A = undefined>(reader: (document: Document, arg: A) => T, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: PopupKey): Promise<void>;
  /** Evaluates `expression` where the extension's API is `chrome` (an extension context). */
  api<T>(expression: string): Promise<T>;
  emulateColorScheme(scheme: 'light' | 'dark' | null): Promise<void>;
  /** Runs a script's source in the popup's own realm (axe-core); its CSP refuses a <script>. */
  runScript(source: string): Promise<void>;
}

export function toolbarPopup(ext: ExtensionBrowser): Promise<ToolbarPopup> {
  return ext.name === 'chromium' ? chromiumPopup(ext) : firefoxPopup(ext);
}

export const POPUP_PATH = 'src/popup/index.html';
export const POPUP_READY = '.bs-page[data-view]:not([data-view="loading"])';
