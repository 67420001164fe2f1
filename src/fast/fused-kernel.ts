/**
 * The fused pass's kernel: the loops of `normalize` in WebAssembly (wasm/fused-kernel.wat), the
 * hot loop of the whole pipeline's gate (`passedRunEnd` in unchanged-prefix.ts, over the text's
 * units that the fused pass then reads: {@link kernelInputHolding}), the copy loop (`copyRun` in
 * clean-and-map.ts) and the end-of-text comparison of its output with its input
 * (`outputIsInput` there), the scan that tells a Persian or Urdu line
 * (`isPersianLineInUnits`, which stage 2 asks of each line with Farsi letters) and the word loop
 * of stage 3's cover over the fused output (`coverUntil` in src/punctuation/cover.ts), with the
 * memory they work in: their tables, the pass's input and its output buffer. The recorded
 * pipeline's readers use the same memory between fused passes: stage 3's gate and the letters
 * pass copy a string they are given into the input buffer ({@link unitsCopyOf}) and read its
 * words and lines there (`coverWords`, `persianLineAt`). Where the runtime runs
 * WebAssembly (Node, Deno, Bun and browsers do), the fused pass copies a text of up to
 * {@link KERNEL_MAX_UNITS} code units into that memory, writes its output there (`units` of
 * output-buffer.ts is then a view of it, read by every other reader as before), has each run
 * copied and each line scanned by the module; where it does not (no `WebAssembly`, a policy that
 * forbids compiling it, a big-endian engine), for a longer text, or once the output outgrew the
 * buffer, the JavaScript loops run, as before. The two make the same output
 * (test/fast/clean-and-map.test.ts runs its properties for both; test/fast/fused-kernel.test.ts).
 *
 * Why: the copy loop and the line scan are about 30% and 15% of `normalize`'s time on noisy text.
 * The engine runs a WebAssembly loop without the checks it keeps in an optimised JavaScript one
 * (each array's map and bounds, an interrupt test each round), and compiles it when it is
 * instantiated rather than after many calls. On the bench's noisy text (Node 20, CPU time,
 * separate processes) the copy loop alone made `normalize` about 1.07-1.24x as fast at 100 KB
 * in every preset and 1.00-1.10x per 4 KB document; the scan about 1.04x more (`standard`).
 * Taking eight letters and spaces a step with SIMD in the copy loop made it 1.05-1.07x as fast
 * again (same-process A/B); the cover's words four at a time 1.03-1.06x (`standard`), 0.99-1.04x
 * (`minimal`). Later changes (each in the .wat's comments, measured same-process on the bench's
 * 271 noisy 4 KB documents, which the branch predictor cannot learn as it learns one 100 KB
 * text timed over and over): an eight that holds another unit taken up to it, 1.07x; the cover
 * passing lone full stops and commas, 1.02-1.03x; the eights taking punctuation, digits and
 * ARABIC COMMA, 1.02-1.03x. The gate's loop with eights: clean text about 2.1x.
 *
 * The module is compiled at the first text the fused pass takes (not at import: it costs about a
 * tenth of a millisecond, and a program may never normalise). Its memory has a fixed size (13 MB,
 * of which only the pages written take memory; see the .wat for why it never grows).
 */

import { lineScanTables } from '../letters/persian-passages.js';
import { coverUnitBits } from '../punctuation/unchanged.js';
import { COPIED_FROM, copiedUnitsOf, holdsWrittenEnd, writeInput } from './input-units.js';
import { FLOW, FLOW_AFTER, FLOW_DROP, FLOW_INVERTED, FLOW_WRITES } from './unit-actions.js';
import { isLittleEndian, type UnitBytes, unitBytesOver } from './unit-bytes.js';
import { FUSED_KERNEL_WASM } from './wasm/fused-kernel.generated.js';

/** The longest text the kernel takes, in code units (its memory holds 2 MB of input). */
export const KERNEL_MAX_UNITS = 1 << 20;

