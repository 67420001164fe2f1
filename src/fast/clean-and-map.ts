import type { ResolvedOptions } from '../options/types.js';
import { combiningClass } from '../unicode/canonical.js';
import { cleanUnicodeResolved } from '../unicode/clean-unicode.js';
import { joinsEmoji } from '../unicode/emoji.js';
import type { ExpandPolicy } from '../unicode/expand-forms.js';
import { isDigit } from '../unicode/marks/mark-flags.js';
import type { MarksPolicy } from '../unicode/marks/marks-scan.js';
import { isAlefHamza, strippedBy } from '../unicode/marks/vowels.js';
import { zwnjRunEnd, zwnjRunInsideWord } from '../unicode/redundant-zwnj.js';
import { tatweelKeptFrom, tatweelRunEnd } from '../unicode/tatweel.js';
import { BACK_ON_WORD, detachedHaraka, LEFT, REFERENCE } from './detached-haraka.js';
import {
  kernelCopyRun,
  kernelInputHolding,
  kernelOutput,
  kernelPosition,
  kernelSameUnits,
  kernelTakes,
} from './fused-kernel.js';
import { noteFusedOutput } from './fused-output-runs.js';
import { inputUnitsOf, releaseInputIfLarge } from './input-units.js';
import {
  hasHits,
  hitsNoted,
  mapLettersInBuffer,
  markComplex,
  recordHit,
  recordHitsIn,
  resetHits,
  writesLettersUnnoted,
} from './line-letters.js';
import {
  decode,
  ensureCapacity,
  releaseIfLarge,
  units,
  useBuffer,
  writeString,
} from './output-buffer.js';
import { lastMarksOutOfOrder, marksInWordEnd, sortableMarksInWordEnd } from './unchanged-prefix.js';
import {
  COPY,
  expansionOf,
  FARSI,
  FARSI_FORM,
  FLOW,
  FLOW_AFTER,
  FLOW_DROP,
  FLOW_INVERTED,
  FLOW_MARK,
  FLOW_SPACE,
  FLOW_STOP,
  FLOW_WRITES,
  FORM,
  flowStart,
  HARAKA_MARK,
  INVISIBLE,
  KEEP_MARKS,
  LINE_BREAK,
  MARK,
  SPACE,
  STRIP_MARKS,
  STRIP_MARKS_BUT_SHADDA,
  TATWEEL,
  unitActions,
  ZWNJ,
} from './unit-actions.js';

/*
 * Stages 1 and 2 in one left-to-right pass over code units, writing into one buffer. The common
 * work (letters copied, presentation forms expanded, invisible controls, ZWNJ, TATWEEL, spaces
 * and line breaks, Farsi letters, marks inside words) is done here; anything else (other marks,
 * surrogates, ligatures of several letters with marks...) sends the stretch of text between the
 * nearest clean seams to the reference passes of stage 1 (`cleanUnicodeResolved`), which stay the
 * specification: a differential property test holds the two equal. Stage 2 runs on each line as
 * stage 1 leaves it, when the line ends (`line-letters.ts`).
 *
 * A clean seam is a gap (spaces and line breaks) with a character that no pass of stage 1 or 2
 * touches on both sides, but not a digit before spaces alone: the marks pass reads a one-letter
 * word after a number as an abbreviation (`2018 م`), looking back over spaces with its `isDigit`.
 * No rule of stage 1 reaches across a seam (the stream's safe cuts rest on the same fact for line
 * breaks), so the text on either side may be processed apart; stage 2, which reads whole lines, runs when a line ends.
 *
 * The state of one call lives in module variables, so that a call creates no closure and no
 * object per unit (options policies only when the options object is not the last call's, one
 * string per line that stage 2 reads); the pass
 * calls no user code and nothing that calls it back, so it is never re-entered.
 */

const LF = 0x0a;
const CR = 0x0d;
const SPACE_UNIT = 0x20;
const ZWJ_UNIT = 0x200d;
const ZWNJ_UNIT = 0x200c;
const TATWEEL_UNIT = 0x0640;

let actions: Uint8Array = new Uint8Array(0);
/** Where the copy loop's table for the call's options starts in `FLOW` (`flowStart`). */
let flowAt = 0;
/** The copy loop's table for the call's options that stops at Farsi letters, for stage 2's notes. */
let noteFlowAt = 0;
/** The copy loop writes Farsi letters itself (`flowAt` is their table; see {@link writeFarsiUnnoted}). */
let writingFarsi = false;
let source = '';
/**
 * The code units of {@link source} (`input-units.ts`), which the loops over many units read (the
 * copy loop, the loop that starts its runs, the comparison of output and input): one load per
 * unit where `charCodeAt` asks each time how the string is stored. The actions, which run once
 * per unit they handle, read the string.
 */
let input: Uint16Array = new Uint16Array(0);
/** The call's input and output are in the kernel's memory (see {@link copyRunInKernel}). */
let inKernel = false;
let length = 0;
let options: Readonly<ResolvedOptions>;
let policy: ExpandPolicy;
let marksPolicy: MarksPolicy;
let deferred: 'remove' | 'space' | undefined;
let collapse = false;
let mapLetters = false;

/** Code units written to the output buffer. */
let pos = 0;
/**
 * Whether the output differs from the input (else the input itself is returned): set by the
 * actions as they write, and for the copy runs once at the end ({@link outputIsInput}).
 */
let changed = false;
/**
 * The last clean seam: where its text starts in the input and in the output (once the runs noted
 * since it are read, {@link resolveSeam}).
 */
