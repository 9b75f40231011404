/**
 * Content script entry: runs in every frame of every page. Only wiring lives here; a
 * failure is contained and reported, never thrown into the page.
 */
import browser from 'webextension-polyfill';
import { loadPacks } from '../core/pack/packs.ts';
import { runContentScript } from './controller.ts';

const STARTED_EVENT = 'backstory:content-started';

function main(): void {
  const lifetime = new AbortController();
  // A reloaded or updated extension injects a new copy; the old one steps aside for it.
  document.dispatchEvent(new CustomEvent(STARTED_EVENT));
  document.addEventListener(STARTED_EVENT, () => lifetime.abort(), { once: true });
  // Chrome leaves old copies running with a dead context: stop at the first sign of it.
  const contextCheck = setInterval(() => {
    if (!browser.runtime?.id) lifetime.abort();
  }, 5000);
  lifetime.signal.addEventListener('abort', () => clearInterval(contextCheck), { once: true });

  const { packs } = loadPacks();
  void runContentScript(packs, lifetime.signal);
}

try {
  main();
} catch {
  // Never let an error reach the page's console handlers or break its scripts.
}