/** What the module exports (wasm/fused-kernel.wat). */
interface FusedKernelModule {
  readonly memory: { readonly buffer: ArrayBuffer };
  readonly position: { readonly value: number };
  readonly input: { readonly value: number };
  readonly inputCapacity: { readonly value: number };
  readonly output: { readonly value: number };
  readonly outputCapacity: { readonly value: number };
  readonly unitFlags: { readonly value: number };
  readonly nextStates: { readonly value: number };
  readonly stateEvidence: { readonly value: number };
  readonly wordScores: { readonly value: number };
  readonly untouched: { readonly value: number };
  readonly copyRun: (i: number, p: number, at: number, eights: number) => number;
  readonly persianLine: (start: number, end: number) => number;
  readonly coverWords: (base: number, k: number, end: number, n: number, styles: number) => number;
  readonly persianLineAt: (base: number, start: number, end: number, at: number) => number;
  readonly sameUnits: (n: number) => number;
  readonly gateClasses: { readonly value: number };
  readonly gateRun: (
    i: number,
    n: number,
    before: number,
    passes: number,
    passing: number,
    eights: number,
  ) => number;
}

/** The part of the `WebAssembly` namespace used here. */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: object };
}

/** The instantiated module; `null` where it cannot be, `undefined` until first asked. */
let kernel: FusedKernelModule | null | undefined;
/** Off in tests that compare its loops with the JavaScript ones (see {@link useFusedKernel}). */
let enabled = true;

/** The output buffer in the memory (`outputCapacity` units): what `units` is while the kernel runs. */
export let kernelOutput: Uint16Array<ArrayBuffer> | undefined;
let input = new Uint16Array(0);
let inputBytes: UnitBytes | null = null;
let position = new Int32Array(1);
let tables = new Int32Array(0);
/**
 * For each table of FLOW (by its index): 0 until it is copied into the memory, then 1 plus
 * {@link eightsTaken} of it.
 */
let tablesCopied = new Uint8Array(0);

/** Output room the memory has beyond twice the longest input (forms may expand). */
const OUTPUT_SLACK = 1024;

/** Whether the kernel takes a text of `length` code units (instantiated at the first text). */
export function kernelTakes(length: number): boolean {
  if (!enabled || length > KERNEL_MAX_UNITS) return false;
  return (kernel === undefined ? instantiate() : kernel) !== null;
}

/** The text's code units in the memory, followed by two line feeds (`writeInput`). */
export function kernelInputOf(text: string): Uint16Array<ArrayBuffer> {
  inputText = text;
  return writeInput(text, input, inputBytes);
}

/** The text {@link kernelInputOf} wrote last. */
let inputText: string | undefined;

/**
 * {@link kernelInputOf}, but the units are not written again where they are there: the text
 * written last (by the whole pipeline's gate, just before the fused pass) with the two line
 * feeds after it. Strings do not change; the check of the line feeds is for a reader that
 * wrote after a text (tests do).
 */
export function kernelInputHolding(text: string): Uint16Array<ArrayBuffer> {
  const n = text.length;
  if (text === inputText && holdsWrittenEnd(input, n)) return input;
  return kernelInputOf(text);
}

/**
 * The whole pipeline's gate (`passedRunEnd` in unchanged-prefix.ts) by the kernel's `gateRun`,
 * over the text {@link kernelInputOf} wrote last: where the run of units that pass from `i`
 * ends, `n` the text's length. `classes`: the gate's class table (copied into the memory at the
 * first call: it never changes once built); `eights`: whether the loop may take eight letters
 * and spaces at a time (`gateEightsTaken` there).
 */
export function kernelGateRun(
  classes: Uint32Array,
  i: number,
  n: number,
  before: number,
  passes: number,
  passing: number,
  eights: number,
): number {
  if (!gateClassesCopied) copyGateClasses(classes);
  return kernel!.gateRun(i, n, before, passes, passing, eights);
}

let gateClassesCopied = false;

function copyGateClasses(classes: Uint32Array): void {
  new Uint32Array(kernelMemory!, kernel!.gateClasses.value, classes.length).set(classes);
  gateClassesCopied = true;
}

/**
 * The module's `copyRun`: the run from input unit `i`, written from output position `p` with the
 * table at `at` of FLOW (eight letters and spaces at a time where {@link eightsTaken} of it);
 * returns where it ends ({@link kernelPosition}: where the output stands).
 */