let segmentStart = 0;
let segmentOut = 0;
/**
 * The runs copied by {@link copyRun} since the seam above was set, each as its start and end in
 * the input and its end in the output: a space in one is a later clean seam, looked for only when
 * a seam is needed (a stretch goes to the reference) or when the list is full.
 */
const RUNS = 128;
const runs = new Int32Array(3 * RUNS);
let runCount = 0;
/** Where the current line starts in the output (stage 2 decides the language of each line). */
let lineOut = 0;
/** A gap (spaces and line breaks, and what is removed among them) waiting to be written. */
let gapOpen = false;
let gapStart = 0;
let gapBreaks = 0;
/** Where the gap's first line break is written in the output (without collapsing). */
let gapBreakOut = 0;
let gapPure = true;
/** An invisible control or a ZWNJ was removed in the gap (see {@link lineSeam}). */
let gapDroppedControl = false;
let gapAfterCopy = false;
/** Where the last run of marks left inside its word ends (a gap there follows untouched text). */
let marksEnd = -1;
/**
 * Code units given to the reference passes ({@link fallback}) since the module was loaded.
 * @internal (for the tests of what the pass decides itself)
 */
export let unitsGivenToReference = 0;
/** The run of tatweels last decided: it ends at `tatweelsEnd`; those from `keptFrom` on stay. */
let tatweelsEnd = 0;
let keptFrom = 0;

/**
 * Stages 1 and 2 of `normalize` (without recorders): equal to
 * `mapFarsiLettersResolved(cleanUnicodeResolved(text, ...), ...)`, in one pass. `zwnjInStage2`
 * is what `run` defers to stage 2 (see `normalize.ts`).
 */
export function cleanAndMapLetters(
  text: string,
  resolved: Readonly<ResolvedOptions>,
  zwnjInStage2: 'remove' | 'space' | undefined,
): string {
  return fusedOutputString(text, cleanAndMapLettersInBuffer(text, resolved, zwnjInStage2));
}

/**
 * The output of {@link cleanAndMapLettersInBuffer} on `text` that ended at `end` in the output
 * buffer, as a string (`text` itself where `end` is -1); a very large buffer is given back once
 * it is read.
 */
export function fusedOutputString(text: string, end: number): string {
  const result = end < 0 ? text : decode(0, end);
  releaseIfLarge();
  return result;
}

/**
 * {@link cleanAndMapLetters} with its output left in the output buffer (`output-buffer.ts`), not
 * decoded: returns where it ends there (`units[0, end)`, noted as the fused output), or -1 when
 * the output is `text` itself. The caller decodes what it needs and gives a very large buffer back
 * (`releaseIfLarge`) once it has read it; the search folds fold it there first
 * (`fold-bare-letters.ts`), so that the fused output is never decoded as such.
 */
export function cleanAndMapLettersInBuffer(
  text: string,
  resolved: Readonly<ResolvedOptions>,
  zwnjInStage2: 'remove' | 'space' | undefined,
  from = 0,
): number {
  begin(text, resolved, zwnjInStage2);
  // No read-only gate first: `normalize` asks the whole pipeline's gate before (pipeline-gate.ts),
  // and where that says no, a gate of this pass read again what it had read, stopping at every
  // space and mark, where the copy loop passes them (a gate here made `normalize` 4% to 34%
  // slower on 4 KB documents whose first change comes late, and no faster on any text measured:
  // the copy loop and `outputIsInput` cost what it did where nothing changes).
  // Room for every input unit once, a pending space and a few expanded ones: each action below
  // makes room again before it writes more than it consumed.
  inKernel = kernelTakes(length);
  if (inKernel) {
    // The input and the output in the kernel's memory (fused-kernel.ts), which has room for
    // twice the input's length of output. The whole pipeline's gate, just before, wrote the
    // input's units there where it read them there.
    useBuffer(kernelOutput!);
    input = kernelInputHolding(text);
  } else {
    ensureCapacity(length + 16, 0);
    input = inputUnitsOf(text);
  }
  const i = from > 0 ? startAt(from) : 0;
  // In stretches, so that the loop's function is called many times per text and optimised once,
  // not first by on-stack replacement and then again whole during the first call (cold start).
  for (let k = i; k < length; ) k = passUntil(k, Math.min(k + STRETCH, length));
  finishText();
  // What the copy runs changed is not noted as they go (see `copyRun`): where nothing else was,
  // the output is read against the input once.
  if (!changed && !outputIsInput()) changed = true;
  source = '';
  releaseInputIfLarge();
  if (!changed) return -1;
  noteFusedOutput(pos);
  return pos;
}

/**
 * Starts the pass at `from`, a clean line start ({@link cleanLineStartBefore}) before which the
 * pass would write the input as it is: the output there is a copy of it, and the pass's state is
 * what it is after any clean seam with line breaks (`flushLineGap`): no gap open, the lines
 * before ended for stage 2 (with no Farsi letter, none was noted), the seam at `from`. Returns
 * `from`.
 */
function startAt(from: number): number {
  units.set(input.subarray(0, from), 0);
  pos = from;
  lineOut = from;
  segmentStart = from;
  segmentOut = from;
  return from;
}

/**
 * Where the fused pass may start on `text` whose units before `end` the whole pipeline's gate
 * read (`pipelineGateEnd`): the last line start before `end` such that one or two LINE FEEDs
 * stand between two COPY units there (a clean seam with line breaks, as `flushLineGap` makes
 * one: no rule of stages 1 and 2 at or after a letter reads back past it, and stage 2 maps each
 * line alone), looked for among the last few line breaks before `end`; 0 where there is none.
 * The gate read every unit before it and each as the passes leave it, the gap too.
 */
