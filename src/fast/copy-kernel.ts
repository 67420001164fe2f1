/**
 * The fused pass's copy loop in WebAssembly (wasm/copy-run.wat, the steps of `copyRun` in
 * clean-and-map.ts), with the memory it works in: the loop's tables, the pass's input and its
 * output buffer. Where the runtime runs WebAssembly (Node, Deno, Bun and browsers do), the fused
 * pass copies a text of up to {@link KERNEL_MAX_UNITS} code units into that memory, writes its
 * output there (`units` of output-buffer.ts is then a view of it) and has each run copied by the
 * module; where it does not (no `WebAssembly`, a policy that forbids compiling it, no memory for
 * it, a big-endian engine), or for a longer text, the JavaScript loop runs as before, on arrays of
 * its own. The two make the same output (test/fast/copy-kernel.test.ts).
 *
 * Why: the copy loop is about a third of `normalize`'s time on noisy text. The engine runs a
 * WebAssembly loop without the checks it keeps in an optimised JavaScript one (each array's shape
 * and bounds at each access, an interrupt check each round), and compiles it when it is
 * instantiated, at the first text, not after many calls. Measured on the bench's noisy 100 KB
 * text and its 4 KB documents (Node 20, separate processes, CPU time): `normalize` 1.19-1.34x
 * and 1.11-1.34x as fast with it.
 *
 * The module is compiled at the first text the fused pass takes (not at import: compiling costs
 * about a tenth of a millisecond, and a program may never normalise). Its memory has a fixed size
 * (12 MB, of which only the pages written take memory; see the .wat for why it never grows): a
 * text longer than {@link KERNEL_MAX_UNITS} is not put there; pieces of a long text
 * (`runInPieces`) are far shorter.
 */

import { FLOW } from './unit-actions.js';
import { isLittleEndian, type UnitBytes, unitBytesOver } from './unit-bytes.js';
import { COPY_RUN_WASM } from './wasm/copy-run.generated.js';

/** The longest text the kernel takes, in code units (its memory holds 2 MB of input). */
export const KERNEL_MAX_UNITS = 1 << 20;

/** What the module exports (wasm/copy-run.wat). */
interface CopyRunModule {
  readonly memory: { readonly buffer: ArrayBuffer };
  readonly position: { readonly value: number };
  readonly input: { readonly value: number };
  readonly inputCapacity: { readonly value: number };
  readonly output: { readonly value: number };
  readonly copyRun: (i: number, p: number, at: number) => number;
}

/** The part of the `WebAssembly` namespace used here. */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: object };
}

/** The instantiated module; `null` where it cannot be, `undefined` until first asked. */
let kernel: CopyRunModule | null | undefined;
/** Off in tests that compare the two loops (see {@link useCopyKernel}). */
let enabled = true;

/** The output buffer in the memory, up to its end: what `units` is while the kernel runs. */
export let kernelOutput: Uint16Array<ArrayBuffer> | undefined;
let input = new Uint16Array(0);
let inputBytes: UnitBytes | null = null;
let position = new Int32Array(1);
let tables = new Int32Array(0);
/** 1 for each table of FLOW (by its index) copied into the memory. */
const tablesCopied = new Uint8Array(FLOW.length >> 16);

/** Output room the memory has beyond twice the longest input (forms may expand). */
const OUTPUT_SLACK = 1024;
const LINE_FEED = 0x0a;

/** Whether the kernel takes a text of `length` code units (instantiated at the first text). */
export function kernelTakes(length: number): boolean {
  if (!enabled || length > KERNEL_MAX_UNITS) return false;
  return (kernel === undefined ? instantiate() : kernel) !== null;
}

/** The text's code units in the memory, followed by two line feeds (as `inputUnitsOf`). */
export function kernelInputOf(text: string): Uint16Array<ArrayBuffer> {
  const units = input;
  const length = text.length;
  if (inputBytes !== null) inputBytes.write(text, 0, 'utf16le');
  else for (let k = 0; k < length; k++) units[k] = text.charCodeAt(k);
  units[length] = LINE_FEED;
  units[length + 1] = LINE_FEED;
  return units;
}

/**
 * The module's `copyRun`: the run from input unit `i`, written from output position `p` with the
 * table at `at` of FLOW; returns where it ends ({@link kernelPosition}: where the output stands).
 */
export function kernelCopyRun(i: number, p: number, at: number): number {
  if (tablesCopied[at >>> 16] === 0) copyTable(at);
  return kernel!.copyRun(i, p, at);
}

/** Where the output stood after the last {@link kernelCopyRun}. */
export const kernelPosition = (): number => position[0]!;

/** Turns the kernel off (and on again): for tests that compare it with the JavaScript loop. */
export function useCopyKernel(on: boolean): void {
  enabled = on;
}

function instantiate(): CopyRunModule | null {
  kernel = null;
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  const fromBase64 = (globalThis as { atob?: (text: string) => string }).atob;
  // The memory is little-endian; the views read it in the engine's order.
  if (api === undefined || fromBase64 === undefined || !isLittleEndian()) return null;
  try {
    const binary = fromBase64(COPY_RUN_WASM);
    const bytes = new Uint8Array(binary.length);
    for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
    const module = new api.Instance(new api.Module(bytes)).exports as CopyRunModule;
    const outputCapacity = (module.memory.buffer.byteLength - module.output.value) >> 1;
    if (
      module.inputCapacity.value >= KERNEL_MAX_UNITS + 2 &&
      outputCapacity >= 2 * KERNEL_MAX_UNITS + OUTPUT_SLACK
    ) {
      makeViews(module);
      kernel = module;
    }
  } catch {
    // A policy that forbids compiling WebAssembly (a page's Content-Security-Policy), or no memory.
  }
  return kernel;
}

function makeViews(module: CopyRunModule): void {
  const memory = module.memory.buffer;
  const output = module.output.value;
  tables = new Int32Array(memory, 0, FLOW.length);
  position = new Int32Array(memory, module.position.value, 1);
  input = new Uint16Array(memory, module.input.value, module.inputCapacity.value);
  inputBytes = unitBytesOver(input);
  kernelOutput = new Uint16Array(memory, output, (memory.byteLength - output) >> 1);
}

/** Copies FLOW's table at `at` into the memory (a table never changes once it is built). */
function copyTable(at: number): void {
  tables.set(FLOW.subarray(at, at + 0x10000), at);
  tablesCopied[at >>> 16] = 1;
}