export function kernelCopyRun(i: number, p: number, at: number): number {
  const copied = tablesCopied[at >>> 16]!;
  return kernel!.copyRun(i, p, at, copied === 0 ? copyTable(at) : copied - 1);
}

/**
 * Whether the first `n` code units of the kernel's output are those of its input (the module's
 * `sameUnits`: eight at a time).
 */
export const kernelSameUnits = (n: number): boolean => kernel!.sameUnits(n) === 1;

/** Where the output stood after the last {@link kernelCopyRun}. */
export const kernelPosition = (): number => position[0]!;

/** What {@link kernelPersianLine} answers where the host must read the line itself. */
export const READ_IN_JAVASCRIPT = 2;
let lineScanCopied = false;

/**
 * Whether `units` is the kernel's output buffer (while the kernel is on): a line of it may be read
 * by {@link kernelPersianLine}.
 */
export const inKernelOutput = (units: Uint16Array): boolean => enabled && units === kernelOutput;

/**
 * `isPersianLineInUnits` on the kernel's output units `[start, end)` (see
 * {@link inKernelOutput}): 1 or 0, or {@link READ_IN_JAVASCRIPT} where a word of the line is
 * spelt out of line (a presentation form, a composing mark).
 */
export function kernelPersianLine(start: number, end: number): number {
  if (!lineScanCopied) copyLineScanTables();
  return kernel!.persianLine(start, end);
}

let untouchedCopied = false;
/**
 * The memory's `ArrayBuffer`, once instantiated (it never changes: the memory never grows). Read
 * here rather than through `memory.buffer`, a getter the engine calls at each read.
 */
let kernelMemory: ArrayBuffer | undefined;

/**
 * Where `units[0]` is in the kernel's memory, in bytes (the output buffer, or the input where
 * {@link kernelCopyOf} filled it), while the kernel is on; else -1.
 */
export function kernelUnitsAt(units: Uint16Array): number {
  return enabled && units.buffer === kernelMemory ? units.byteOffset : -1;
}

/**
 * Stage 3's cover over the words (unit pairs) of the `n` units from byte `at` of the kernel's
 * memory ({@link kernelUnitsAt}) from word `k`: the first word before `end` that holds a unit that
 * is neither untouched nor a lone mark (`loneMarkEndInUnits`, with the punctuation style whose
 * bit in `LONE_MARK_BITS` `styles` holds; none without one) nor a double quote whose role its
 * neighbours tell and which the quote style whose bit in `QUOTE_PASS_BITS` `styles` holds keeps
 * (none without one) nor one of `KERNEL_OPENING_BRACKETS` and `KERNEL_CLOSING_BRACKETS` beside an
 * Arabic letter nor, where `styles` holds `DASHES_KEPT_BIT`, one of `KERNEL_DASHES`, or whose two
 * units are equal, else `end` (`coverUntil` in src/punctuation/cover.ts reads the words so).
 */
export function kernelCoverWords(
  at: number,
  k: number,
  end: number,
  n: number,
  styles: number,
): number {
  if (!untouchedCopied) copyUntouched();
  return kernel!.coverWords(at, k, end, n, styles);
}

/**
 * The code units of `text` in the kernel's input buffer (with two line feeds after them), for a
 * reader outside the fused pass that reads them there with the kernel's loops; `null` where the
 * kernel does not take the text. Only between fused passes: the next one writes its own input
 * there. Not written again where the input holds them ({@link kernelInputHolding}): stage 3 on
 * a text that stages 1 and 2 left as it is reads the units the gate wrote.
 */
export function kernelCopyOf(text: string): Uint16Array | null {
  return kernelTakes(text.length) ? kernelInputHolding(text) : null;
}

/**
 * `copiedUnitsOf` (input-units.ts) for the readers that the kernel's loops may read for (stage
 * 3's gate given a string, the letters pass when it records): for a text of at least
 * `COPIED_FROM` units, its code units in the kernel's input buffer ({@link kernelCopyOf}) where
 * the kernel takes it, else a native copy where the runtime makes one, else `null`.
 */
