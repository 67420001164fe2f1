import { afterEach, beforeEach, describe, vi } from 'vitest';
import type { EditRecorder } from '../../src/core/text-editor.js';
import { useFusedKernel } from '../../src/fast/fused-kernel.js';
import { nativeUnitsOf, releaseInputIfLarge } from '../../src/fast/input-units.js';
import type { ResolvedOptions } from '../../src/options/types.js';
import { PASS_IDS, PIPELINE } from '../../src/pipeline.js';

/**
 * Makes the shared input buffer (src/fast/input-units.ts) new, so that its `Buffer` view is looked
 * up again at its next fill: a very large text makes it grow, and the large buffer is given back.
 */
export function renewInputBuffer(): void {
  nativeUnitsOf('\u0628'.repeat((1 << 22) + 1));
  releaseInputIfLarge();
}

/**
 * Runs `run` where the runtime has no `Buffer` (the passes then read their strings), with a new
 * input buffer before and after, so that the buffer's view is made without and then with `Buffer`.
 */
export function withoutBuffer<T>(run: () => T): T {
  renewInputBuffer();
  vi.stubGlobal('Buffer', undefined);
  try {
    return run();
  } finally {
    vi.unstubAllGlobals();
    renewInputBuffer();
  }
}

/**
 * Runs `run` with every reader in its string: no `Buffer` (see {@link withoutBuffer}) and the
 * fused pass kernel off (a text in its memory is a copy too).
 */
export function readingStrings<T>(run: () => T): T {
  const kernelWasOn = useFusedKernel(false);
  try {
    return withoutBuffer(run);
  } finally {
    useFusedKernel(kernelWasOn);
  }
}

/**
 * The copies that the readers outside the fused pass read where they are given a string: the
 * fused pass kernel's input (with the kernel on), or a native copy (with it off).
 */
const COPIES = [
  { copy: "the fused pass kernel's input", kernel: true },
  { copy: 'a native copy', kernel: false },
];

/**
 * `describe(title, define)` once for each copy the readers may read (see {@link COPIES}), the
 * kernel on or off while its tests run; `define` is told which.
 */
export function describeForEachCopy(title: string, define: (kernel: boolean) => void): void {
  describe.each(COPIES)(`${title} ($copy)`, ({ kernel }) => {
    beforeEach(() => useFusedKernel(kernel));
    afterEach(() => useFusedKernel(true));
    define(kernel);
  });
}

/** Every step of the pipeline run with a recorder per pass: its output and the edits of each pass. */
export function recordedSteps(
  text: string,
  options: Readonly<ResolvedOptions>,
): { output: string; edits: number[][][] } {
  const edits = PASS_IDS.map(() => [] as number[][]);
  const recorders = Object.fromEntries(
    PASS_IDS.map((id, k): [string, EditRecorder] => [
      id,
      { record: (s, e, l, r) => edits[k]!.push([s, e, l, r]) },
    ]),
  );
  let output = text;
  for (const step of PIPELINE) output = step.run(output, options, recorders);
  return { output, edits };
}
