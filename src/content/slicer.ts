import { benchTask } from './bench-marks.ts';

/**
 * Cooperative time slicing: long work checks `due()` every few steps and awaits `pause()`
 * so no task of ours holds the main thread for longer than the budget.
 */
export interface Slicer {
  /**
   * Cheap enough to call per node: reads the clock only once every 16 units of work (a
   * node is 1, plus 1 per 256 characters it holds, so runs of long paragraphs check often).
   */
  due(cost?: number): boolean;
  pause(): Promise<void>;
  /** Marks the end of the work (the bench build records the last slice, like the others). */
  end(): void;
}

const CHECK_EVERY = 16;

/** `wait` is how a pause lets the page run: a task of its own, or idle time. */
export function createSlicer(budgetMs: number, signal: AbortSignal, wait: () => Promise<void> = yieldToPage): Slicer {
  let sliceStart = performance.now();
  let steps = 0;
  return {
    due(cost = 1) {
      steps += cost;
      if (steps < CHECK_EVERY) return false;
      steps = 0;
      return performance.now() - sliceStart > budgetMs;
    },
    async pause() {
      benchTask(sliceStart);
      await wait();
      if (signal.aborted) throw signal.reason;
      sliceStart = performance.now();
    },
    end() {
      benchTask(sliceStart);
    },
  };
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Lets the page run (input, rendering, its own tasks) before we go on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message-channel task runs after pending input and rendering, without setTimeout's clamping.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Waits for the page to be idle (at most a second), for work nobody waits for. */
export function yieldToIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}
