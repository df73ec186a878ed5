// Main-thread busy time from a Chromium trace: the union of the renderer main thread's top-level tasks up to
// a user-timing mark, so that nested tasks are not counted twice and nothing after the mark counts.

/** The trace categories this needs: top-level tasks and user-timing marks, little tracing overhead. */
export const BUSY_CATEGORIES = 'toplevel,blink.user_timing,__metadata';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Milliseconds the thread that made `mark` was busy before it; throws when the trace lacks the mark or tasks. */
export function busyUntilMark(events: readonly TraceEvent[], mark: string): number {
  const m = events.find((e) => e.name === mark);
  if (!m) throw new Error(`the trace has no "${mark}" mark: the page never reached it`);
  const tasks = events
    .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && TOP_LEVEL.has(e.name) && e.ts < m.ts)
    .map((e): [number, number] => [e.ts, Math.min(e.ts + (e.dur ?? 0), m.ts)])
    .sort((a, b) => a[0] - b[0]);
  if (tasks.length === 0) throw new Error('the trace has no top-level task on the main thread');
  let busy = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of tasks) {
    if (stop <= end) continue;
    busy += stop - Math.max(start, end);
    end = stop;
  }
  return busy / 1000;
}