export function cleanLineStartBefore(text: string, end: number): number {
  const table = unitActions();
  let lineFeed = end - 2;
  for (let tries = 0; tries < LINE_STARTS_TRIED; tries++) {
    lineFeed = text.lastIndexOf('\n', lineFeed);
    if (lineFeed < 2) return 0;
    const start = lineFeed + 1;
    const gapStart = text.charCodeAt(lineFeed - 1) === LF ? lineFeed - 1 : lineFeed;
    if (
      gapStart > 0 &&
      table[text.charCodeAt(start)] === COPY &&
      table[text.charCodeAt(gapStart - 1)] === COPY
    ) {
      return start;
    }
    lineFeed = gapStart - 1;
  }
  return 0;
}

/** How many line breaks before the gate's end {@link cleanLineStartBefore} looks at. */
const LINE_STARTS_TRIED = 4;

/** Code units per call of {@link passUntil}: a few microseconds of work, a call each. */
const STRETCH = 4096;

/** Runs the pass from `i` until at least `stop`; returns where it stopped. */
function passUntil(i: number, stop: number): number {
  const inputUnits = input;
  while (i < stop) {
    const entry = FLOW[flowAt | inputUnits[i]!]!;
    if ((entry & NO_RUN_START) === 0) {
      if (gapOpen) flushGap(i);
      // A form or a kept TATWEEL before a mark ends a run where it starts: the pass writes it.
      const end = copyRun(i);
      i = end > i ? end : act(i);
    } else if ((entry & NO_SPACE_RUN_START) === 0 && !gapOpen && pos > 0) {
      // A space after a unit the pass wrote itself (a Farsi letter, marks...), where no gap is
      // open and not at the start of the output (where a collapsed gap writes nothing): the loop
      // writes it as the gap rules would, when it writes the unit after it.
      const end = copyRun(i);
      i = end > i ? end : act(i);
    } else {
      i = act(i);
    }
  }
  return i;
}

function begin(
  text: string,
  resolved: Readonly<ResolvedOptions>,
  zwnjInStage2: 'remove' | 'space' | undefined,
): void {
  actions = unitActions();
  source = text;
  length = text.length;
  options = resolved;
  deferred = zwnjInStage2;
  collapse = resolved.whitespace === 'collapse';
  mapLetters = resolved.farsiLetters !== 'keep';
  if (resolved !== policiesFor || zwnjInStage2 !== policiesDeferred) {
    makePolicies(resolved, zwnjInStage2);
  }
  // With Farsi letters kept, no line needs a note of them: the loop writes them from the start.
  noteFlowAt = flowStart(collapse, policy.removeTatweel, marksMode(policy), !mapLetters);
  flowAt = noteFlowAt;
  writingFarsi = !mapLetters;
  pos = 0;
  changed = false;
  segmentStart = 0;
  segmentOut = 0;
  runCount = 0;
  lineOut = 0;
  resetHits();
  gapOpen = false;
  gapBreaks = 0;
  tatweelsEnd = 0;
  keptFrom = 0;
  marksEnd = -1;
}

/** What the `diacritics` option does with marks, as the copy loop's tables are chosen by it. */
function marksMode(marks: Readonly<ExpandPolicy>): number {
  if (!marks.stripDiacritics) return KEEP_MARKS;
  return marks.stripShadda ? STRIP_MARKS : STRIP_MARKS_BUT_SHADDA;
}

/**
 * The options {@link policy} and {@link marksPolicy} were made for, with the `zwnjInStage2` they
 * were made with: a call with the same (read-only) options object, as every call with a preset
 * or one normaliser's, reuses them instead of making two objects (a tenth of a kilobyte of
 * garbage per call, which per 4 KB document adds up). Options that differ are a different
 * object (`resolveOptions` makes one per call unless they are a preset's), so they get their own.
 */
let policiesFor: Readonly<ResolvedOptions> | undefined;
let policiesDeferred: 'remove' | 'space' | undefined;

/** Makes the call's {@link policy} and {@link marksPolicy} for `resolved`. */
function makePolicies(
  resolved: Readonly<ResolvedOptions>,
  zwnjInStage2: 'remove' | 'space' | undefined,
): void {
  policy = {
    zwnj: zwnjInStage2 !== undefined ? 'keep' : resolved.zwnj,
    zwnjInWords: resolved.zwnj,
    removeTatweel: resolved.tatweel === 'remove',
    stripDiacritics: resolved.diacritics !== 'keep',
    stripShadda: resolved.diacritics === 'strip',
  };
  marksPolicy = {
    repair: resolved.repairDiacritics,
    stripDiacritics: policy.stripDiacritics,
    stripShadda: policy.stripShadda,
  };
  policiesFor = resolved;
  policiesDeferred = zwnjInStage2;
}

/**
 * In the copy loop's table: a unit no run starts or ends with (the loop leaves it, a space,
 * removed, a mark: a run's first unit is no mark's letter).
 */
const NO_RUN_START = FLOW_STOP | FLOW_SPACE | FLOW_DROP | FLOW_MARK;
/** ... but a space, which may start a run where no gap is open (see {@link passUntil}). */
const NO_SPACE_RUN_START = FLOW_STOP | FLOW_DROP | FLOW_MARK;

