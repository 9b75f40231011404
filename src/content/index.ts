/**
 * Content script entry: runs in every frame of every page. Only wiring lives here; a
 * failure is contained and reported, never thrown into the page.
 */
import { ext } from '../shared/ext.ts';
import { runContentScript } from './controller.ts';

function main(): void {
  const lifetime = new AbortController();
  // Chrome leaves old copies running with a dead context after an update or reload: stop
  // at the first sign of it (Firefox unloads them itself). No DOM event announces a copy
  // to another: the page would see it too, and could detect Backstory or switch it off.
  const contextCheck = setInterval(() => {
    if (!ext.runtime?.id) lifetime.abort();
  }, 5000);
  lifetime.signal.addEventListener('abort', () => clearInterval(contextCheck), { once: true });

  void runContentScript(lifetime.signal);
}

try {
  main();
} catch {
  // Never let an error reach the page's console handlers or break its scripts.
}
