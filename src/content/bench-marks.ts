/**
 * Timing for the benchmark build only: `__BENCH__` is false in the shipped build, so
 * these calls and their names vanish from it (a page could read the marks otherwise).
 * The bench reads `backstory:*` measures from the page's performance timeline.
 */
export function benchStart(): number {
  return __BENCH__ ? performance.now() : 0;
}

export function benchMeasure(name: string, start: number, detail?: Record<string, number>): void {
  if (__BENCH__) performance.measure(`backstory:${name}`, { start, end: performance.now(), detail });
}

/** A moment (the card shown), for the bench's hover timing. */
export function benchMark(name: string): void {
  if (__BENCH__) performance.mark(`backstory:${name}`);
}

/** Time spent in our own code during one task (a slice of a scan). */
export function benchTask(start: number): void {
  if (__BENCH__) benchMeasure('task', start);
}