/**
 * Writes the run from `i` (a {@link COPY} unit or a form the loop writes) of units that the copy
 * loop's table (`flowStart`, unit-actions.ts) lets it write itself: COPY units, and the noise it
 * decides alike wherever it stands between them (forms of one letter, invisible controls, one
 * space, a TATWEEL before a letter); returns where it ends. The hot loop: whether to go on is one
 * test, of what the unit forbids after it against what the next unit is, so that no branch
 * depends on where words end (a branch per word, mispredicted, cost more than the loop's reads);
 * each unit is read once, as the next of the one before, and written as its entry says (nothing
 * for a removed one) without a branch.
 */
function copyRun(i: number): number {
  if (inKernel && units === kernelOutput) return copyRunInKernel(i);
  const at = flowAt;
  const codes = input;
  const buffer = units;
  const from = i;
  let p = pos;
  let entry = FLOW[at | codes[i]!]!;
  // Each unit is written when it is read, at `p`, and kept (`p` moves past it, unless it is
  // removed) only once the unit after it lets the loop go on: the unit itself need not be kept
  // in a variable from one step to the next. The buffer has room for one unit per unit left.
  // What an entry says is read as unit-actions.ts lays it out (see `FLOW_DROP` there): the unit
  // written is the unit XOR the entry shifted down, of which the 16-bit store keeps the unit.
  buffer[p] = codes[i]! ^ (entry >> FLOW_WRITES);
  // `| 0` on the positions (far below 2 ** 31: a string is shorter) lets the engine add without
  // checking for overflow, a compare and branch per unit each. No test for the text's end: the
  // line feeds after it in the input buffer (`inputUnitsOf`) stop the loop, which goes on past
  // the text's last unit (into the first of them) only where that unit would have been kept, and
  // reads no further than the second.
  // Four units a round, each step as the one before: the optimised loop checks again, at each
  // round, the arrays it reads and writes (their maps and where their memory is) and whether the
  // engine asks it to stop, and keeps its values in memory across those checks; within a round it
  // does neither. Four made `normalize` 1.06-1.07x faster on noisy text than two, and two
  // 1.04-1.06x faster than one; eight no faster than four.
  for (;;) {
    const u1 = codes[(i + 1) | 0]!;
    const e1 = FLOW[at | u1]!;
    if (((entry >> FLOW_AFTER) & (e1 ^ FLOW_INVERTED)) !== 0) break;
    p = (p + 1 - (entry & FLOW_DROP)) | 0;
    buffer[p] = u1 ^ (e1 >> FLOW_WRITES);
    const u2 = codes[(i + 2) | 0]!;
    const e2 = FLOW[at | u2]!;
    if (((e1 >> FLOW_AFTER) & (e2 ^ FLOW_INVERTED)) !== 0) {
      i = (i + 1) | 0;
      entry = e1;
      break;
    }
    p = (p + 1 - (e1 & FLOW_DROP)) | 0;
    buffer[p] = u2 ^ (e2 >> FLOW_WRITES);
    const u3 = codes[(i + 3) | 0]!;
    const e3 = FLOW[at | u3]!;
    if (((e2 >> FLOW_AFTER) & (e3 ^ FLOW_INVERTED)) !== 0) {
      i = (i + 2) | 0;
      entry = e2;
      break;
    }
    p = (p + 1 - (e2 & FLOW_DROP)) | 0;
    buffer[p] = u3 ^ (e3 >> FLOW_WRITES);
    const u4 = codes[(i + 4) | 0]!;
    const e4 = FLOW[at | u4]!;
    if (((e3 >> FLOW_AFTER) & (e4 ^ FLOW_INVERTED)) !== 0) {
      i = (i + 3) | 0;
      entry = e3;
      break;
    }
    p = (p + 1 - (e3 & FLOW_DROP)) | 0;
    buffer[p] = u4 ^ (e4 >> FLOW_WRITES);
    i = (i + 4) | 0;
    entry = e4;
  }
  // Whether the run wrote anything other than it read is not asked here but once at the end
  // (`outputIsInput`): a call made only until the output differs was made only at the start of a
  // text, before the engine kept this function's type feedback, so the optimised loop (compiled
  // by on-stack replacement too) was thrown away at the start of each later call (cold start).
  // A space written before a removed unit where the loop stops: that gap is the pass's to read.
  // Without a branch (rare, it would have no type feedback when the loop is optimised). Where the
  // loop stops at a removed unit it wrote the unit before, so `i - 1` is in the run; elsewhere it
  // is in the text (a run that starts with a space starts after the text's first unit).
  const back = entry & FLOW_DROP & ((FLOW[at | codes[i - 1]!]! & FLOW_SPACE) >> 1);
  i -= back;
  p -= back;
  pos = p;
  noteRun(from, i, p);
  return i;
}

/**
 * {@link copyRun} by the kernel's loop (fused-kernel.ts), the same steps in WebAssembly, where
 * the pass's input and its output buffer are in the kernel's memory (an output that outgrew it
 * went to a buffer of its own, which the loop above writes).
 */
function copyRunInKernel(i: number): number {
  const end = kernelCopyRun(i, pos, flowAt);
  const p = kernelPosition();
  pos = p;
  noteRun(i, end, p);
  return end;
}

/**
 * Whether the output written is the input itself, asked at the end where no action but the copy
 * runs noted a change: those runs only remove units or write one as another, and every other
 * action that writes what it did not read sets {@link changed}, so the two differ exactly when a
 * run changed a unit.
 */