export function unitsCopyOf(text: string): Uint16Array | null {
  if (text.length < COPIED_FROM) return null;
  return kernelCopyOf(text) ?? copiedUnitsOf(text);
}

/**
 * `isPersianLineOfUnits(units, length, from, at)` (persian-passages.ts) by the kernel, where
 * `units` is in its memory: the end of the line read times two, plus 1 where it is Persian or
 * Urdu; -1 where the host must read it itself (not in the memory, or a word spelt out of line).
 */
export function kernelPersianLineOfUnits(
  units: Uint16Array,
  length: number,
  from: number,
  at: number,
): number {
  const base = kernelUnitsAt(units);
  if (base < 0) return -1;
  if (!lineScanCopied) copyLineScanTables();
  return kernel!.persianLineAt(base, from, length, at);
}

/**
 * Turns the kernel off (and on again): for tests that compare it with the JavaScript loops.
 * Returns whether it was on.
 */
export function useFusedKernel(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

function instantiate(): FusedKernelModule | null {
  kernel = null;
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  const fromBase64 = (globalThis as { atob?: (text: string) => string }).atob;
  // The memory is little-endian; the views read it in the engine's order.
  if (api === undefined || fromBase64 === undefined || !isLittleEndian()) return null;
  try {
    const binary = fromBase64(FUSED_KERNEL_WASM);
    const bytes = new Uint8Array(binary.length);
    for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
    const module = new api.Instance(new api.Module(bytes)).exports as FusedKernelModule;
    if (
      module.inputCapacity.value >= KERNEL_MAX_UNITS + 2 &&
      module.outputCapacity.value >= 2 * KERNEL_MAX_UNITS + OUTPUT_SLACK
    ) {
      makeViews(module);
      kernel = module;
    }
  } catch {
    // A policy that forbids compiling WebAssembly (a page's Content-Security-Policy), or no memory.
  }
  return kernel;
}

function makeViews(module: FusedKernelModule): void {
  const memory = module.memory.buffer;
  kernelMemory = memory;
  const output = module.output.value;
  tables = new Int32Array(memory, 0, FLOW.length);
  position = new Int32Array(memory, module.position.value, 1);
  input = new Uint16Array(memory, module.input.value, module.inputCapacity.value);
  inputBytes = unitBytesOver(input);
  kernelOutput = new Uint16Array(memory, output, module.outputCapacity.value);
  // Made here, not at import: the modules that import this one may be read before unit-actions.ts.
  tablesCopied = new Uint8Array(FLOW.length >> 16);
}

/** Copies the line scan's tables into the memory (built once, at the first line scanned). */
function copyLineScanTables(): void {
  const module = kernel!;
  const memory = kernelMemory!;
  const [flags, next, evidence, scores] = lineScanTables();
  new Uint16Array(memory, module.unitFlags.value, flags.length).set(flags);
  new Uint8Array(memory, module.nextStates.value, next.length).set(next);
  new Uint8Array(memory, module.stateEvidence.value, evidence.length).set(evidence);
  new Uint8Array(memory, module.wordScores.value, scores.length).set(scores);
  lineScanCopied = true;
}

/**
 * Copies stage 3's untouched units, with the bits of the lone marks, the commas and the quotes
 * each quote style keeps, into the memory (`coverUnitBits`, made at the first use).
 */
function copyUntouched(): void {
  const module = kernel!;
  const table = coverUnitBits();
  new Uint8Array(kernelMemory!, module.untouched.value, table.length).set(table);
  untouchedCopied = true;
}

/**
 * Copies FLOW's table at `at` into the memory (a table never changes once it is built); returns
 * {@link eightsTaken} of it.
 */
function copyTable(at: number): number {
  tables.set(FLOW.subarray(at, at + 0x10000), at);
  const eights = eightsTaken(at);
  tablesCopied[at >>> 16] = 1 + eights;
  return eights;
}

/**
 * The letters the kernel's copy loop takes eight at a time (with SPACE): U+0621-U+063A,
 * U+0641-U+064A, the letters of Arabic prose (TATWEEL and the Persian yehs and kehehs between
 * them are not: their entries differ).
 * @internal (exported for the tests, which hold the .wat's ranges to it)
 */
export const EIGHTS_LETTERS: readonly (readonly [number, number])[] = [
  [0x0621, 0x063a],
  [0x0641, 0x064a],
];

/**
 * What the copy loop may take eight units at once with FLOW's table at `at`: 0 nothing; 1 the
 * letters of {@link EIGHTS_LETTERS} and SPACE, where every letter has the entry of
 * {@link EIGHTS_LETTER}, which writes it as it is, keeps it and lets such a letter or a SPACE
 * follow, and SPACE's entry writes it as it is, keeps it and lets such a letter follow; 3 those
 * and the units of {@link EIGHTS_SAME_UNITS} too, where each has the entry of FULL STOP, which
 * writes it as it is, keeps it and lets anything of the three follow, and which the letter and
 * SPACE let follow. The steps then write eight such units (no two spaces side by side) as they
 * are, when the unit before them is one of them.
 * @internal (exported for the tests)
 */
export function eightsTaken(at: number): number {
  const letter = FLOW[at | EIGHTS_LETTER]!;
  if (!everyUnitHas(FLOW, at, EIGHTS_LETTERS, letter)) return 0;
  const space = FLOW[at | SPACE]!;
  const letters =
    writtenAsItIs(letter) &&
    writtenAsItIs(space) &&
    mayFollow(letter, letter) &&
    mayFollow(letter, space) &&
    mayFollow(space, letter);
  if (!letters) return 0;
  const same = FLOW[at | FULL_STOP]!;
  const sameUnits =
    everyUnitHas(FLOW, at, EIGHTS_SAME_UNITS, same) &&
    writtenAsItIs(same) &&
    mayFollow(same, same) &&
    mayFollow(same, letter) &&
    mayFollow(same, space) &&
    mayFollow(letter, same) &&
    mayFollow(space, same);
  return sameUnits ? 3 : 1;
}

/**
 * Whether every unit of `ranges` has `entry` in the table of 65,536 entries that starts at `at`
 * in `tables` (FLOW's copy-loop tables; the gate's classes, at 0): where the kernel's eights may
 * read them all as one.
 */
export function everyUnitHas(
  tables: Int32Array | Uint32Array,
  at: number,
  ranges: readonly (readonly [number, number])[],
  entry: number,
): boolean {
  for (const [first, last] of ranges) {
    for (let unit = first; unit <= last; unit++) if (tables[at | unit] !== entry) return false;
  }
  return true;
}

/**
 * Units besides the letters that the kernel's copy loop takes eight at a time where the table
 * writes them as they are (see {@link eightsTaken}): ASCII punctuation and digits (`!` to `@`)
 * and ARABIC COMMA, the units that most often stood in an eight of Arabic prose (full stops,
 * commas, quotation marks, digits; about a third of the units that ended one on the bench's
 * noisy text). Stage 1 writes each as it is in every preset; stage 3 reads them after it.
 * @internal (exported for the tests, which hold the .wat's ranges to it)
 */
export const EIGHTS_SAME_UNITS: readonly (readonly [number, number])[] = [
  [0x0021, 0x0040],
  [0x060c, 0x060c],
  [0x0660, 0x0669],
];

/** Whether a unit with the copy loop's `entry` is written as it is and kept. */
const writtenAsItIs = (entry: number): boolean =>
  ((entry >> FLOW_WRITES) & 0xffff) === 0 && (entry & FLOW_DROP) === 0;

/** Whether the copy loop goes on from a unit with `entry` to one with `next` (see `copyRun`). */
const mayFollow = (entry: number, next: number): boolean =>
  ((entry >> FLOW_AFTER) & (next ^ FLOW_INVERTED)) === 0;

/**
 * The letter whose entry the kernel reads as every letter's of {@link EIGHTS_LETTERS} (ALEF).
 * @internal (exported for the tests)
 */
export const EIGHTS_LETTER = 0x0627;
const SPACE = 0x20;
const FULL_STOP = 0x2e;
