/**
 * The recorded run of the pipeline (`normalizeWithOffsets`, `splitSentencesInOriginal`,
 * `explain`) on a very long text, in pieces as `normalize` runs it (src/stream/in-pieces.ts): the
 * same cuts at safe line starts, each settled with an anchor. Each piece is recorded with its own
 * edit logs; a piece is taken only when no pass touched its anchor, so that every pass copied the
 * anchor and its logs end before it; then each pass's log is shifted to where the piece starts in
 * that pass's source and appended to the log of the whole. The joined logs are the logs of one run
 * on the whole text, edit for edit (test/trace/record-in-pieces.test.ts holds them equal), so the
 * offset map and `explain`, which read nothing else, are those of the whole run. Pieces keep the
 * passes' intermediate strings small (young-generation sized), as for `normalize`.
 */

import { asOutputTooLong, outputLimit, outputTooLong } from '../core/output-limit.js';
import { run } from '../normalize.js';
import type { ResolvedOptions } from '../options/types.js';
import { PASS_IDS, type PipelineRecorders } from '../pipeline.js';
import { PIECE_LENGTH, takePieces } from '../stream/in-pieces.js';
import { PieceOutput } from '../stream/piece-output.js';
import { EditLog } from './edit-log.js';

/** A recorded run: its output and the edit log of every pass, in pass order. */
export interface RecordedRun {
  readonly text: string;
  readonly logs: readonly EditLog[];
}

/**
 * An object with one property per pass, in pass order, that each run copies and fills with its
 * logs: a copy keeps the template's shape, where building the object anew at each call
 * (`Object.fromEntries`) added its properties one by one, a tenth of a short call's cost.
 */
let recordersTemplate: Record<string, EditLog | undefined> | undefined;

/**
 * One array per pass that the runs record their edits into, reused from run to run: each log
 * then keeps a copy of its edits' exact size, where an array grown one edit at a time left its
 * smaller copies behind as garbage. A run is not re-entrant (the passes call no user code).
 */
const scratch: number[][] = [];

/**
 * Entries of a scratch array above which it is let go after a run, so that one text with a great
 * many edits does not pin their memory (a 4 KB document's pass makes a few hundred entries).
 */
export const SCRATCH_KEPT = 1 << 16;

/** The longest of the scratch arrays now kept for the next run (for tests). */
export function scratchKept(): number {
  let longest = 0;
  for (const rows of scratch) longest = Math.max(longest, rows.length);
  return longest;
}

/** One run of the pipeline on `text`, recording one edit log per pass. */
export function recordRun(text: string, options: Readonly<ResolvedOptions>): RecordedRun {
  const recorded = recordIntoScratch(text, options);
  for (const log of recorded.logs) log.keep();
  letGoOfLongScratch();
  return recorded;
}

/**
 * One run of the pipeline on `text` whose logs still read the scratch arrays: they hold the run's
 * edits only until the next run records. The pieces of a long text are appended to the logs of the
 * whole at once (`JoinedLogs`), so a copy of each piece's edits of their exact size
 * ({@link EditLog.keep}) would be made only to be copied again and dropped.
 */
function recordIntoScratch(text: string, options: Readonly<ResolvedOptions>): RecordedRun {
  recordersTemplate ??= Object.fromEntries(PASS_IDS.map((id) => [id, undefined]));
  const recorders = { ...recordersTemplate };
  const logs: EditLog[] = [];
  for (let k = 0; k < PASS_IDS.length; k++) {
    if (scratch.length === k) scratch.push([]);
    const log = new EditLog(scratch[k]!);
    logs.push(log);
    recorders[PASS_IDS[k]!] = log;
  }
  const out = run(text, options, recorders as unknown as PipelineRecorders);
  return { text: out, logs };
}

/**
 * Lets go of the scratch arrays longer than {@link SCRATCH_KEPT}: after a run, or after all the
 * pieces of a long text (its pieces reuse the arrays one after the other, however long).
 */
function letGoOfLongScratch(): void {
  for (let k = 0; k < scratch.length; k++) {
    if (scratch[k]!.length > SCRATCH_KEPT) scratch[k] = [];
  }
}