function outputIsInput(): boolean {
  if (pos !== length) return false;
  if (inKernel && units === kernelOutput) return kernelSameUnits(length);
  const buffer = units;
  const codes = input;
  for (let k = 0; k < length; k++) if (buffer[k] !== codes[k]) return false;
  return true;
}

/** Notes the run `[from, end)` just copied, written up to `out` (see {@link runs}). */
function noteRun(from: number, end: number, out: number): void {
  if (runCount === RUNS) resolveSeam();
  const at = 3 * runCount++;
  runs[at] = from;
  runs[at + 1] = end;
  runs[at + 2] = out;
}

/**
 * Sets the last clean seam to the last one in the runs noted since it, if they hold one: a space
 * between two {@link COPY} units (or after marks left in their word: {@link marksEnd}, or a mark
 * the copy loop wrote alone after a COPY unit, {@link markLeftBefore}), not after a digit: a gap
 * the pass would have made a seam of.
 * Read backwards from the end of the last run, counting the units removed after the space.
 */
function resolveSeam(): void {
  const text = source;
  const table = actions;
  for (let r = runCount - 1; r >= 0; r--) {
    const from = runs[3 * r]!;
    const end = runs[3 * r + 1]!;
    let removedAfter = 0;
    for (let k = end - 1; k >= from; k--) {
      const unit = text.charCodeAt(k);
      if (
        table[unit] === SPACE &&
        (table[text.charCodeAt(k - 1)] === COPY || k === marksEnd || markLeftBefore(k)) &&
        table[text.charCodeAt(k + 1)] === COPY &&
        !isDigit(text.charCodeAt(k - 1))
      ) {
        segmentStart = k + 1;
        segmentOut = runs[3 * r + 2]! - (end - k - 1 - removedAfter);
        runCount = 0;
        return;
      }
      if ((FLOW[flowAt | unit]! & FLOW_DROP) !== 0) removedAfter++;
    }
  }
  runCount = 0;
}

/** Handles the code unit at `i`, which is not a {@link COPY} unit; returns where to go on. */
function act(i: number): number {
  const unit = source.charCodeAt(i);
  switch (actions[unit]) {
    case SPACE:
      return space(i, unit);
    case LINE_BREAK:
      return lineBreak(i, unit);
    case INVISIBLE:
      if (unit === ZWJ_UNIT && joinsEmoji(source, i)) return write(i, unit);
      return droppedControl(i);
    case ZWNJ:
      return zwnj(i);
    case TATWEEL:
      return tatweel(i);
    case FORM:
      return writeForm(i, unit);
    case FARSI_FORM:
      return writeFarsi(i, expansionOf(unit).charCodeAt(0));
    case FARSI:
      return writeFarsi(i, unit);
    case HARAKA_MARK:
      return gapOpen ? harakaAfterGap(i, unit) : marksInWord(i);
    case MARK:
      return marksInWord(i);
    default:
      return fallback(i);
  }
}

/** Writes `unit` (the input's unit at `i`, kept); returns `i + 1`. */
function write(i: number, unit: number): number {
  if (gapOpen) flushGap(i);
  units[pos++] = unit;
  return i + 1;
}

/**
 * Writes the marks from `i` when they stay where they are in their word (less those the
 * `diacritics` option strips), else the reference.
 */
function marksInWord(i: number): number {
  const end = sortableMarksInWordEnd(source, i, actions);
  if (end < 0) return fallback(i);
  const strip = policy.stripDiacritics;
  // Stripping a mark may bring a MADDA or HAMZA next to a letter it composes with: the reference.
  if (strip && holdsHamzaMark(i, end)) return fallback(i);
  const buffer = units;
  const from = pos;
  for (let k = i; k < end; k++) {
    const unit = source.charCodeAt(k);
    if (strip && strippedBy(policy, unit)) changed = true;
    else buffer[pos++] = unit;
  }
  if (lastMarksOutOfOrder()) sortMarksWritten(from);
  marksEnd = end;
  return end;
}

/**
 * Puts the marks written from `from` in NFC's order: by combining class, those of one class in
 * the order they came (an insertion sort: a run holds a few marks).
 */
function sortMarksWritten(from: number): void {
  const buffer = units;
  for (let k = from + 1; k < pos; k++) {
    const unit = buffer[k]!;
    const ccc = combiningClass(unit);
    let j = k;
    while (j > from && combiningClass(buffer[j - 1]!) > ccc) {
      buffer[j] = buffer[j - 1]!;
      j--;
    }
    buffer[j] = unit;
  }
  changed = true;
}

/**
 * The haraka `unit` at `i` follows a gap: when it stands alone between two gaps after a word, the
 * marks pass's own rule decides it here (`detached-haraka.ts`), else as any other mark.
 */
function harakaAfterGap(i: number, unit: number): number {
  const decision = detachedHaraka(source, actions, gapStart, i, marksPolicy);
  if (decision === REFERENCE) return marksInWord(i);
  if (decision === LEFT) return write(i, unit);
  if (decision !== BACK_ON_WORD) return removed(i);
  // Onto the letter before the gap, which goes (without collapsing, it was written as it came).
  if (!collapse) pos -= i - gapStart;
  gapOpen = false;
  units[pos++] = unit;
  changed = true;
  // The word now ends in a mark left on it, as if written so: a gap after it may be a seam.
  marksEnd = i + 1;
  return i + 1;
}

/** Whether the input `[i, end)` holds MADDA or HAMZA ABOVE/BELOW. */
function holdsHamzaMark(i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (isAlefHamza(source.charCodeAt(k))) return true;
  return false;
}

