/**
 * Telling the extension's errors from the page's. Chromium and Firefox both tag a content
 * script's console messages and uncaught errors with the script's extension URL; the
 * background logs what content scripts report as "Backstory content script error in <url>".
 */
import type { ConsoleMessage } from 'puppeteer-core';

export interface ExtensionError {
  source: 'content' | 'background';
  /** The page it happened on, when known. */
  page: string | null;
  text: string;
}

/** A console error or assertion raised by the extension's content script, else null. */
export function extensionErrorInConsole(message: ConsoleMessage, origin: string, page: string): ExtensionError | null {
  if (!origin || (message.type() !== 'error' && message.type() !== 'assert')) return null;
  const urls = [message.location().url ?? '', ...message.stackTrace().map((frame) => frame.url ?? '')];
  if (!urls.some((url) => url.startsWith(origin))) return null;
  return { source: 'content', page, text: message.text() };
}

/**
 * A line of Firefox's stdout (with devtools.console.stdout.content) that comes from the
 * extension: an error its event page logged, or an uncaught error in one of its scripts.
 */
export function extensionErrorInStdout(line: string, origin: string): ExtensionError | null {
  if (line.startsWith('console.error: "Backstory content script error')) {
    const text = line.slice('console.error: '.length).replace(/^"|"$/g, '').replaceAll('\\n', '\n');
    return { source: 'background', page: pageOf(text), text };
  }
  if (line.startsWith(`JavaScript error: ${origin}/`)) {
    // Content-script errors also reach the page's own events; these lines are for the event page.
    return line.includes('/src/content/') ? null : { source: 'background', page: null, text: line };
  }
  return null;
}

/** The page named in the background's "Backstory content script error in <url>: …" line. */
export function pageOf(text: string): string | null {
  return /Backstory content script error in (\S+): /.exec(text)?.[1] ?? null;
}
