import { describe, expect, it } from 'vitest';
import { busyUntilMark, type TraceEvent } from '../scripts/main-thread.js';

const task = (ts: number, dur: number, tid = 1, name = 'ThreadControllerImpl::RunTask'): TraceEvent => ({
  name,
  ph: 'X',
  pid: 7,
  tid,
  ts,
  dur,
});
const mark: TraceEvent = { name: 'interactive', ph: 'R', pid: 7, tid: 1, ts: 10_000 };

describe('busyUntilMark', () => {
  it('counts nested and overlapping tasks once, and nothing after the mark', () => {
    const events = [
      task(0, 2_000),
      task(500, 1_000, 1, 'RunTask'), // nested in the first
      task(1_500, 1_000), // overlaps the first by 500 µs
      task(9_000, 4_000), // cut at the mark
      task(12_000, 5_000), // after the mark
      task(0, 9_000, 2), // another thread
      mark,
    ];
    expect(busyUntilMark(events, 'interactive')).toBe(3.5); // 0–2.5 ms, then 9–10 ms
  });

  it('names what is missing', () => {
    expect(() => busyUntilMark([task(0, 1)], 'interactive')).toThrow(/no "interactive" mark/);
    expect(() => busyUntilMark([mark], 'interactive')).toThrow(/no top-level task/);
  });
});