/** Writes the Farsi letter `letter` for the input's unit at `i`, noted for stage 2. */
function writeFarsi(i: number, letter: number): number {
  if (gapOpen) flushGap(i);
  if (mapLetters) {
    recordHit(pos);
    if (isPersianSign(letter)) signOfPersian();
  }
  if (letter !== source.charCodeAt(i)) changed = true;
  units[pos++] = letter;
  return i + 1;
}

/**
 * Farsi letters and ZWNJs noted in the current lines, after which, at a sign of Persian or Urdu
 * ({@link isPersianSign}, or a ZWNJ inside a word), the copy loop writes the Farsi letters that
 * map to one letter itself, unnoted, until the lines end: stage 2 finds them again in a line it
 * maps (`writesLettersUnnoted`, line-letters.ts), and a Persian or Urdu line, which it keeps, needs
 * no note of them. Such a line holds one every few words, where the loop stopped. An Arabic line
 * typed on a Persian keyboard, or with the look-alikes of the benchmark's noisy text, is mapped,
 * and finding its letters again cost more than the stops it saved (2-5% on the noisy documents
 * with HEH GOAL as a sign): it shows no sign, and keeps noting them.
 */
const NOTED_BEFORE_WRITING = 8;
/**
 * Whether the Farsi letter `letter` is one that Arabic text typed on a Persian or Urdu keyboard
 * has no use for: HEH WITH YEH ABOVE, TEH MARBUTA GOAL, YEH BARREE (with or without HAMZA) and AE,
 * bits of a mask from U+06C0 (not FARSI YEH, KEHEH, HEH DOACHASHMEE or HEH GOAL, which stand in
 * for Arabic letters).
 */
const isPersianSign = (letter: number) =>
  (letter - 0x06c0) >>> 0 < 22 && ((PERSIAN_SIGNS >> (letter - 0x06c0)) & 1) !== 0;
const PERSIAN_SIGNS = (1 << 0) | (1 << 3) | (1 << 18) | (1 << 19) | (1 << 21);

/**
 * A sign of Persian or Urdu was just noted (see {@link NOTED_BEFORE_WRITING}): once the lines have
 * noted enough hits, the copy loop writes Farsi letters itself. Asked at each sign only (an Arabic
 * line typed on a Persian keyboard has none, and pays nothing for this).
 */
function signOfPersian(): void {
  if (!writingFarsi && hitsNoted() >= NOTED_BEFORE_WRITING) writeFarsiUnnoted();
}

/** Switches the copy loop to its table that writes Farsi letters, for the rest of the lines. */
function writeFarsiUnnoted(): void {
  writingFarsi = true;
  flowAt = flowStart(collapse, policy.removeTatweel, marksMode(policy), true);
  writesLettersUnnoted(pos);
}

/** Writes what the presentation form at `i` stands for. */
function writeForm(i: number, unit: number): number {
  if (gapOpen) flushGap(i);
  const letters = expansionOf(unit);
  ensureCapacity(pos + letters.length + (length - i) + 16, pos);
  pos = writeString(letters, pos);
  changed = true;
  return i + 1;
}

/** The unit at `i` is removed: a gap open around it is no longer one run of the input. */
function removed(i: number): number {
  changed = true;
  gapPure = false;
  return i + 1;
}

/** The invisible control or ZWNJ at `i` is removed (see {@link lineSeam}). */
function droppedControl(i: number): number {
  changed = true;
  gapDroppedControl = true;
  return i + 1;
}

/** Opens a gap at `i` unless one is open. */
function openGap(i: number): void {
  if (gapOpen) return;
  gapOpen = true;
  gapStart = i;
  gapBreaks = 0;
  gapPure = true;
  gapDroppedControl = false;
  // A run of marks left in its word is untouched text: marksInWordEnd read what follows it.
  gapAfterCopy =
    i > 0 && (actions[source.charCodeAt(i - 1)] === COPY || i === marksEnd || markLeftBefore(i));
}

/**
 * Whether the unit before `i` is a mark the copy loop may have written alone after a COPY unit
 * (`FLOW_MARK` in its table), which it left in its word: the gap at `i` follows untouched text,
 * as after a run `marksInWord` leaves (see `FLOW_MARK` in unit-actions.ts).
 */
function markLeftBefore(i: number): boolean {
  return (
    i > 1 &&
    (FLOW[flowAt | source.charCodeAt(i - 1)]! & FLOW_MARK) !== 0 &&
    actions[source.charCodeAt(i - 2)] === COPY
  );
}

function space(i: number, unit: number): number {
  if (!collapse) {
    // Spaces are kept as they are; a gap is still followed, for the seams it may make.
    openGap(i);
    units[pos++] = unit;
    return i + 1;
  }
  openGap(i);
  if (unit !== SPACE_UNIT) changed = true;
  return i + 1;
}

function lineBreak(i: number, unit: number): number {
  // A CR and an LF that the first pass brings together are one line break: the reference.
  if (unit === CR && i + 1 < length && removable(actions[source.charCodeAt(i + 1)]!)) {
    return fallback(i);
  }
  openGap(i);
  const end = unit === CR && source.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  if (unit !== LF) changed = true;
  if (!collapse) {
    if (gapBreaks === 0) gapBreakOut = pos;
    units[pos++] = LF;
  }
  gapBreaks++;
  return end;
}

