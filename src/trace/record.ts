import { run } from '../normalize.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { NormalizeOptions } from '../options/types.js';
import { PASS_IDS, type PipelineRecorders } from '../pipeline.js';
import { EditLog } from './edit-log.js';
import { Trace } from './trace.js';

/**
 * Runs the pipeline like `normalize`, recording one edit log per pass of src/pipeline.ts, and
 * returns the output with the {@link Trace} of the run. Internal: `normalizeWithOffsets` and
 * `explain` are built on it; `caller` names the function in argument errors.
 */
export function recordNormalize(
  text: string,
  options: NormalizeOptions | undefined,
  caller: string,
): { text: string; trace: Trace } {
  assertText(text, caller);
  const resolved = resolveOptions(options, caller);
  const logs = PASS_IDS.map(() => new EditLog());
  const recorders = Object.fromEntries(
    PASS_IDS.map((id, k) => [id, logs[k]!]),
  ) as unknown as PipelineRecorders;
  const out = run(text, resolved, recorders);
  return { text: out, trace: new Trace(logs, text.length, out.length) };
}
