import { type Alignment, pipelineAlignment, RuleLists } from './alignment.js';
import type { EditLog } from './edit-log.js';

/**
 * The segment starts of a trace not yet composed (none), shared: a typed array made per call cost
 * more than recording a short document's edits (it is zero-filled when made).
 */
const NO_STARTS = /* @__PURE__ */ new Int32Array(0);

/**
 * What a recorded run of the pipeline did to its input: the edit log of every pass, in pass order
 * (each log's source is the output of the one before), composed once into one alignment of the
 * input with the output. Both views of a run read it: `explain` lists the alignment's changed
 * runs; `normalizeWithOffsets` maps output offsets back through it.
 *
 * The alignment is exact for copied text: a copied run is text that every pass copied. A changed
 * run joins everything that overlapping edits of different passes touched (so a character changed
 * by two passes is one change); inside it, an offset is mapped back pass by pass through the logs
 * (see walk.ts), which keep the detail the join gives up.
 */
export class Trace {
  /** The logs of the passes that made an edit, in pass order. */
  readonly logs: readonly EditLog[];
  private ruleLists: RuleLists | undefined;
  private composed: Alignment | undefined;
  /** Where each segment of the alignment starts in the input and in the output. */
  private inputStarts: Int32Array = NO_STARTS;
  private outputStarts: Int32Array = NO_STARTS;

  constructor(
    logs: readonly EditLog[],
    readonly inputLength: number,
    readonly outputLength: number,
  ) {
    this.logs = logs.filter((log) => log.size > 0);
  }

  /**
   * The rule lists the alignment's changed runs refer to: made on first use, like the alignment
   * (a run whose trace is never read, `normalizeWithOffsets(...).text`, makes neither).
   */
  get lists(): RuleLists {
    if (this.ruleLists === undefined) this.ruleLists = new RuleLists();
    return this.ruleLists;
  }

  /** The input-to-output alignment, composed from the logs on first use and kept. */
  get alignment(): Alignment {
    if (this.composed === undefined) {
      const alignment = pipelineAlignment(this.logs, this.inputLength, this.lists);
      const inputStarts = new Int32Array(alignment.size);
      const outputStarts = new Int32Array(alignment.size);
      let input = 0;
      let output = 0;
      for (let k = 0; k < alignment.size; k++) {
        inputStarts[k] = input;
        outputStarts[k] = output;
        input += alignment.sourceLengths[k]!;
        output += alignment.outputLengths[k]!;
      }
      this.inputStarts = inputStarts;
      this.outputStarts = outputStarts;
      this.composed = alignment;
    }
    return this.composed;
  }

  /**
   * The input offset of output unit `index` (below the output length) when every pass copied it,
   * or -1 when some pass wrote it.
   */
  copiedFrom(index: number): number {
    const alignment = this.alignment;
    const starts = this.outputStarts;
    // The last segment starting at or before `index`: the one holding it, as a segment that
    // holds no output (a deletion) at the same place comes before it.
    let lo = 0;
    let hi = alignment.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= index) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    return alignment.ruleIds[k] === 0 ? this.inputStarts[k]! + (index - starts[k]!) : -1;
  }
}