/**
 * Writes the open gap before the unit at `i`: under `whitespace: 'collapse'`, nothing at the start
 * of the text, else one space (without collapsing, the gap was written as it came); a gap with
 * line breaks is {@link flushLineGap}'s. A gap between two {@link COPY} units with nothing removed
 * in it is a clean seam. The gap of spaces alone, the commonest, is kept apart from the one with
 * line breaks, which ends lines for stage 2: the engine inlined stage 2's mapping of a line into
 * this function, and compiled it with it, where most calls do not reach it.
 */
function flushGap(i: number): void {
  if (gapBreaks > 0) {
    flushLineGap(i);
    return;
  }
  gapOpen = false;
  const clean =
    gapPure &&
    gapAfterCopy &&
    !gapDroppedControl &&
    actions[source.charCodeAt(i)] === COPY &&
    !isDigit(source.charCodeAt(gapStart - 1));
  if (collapse) {
    const from = pos;
    if (pos > 0) units[pos++] = SPACE_UNIT;
    if (!changed && !sameAsInput(from, gapStart, i)) changed = true;
  }
  if (clean) {
    segmentStart = i;
    segmentOut = pos;
    runCount = 0;
  }
}

/**
 * Writes the open gap with line breaks before the unit at `i`: under `whitespace: 'collapse'`,
 * nothing at the start of the text, else `\n` or `\n\n` (without collapsing, the gap was written
 * as it came). A {@link lineSeam} is a clean seam, and ends the lines before it for stage 2, which
 * no later stretch given to the reference can reach back into.
 */
function flushLineGap(i: number): void {
  gapOpen = false;
  const clean = gapPure && gapAfterCopy && lineSeam(actions[source.charCodeAt(i)]!);
  if (collapse) {
    if (clean) endLines(pos, i);
    const from = pos;
    if (pos > 0) {
      units[pos++] = LF;
      if (gapBreaks > 1) units[pos++] = LF;
    }
    if (!changed && !sameAsInput(from, gapStart, i)) changed = true;
  } else if (clean) {
    endLines(gapBreakOut, i);
  }
  // Lines that end at a gap that is not a clean seam are read whole with the next one.
  if (!clean && mapLetters) markComplex();
  if (clean) {
    lineOut = pos;
    segmentStart = i;
    segmentOut = pos;
    runCount = 0;
  }
}

/**
 * Whether a gap with line breaks after a {@link COPY} unit, before a unit with action `next`, is a
 * clean seam, though invisible controls or ZWNJs were removed in it: once the forms pass has
 * removed them (as this pass did), the marks and gaps passes read a gap of spaces and line breaks
 * after a letter, as at any clean seam with line breaks, and no rule of stage 1 at or after the
 * next unit reads back past it when it is a letter: a {@link COPY} unit, a Farsi letter (which
 * stage 1 leaves) or a presentation form of letters ({@link FORM}, {@link FARSI_FORM}). Lines
 * often start so in noisy text; a line that ends at a seam is mapped in the buffer, not decoded
 * and read again whole with the next one.
 */
function lineSeam(next: number): boolean {
  return next === COPY || next === FARSI || next === FORM || next === FARSI_FORM;
}

/** Whether the output from `from` to `pos` equals the input `[start, end)`. */
function sameAsInput(from: number, start: number, end: number): boolean {
  if (pos - from !== end - start) return false;
  for (let k = 0; k < end - start; k++) {
    if (units[from + k] !== source.charCodeAt(start + k)) return false;
  }
  return true;
}

function finishText(): void {
  if (!gapOpen) {
    endLines(pos, length);
    return;
  }
  gapOpen = false;
  if (!collapse) {
    endLines(gapBreaks > 0 ? gapBreakOut : pos, length);
    return;
  }
  endLines(pos, length);
  // A gap at the end of the text: nothing, or one line break when it holds some.
  const from = pos;
  if (pos > 0 && gapBreaks > 0) units[pos++] = LF;
  if (!changed && !sameAsInput(from, gapStart, length)) changed = true;
}

/**
 * Stage 2 on the lines from `lineOut` to `end` (see `line-letters.ts`), when they may have work;
 * what was written after `end` (a gap, without collapsing) moves with it. `i`: input read so far.
 */
function endLines(end: number, i: number): void {
  if (!hasHits()) return;
  // A Farsi letter was read: whether it was mapped or kept, the output is decoded.
  changed = true;
  const tailLength = pos - end;
  if (tailLength > 0) keepTail(end, tailLength);
  const reserve = tailLength + (length - i) + 16;
  const mappedEnd = mapLettersInBuffer(lineOut, end, options, deferred, reserve);
  pos = tailLength > 0 ? writeTail(mappedEnd, tailLength) : mappedEnd;
  // The next lines start with Farsi letters noted again.
  if (writingFarsi && mapLetters) {
    writingFarsi = false;
    flowAt = noteFlowAt;
  }
}

/**
 * The gap written after the lines {@link endLines} maps (without collapsing), kept aside as code
 * units while stage 2 maps them: the mapping may move the lines' end, and a larger buffer keeps
 * only what comes before the lines. A string of them (decoded, then written back) cost a call to
 * the decoder per line end: about 3% of `minimal` on the bench's noisy 4 KB documents.
 */
let tail = new Uint16Array(64);
/** The longest {@link tail} kept from one line end to the next. */
const TAIL_KEPT_UNITS = 1 << 12;

/** Keeps `units[from, from + count)` in {@link tail}. */
function keepTail(from: number, count: number): void {
  if (tail.length < count) tail = new Uint16Array(Math.max(count, 2 * tail.length));
  const kept = tail;
  const buffer = units;
  for (let k = 0; k < count; k++) kept[k] = buffer[from + k]!;
}

