import type { EditLog } from './edit-log.js';

/**
 * Output offsets mapped back to the input pass by pass, through the edit logs of the passes in
 * pass order (each log's source is the output of the one before): `O(p log e)` for `p` passes of
 * at most `e` edits. The definition of the offset map; `OffsetMap` takes it inside changed text,
 * where the composed alignment of a `Trace` has joined the edits of several passes.
 */

/** Where the input behind output offset `index` starts. */
export function walkStart(logs: readonly EditLog[], index: number): number {
  let i = index;
  for (let p = logs.length - 1; p >= 0; p--) i = logs[p]!.start(i);
  return i;
}

/**
 * The smallest input span that produced output `[start, end)`. An empty output span (or output
 * inserted from nothing) gives an empty input span at its position.
 */
export function walkSpan(logs: readonly EditLog[], start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (let p = logs.length - 1; p >= 0; p--) {
    const log = logs[p]!;
    if (s === e) {
      s = log.start(s);
      e = s;
    } else {
      const from = log.start(s);
      e = log.end(e - 1);
      s = from;
    }
  }
  return [s, e];
}

/** Whether output unit `index` was copied unchanged through every pass. */
export function walkUnchanged(logs: readonly EditLog[], index: number): boolean {
  let i = index;
  for (let p = logs.length - 1; p >= 0; p--) {
    const log = logs[p]!;
    if (!log.copied(i)) return false;
    i = log.start(i);
  }
  return true;
}
