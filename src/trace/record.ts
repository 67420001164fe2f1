import { assertText, resolveOptions } from '../options/resolve.js';
import type { NormalizeOptions } from '../options/types.js';
import { recordInPieces } from './record-in-pieces.js';
import { Trace } from './trace.js';

/**
 * Runs the pipeline like `normalize`, recording one edit log per pass of src/pipeline.ts, and
 * returns the output with the {@link Trace} of the run. A very long text is recorded in pieces,
 * as `normalize` runs it, with the same logs as one run (see record-in-pieces.ts). Internal:
 * `normalizeWithOffsets` and `explain` are built on it; `caller` names the function in argument
 * errors.
 */
export function recordNormalize(
  text: string,
  options: NormalizeOptions | undefined,
  caller: string,
): { text: string; trace: Trace } {
  assertText(text, caller);
  const { text: out, logs } = recordInPieces(text, resolveOptions(options, caller));
  return { text: out, trace: new Trace(logs, text.length, out.length) };
}