/**
 * Writes the `count` units kept by {@link keepTail} at `at`; returns where they end. A long gap's
 * copy is let go, so that one text does not pin its memory.
 */
function writeTail(at: number, count: number): number {
  const kept = tail;
  const buffer = units;
  for (let k = 0; k < count; k++) buffer[at + k] = kept[k]!;
  if (kept.length > TAIL_KEPT_UNITS) tail = new Uint16Array(64);
  return at + count;
}

function zwnj(i: number): number {
  if (policy.zwnj === 'remove') return droppedControl(i);
  if (policy.zwnj === 'space') return zwnjAsSpace(i);
  const end = zwnjRunEnd(source, i);
  if (!zwnjRunInsideWord(source, i, end)) {
    if (policy.zwnjInWords === 'space') {
      zwnjAsSpace(i);
      return end;
    }
    droppedControl(i);
    return end;
  }
  if (gapOpen) flushGap(i);
  units[pos++] = ZWNJ_UNIT;
  if (end - i > 1) changed = true;
  if (deferred !== undefined) {
    recordHit(pos - 1);
    signOfPersian();
  }
  return end;
}

/** A ZWNJ written as a space: a space of the gap it joins. */
function zwnjAsSpace(i: number): number {
  changed = true;
  if (!collapse) {
    if (gapOpen) flushGap(i);
    units[pos++] = SPACE_UNIT;
    return i + 1;
  }
  openGap(i);
  gapPure = false;
  return i + 1;
}

function tatweel(i: number): number {
  if (!policy.removeTatweel) return write(i, TATWEEL_UNIT);
  if (i >= tatweelsEnd) {
    tatweelsEnd = tatweelRunEnd(source, i, policy);
    keptFrom = tatweelKeptFrom(source, i, tatweelsEnd, policy);
  }
  return i >= keptFrom ? write(i, TATWEEL_UNIT) : removed(i);
}

/**
 * The unit at `i` needs the reference: the text from the last clean seam to the next one goes
 * through the reference passes of stage 1 (stage 2 follows on the whole line, when it ends), and
 * the pass goes on after it.
 */
function fallback(i: number): number {
  resolveSeam();
  const end = nextSeam(i);
  // A seam after marks left in their word (`marksLeftBefore`): the gap after them is read as after
  // `marksInWord`, so that it may be the next stretch's start.
  if (end < length && isMarkAction(actions[source.charCodeAt(end - 1)]!)) marksEnd = end;
  const piece = source.slice(segmentStart, end);
  unitsGivenToReference += piece.length;
  const out = cleanUnicodeResolved(piece, options, undefined, deferred !== undefined);
  ensureCapacity(segmentOut + out.length + (length - end) + 16, segmentOut);
  pos = writeString(out, segmentOut);
  if (out !== piece) changed = true;
  gapOpen = false;
  // Stage 2 reads what the stretch holds (a seam follows it: nothing joins its last letter).
  if (mapLetters) recordHitsIn(segmentOut, pos, deferred !== undefined);
  return end;
}

/**
 * Where the gap of the next clean seam at or after `from` starts (or the text's end): spaces and
 * line breaks with a {@link COPY} unit on both sides, or after a run of marks left in its word
 * (see {@link marksLeftBefore}), as the gap after such a run counts where the pass reads it.
 */
function nextSeam(from: number): number {
  const table = actions;
  const text = source;
  let k = from;
  while (k < length) {
    if (!isGapUnit(table[text.charCodeAt(k)]!)) {
      k++;
      continue;
    }
    const start = k;
    let end = k + 1;
    while (end < length && isGapUnit(table[text.charCodeAt(end)]!)) end++;
    if (end >= length) return length;
    // "Not after a digit" keeps this the seam the module comment defines. Here it cannot change
    // the output: the stretch given to the reference ends at this gap, the last clean seam stays
    // before the stretch, and `flushGap` (with the same digit test) makes no seam of the gap, so a
    // later stretch reads the digit again (a mutation without it: 0 differences in 1.5M texts).
    if (
      start > from &&
      (table[text.charCodeAt(start - 1)] === COPY || marksLeftBefore(from, start)) &&
      table[text.charCodeAt(end)] === COPY &&
      (holdsLineBreak(start, end) || !isDigit(text.charCodeAt(start - 1)))
    ) {
      return start;
    }
    k = end;
  }
  return length;
}

/**
 * Whether the units before `start` (a gap), after `from`, are a run of marks that the marks pass
 * leaves in its word: `marksInWordEnd` from the first of them ends at `start`, the test after
 * which the pass notes {@link marksEnd} and counts the gap after the run as after a COPY unit. In
 * vowelled text most words end so, and a stretch given to the reference ran on to the next word
 * without a mark at its end, often lines further.
 */
function marksLeftBefore(from: number, start: number): boolean {
  let first = start;
  while (first > from && isMarkAction(actions[source.charCodeAt(first - 1)]!)) first--;
  return first < start && marksInWordEnd(source, first, actions) === start;
}

const isMarkAction = (action: number) => action === HARAKA_MARK || action === MARK;

/** Whether the gap `[start, end)` holds a line break. */
function holdsLineBreak(start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (actions[source.charCodeAt(k)] === LINE_BREAK) return true;
  return false;
}

/** Actions of units the first pass may remove, bringing what stands around them together. */
const removable = (action: number) =>
  action === INVISIBLE || action === ZWNJ || action === TATWEEL || action >= HARAKA_MARK;

const isGapUnit = (action: number) => action === SPACE || action === LINE_BREAK;