/**
 * Whether every pass of the recorded run of a piece and its anchor (`length` code units in all)
 * copied the anchor: each pass's edits end before the anchor in that pass's source (an insertion
 * right before it belongs to the piece), so the output ends with it too.
 */
function anchorCopied(piece: RecordedRun, length: number, anchor: string): boolean {
  let source = length;
  for (const log of piece.logs) {
    if (log.sourceEnd > source - anchor.length) return false;
    source += log.lengthChange;
  }
  return piece.text.endsWith(anchor);
}

/**
 * The fewest code units per edit a joined log is given room for ahead of its edits: 20 bytes an
 * edit over 50 units (100 bytes) of input, a fifth of the input's size for each of the passes'
 * logs. The bench's noisy news text has about one edit per 150 units in each pass that edits.
 */
export const EXPECTED_SPACING = 50;

/** The logs of the whole text, joined from the logs of its pieces as they are taken. */
class JoinedLogs {
  readonly logs: EditLog[] = PASS_IDS.map(() => new EditLog());
  /** Where the next piece starts in each pass's source. */
  private readonly starts: number[] = PASS_IDS.map(() => 0);
  /** Code units of the input appended so far. */
  private appended = 0;
  /** The most edits a log is given room for ahead of them (see {@link EXPECTED_SPACING}). */
  private readonly most: number;

  /** Logs for a text of `inputLength` code units. */
  constructor(private readonly inputLength: number) {
    this.most = Math.ceil(inputLength / EXPECTED_SPACING);
  }

  /** Appends the recorded run of a piece of `length` code units of the input (without anchor). */
  append(piece: RecordedRun, length: number): void {
    this.appended += length;
    // A log that grows is given room for the whole text at the density of its edits so far: grown
    // by doubling, a 10 MB text's logs were copied and their fresh pages faulted in again and
    // again (5% of the run). Never for more than one edit in EXPECTED_SPACING units: a text
    // whose first pieces are dense with edits and the rest not would hold room it never fills.
    const scale = (1.05 * this.inputLength) / this.appended;
    let source = length;
    for (let p = 0; p < this.logs.length; p++) {
      const log = piece.logs[p]!;
      const joined = this.logs[p]!;
      const expected = Math.min(Math.ceil((joined.size + log.size) * scale), this.most);
      joined.append(log, this.starts[p]!, expected);
      this.starts[p]! += source;
      source += log.lengthChange;
    }
  }
}

/**
 * The recorded run of `text`, in pieces of `pieceLength` when it is longer than two: the same
 * output and the same edit logs as {@link recordRun} on the whole text.
 */
export function recordInPieces(
  text: string,
  options: Readonly<ResolvedOptions>,
  pieceLength = PIECE_LENGTH,
): RecordedRun {
  if (text.length <= 2 * pieceLength) return recordRun(text, options);
  try {
    return recordPieces(text, options, pieceLength);
  } finally {
    letGoOfLongScratch();
  }
}

/** {@link recordInPieces} on a text longer than two pieces; its runs' logs read the scratch. */
function recordPieces(
  text: string,
  options: Readonly<ResolvedOptions>,
  pieceLength: number,
): RecordedRun {
  const joined = new JoinedLogs(text.length);
  const output = new PieceOutput(text.length);
  let outLength = 0;
  const start = takePieces(text, pieceLength, (from, end, anchor) => {
    const piece = recordIntoScratch(text.slice(from, end) + anchor, options);
    if (!anchorCopied(piece, end - from + anchor.length, anchor)) return false;
    joined.append(piece, end - from);
    const out = piece.text.slice(0, piece.text.length - anchor.length);
    output.add(out);
    outLength += out.length;
    return true;
  });
  if (start === 0) return recordRun(text, options);
  const rest = recordIntoScratch(text.slice(start), options);
  joined.append(rest, text.length - start);
  output.add(rest.text);
  if (outLength + rest.text.length > outputLimit.maxLength) throw outputTooLong();
  try {
    return { text: output.text(), logs: joined.logs };
  } catch (error) {
    // Joining the pieces: the output may be longer than a string can be.
    throw asOutputTooLong(error);
  }
}
