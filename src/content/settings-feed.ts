import type { Settings } from '../core/settings/defaults.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { watchSettings } from '../shared/settings-watch.ts';

/** Waits before each retry: a background that is still starting (browser start-up, update) answers soon. */
const RETRY_DELAYS_MS = [50, 200, 800, 2000] as const;

/**
 * The settings as the background read and validated them, and again after every change,
 * until `signal` aborts. Rejects when the background never answers: the frame then stays
 * quiet rather than guess (defaults could mark a site the user excluded).
 */
export async function followSettings(onChange: (settings: Settings) => void, signal: AbortSignal): Promise<Settings> {
  const read = () => sendToBackground('content:settings', null);
  // Listening starts first, so a change made while the first answer travels is not lost.
  let started = false;
  let changedMeanwhile = false;
  watchSettings(read, (settings) => (started ? onChange(settings) : (changedMeanwhile = true)), signal);
  let settings: Settings | undefined;
  for (let attempt = 0; settings === undefined || changedMeanwhile; attempt += 1) {
    changedMeanwhile = false;
    try {
      settings = await read();
    } catch (error) {
      if (settings !== undefined) break;
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || signal.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  started = true;
  return settings;
}
