import type { ExtensionBrowser } from './browsers.ts';

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

export interface BidiContext {
  context: string;
  url: string;
}

/**
 * Firefox's WebDriver BiDi, spoken directly for what puppeteer does not wrap: listing
 * browsing contexts and running script in the browser's own (chrome, system) scope, which
 * the harness launches with `--remote-allow-system-access` for the tests.
 */
export interface FirefoxSystem {
  /** The content browsing contexts (tabs), as BiDi lists them. */
  tabs(): Promise<BidiContext[]>;
  /** Evaluates in a browsing context, awaiting a promise; throws with the page's error text. */
  evaluate(context: string, expression: string): Promise<unknown>;
  /** Evaluates in the browser window's chrome scope (`Services`, `gBrowser`, … are in scope). */
  inChrome(expression: string): Promise<unknown>;
}

export function firefoxSystem(ext: ExtensionBrowser): FirefoxSystem {
  const connection = (ext.browser as unknown as { connection: BidiConnection }).connection;
  const contexts = async (scope?: 'chrome') =>
    ((await connection.send('browsingContext.getTree', scope ? { 'moz:scope': scope } : {})).result as { contexts: BidiContext[] }).contexts;
  const evaluate = async (context: string, expression: string) => {
    const reply = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })).result as {
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (reply.type !== 'success') throw new Error(`Script failed: ${reply.exceptionDetails?.text ?? 'unknown'}`);
    return reply.result?.value;
  };
  return {
    tabs: () => contexts(),
    evaluate,
    inChrome: async (expression) => {
      const [window] = await contexts('chrome');
      return evaluate(window!.context, expression);
    },
  };
}

/**
 * Chrome-scope code that opens `url` in a new tab of the browser window by the browser's
 * own (system) principal, as Firefox itself opens an extension's options page. In the
 * background the tab is not selected: the tab that was active stays active.
 */
export function openTabExpression(url: string, background: boolean): string {
  return `(() => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const tab = win.gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
    ${background ? '' : 'win.gBrowser.selectedTab = tab;'}
    return true;
  })()`;
}
