/**
 * Chromium: how long the tasks that ran the extension's code held the page's main thread,
 * in thread time (CPU), from a trace. Wall-clock slices overstate a task whenever the
 * machine deschedules the renderer; thread time does not. The bench build's measures say
 * when the extension worked; the trace's task events (on the same thread) say how long the
 * task around that moment took.
 */
import type { Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
}

/** Call before `goto`. */
export async function startTaskTrace(page: Page): Promise<void> {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
}

/** Stops the trace; the longest task (thread ms) that contains a moment the extension measured. */
export async function longestExtensionTask(page: Page): Promise<number> {
  const data = await page.tracing.stop();
  if (!data) throw new Error('no trace');
  const events = (JSON.parse(Buffer.from(data).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = events.filter((event) => event.cat === 'blink.user_timing' && event.name.startsWith('backstory:') && (event.ph === 'b' || event.ph === 'e'));
  if (marks.length === 0) return 0;
  const { pid, tid } = marks[0]!;
  const tasks = events.filter((event) => event.ph === 'X' && event.pid === pid && event.tid === tid && event.dur !== undefined);
  let longest = 0;
  for (const mark of marks) {
    // The outermost task event around the moment: the whole task, not a step inside it.
    let outer: TraceEvent | null = null;
    for (const task of tasks) {
      if (task.ts <= mark.ts && task.ts + task.dur! >= mark.ts && (!outer || task.dur! > outer.dur!)) outer = task;
    }
    if (outer) longest = Math.max(longest, (outer.tdur ?? outer.dur!) / 1000);
  }
  return longest;
}
