import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  KERNEL_MAX_UNITS,
  kernelInputOf,
  kernelOutput,
  kernelTakes,
  useCopyKernel,
} from '../../src/fast/copy-kernel.js';
import {
  FLOW_AFTER,
  FLOW_DROP,
  FLOW_INVERTED,
  FLOW_SPACE,
  FLOW_WRITES,
} from '../../src/fast/unit-actions.js';
import { COPY_RUN_WASM } from '../../src/fast/wasm/copy-run.generated.js';
import { normalize } from '../../src/index.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';

const WAT = readFileSync(new URL('../../src/fast/wasm/copy-run.wat', import.meta.url), 'utf8');

/** The module's exports, instantiated here on their own. */
function exportsOfModule() {
  const module = new WebAssembly.Module(Buffer.from(COPY_RUN_WASM, 'base64'));
  return new WebAssembly.Instance(module).exports as Record<string, WebAssembly.Global>;
}

/** The same text normalised with the kernel off and on, with `preset`. */
function bothLoops(text: string, preset: 'standard' | 'search' | 'minimal') {
  useCopyKernel(false);
  const javascript = normalize(text, { preset });
  useCopyKernel(true);
  return { javascript, kernel: normalize(text, { preset }) };
}

afterEach(() => useCopyKernel(true));

describe('the copy kernel (src/fast/copy-kernel.ts, the copy loop in WebAssembly)', () => {
  it('reads the entries of the copy loop’s tables as unit-actions.ts lays them out', () => {
    const defined: Record<string, number> = {
      FLOW_AFTER,
      FLOW_DROP,
      FLOW_INVERTED,
      FLOW_SPACE,
      FLOW_WRITES,
    };
    const named = WAT.split('\n').filter((line) => / ;; FLOW_[A-Z]+$/.test(line));
    expect(named.length).toBeGreaterThanOrEqual(12);
    for (const line of named) {
      const name = /;; (FLOW_[A-Z]+)$/.exec(line)![1]!;
      expect(defined[name], name).toBeDefined();
      expect(line, name).toContain(`(i32.const ${defined[name]})`);
    }
  });

  it('reads and writes its memory where it says its input, output and position are', () => {
    const globals = exportsOfModule();
    const input = globals.input!.value as number;
    const output = globals.output!.value as number;
    const position = globals.position!.value as number;
    const offsets = [...WAT.matchAll(/offset=(\d+)/g)].map((match) => Number(match[1]));
    expect(offsets.length).toBeGreaterThan(0);
    // Unit i of the input at `input + 2i` (and the units before and after it); unit p of the
    // output at `output + 2p`.
    for (const offset of offsets) expect([input - 2, input, input + 2, output]).toContain(offset);
    expect(WAT).toContain(`(i32.store (i32.const ${position})`);
    // The parts do not overlap: the input, with its two line feeds, ends before the output.
    const inputCapacity = globals.inputCapacity!.value as number;
    expect(input + 2 * inputCapacity).toBeLessThanOrEqual(output);
    expect(input - 2).toBeGreaterThanOrEqual(position + 4);
  });

  it('is the generated binary of copy-run.wat (npm run generate:check holds it there)', () => {
    const generated = readFileSync(
      new URL('../../src/fast/wasm/copy-run.generated.ts', import.meta.url),
      'utf8',
    );
    expect(generated).toContain('from copy-run.wat');
    expect(Buffer.from(COPY_RUN_WASM, 'base64').subarray(0, 4).toString('latin1')).toBe('\0asm');
  });

  it('takes texts up to KERNEL_MAX_UNITS code units where the runtime runs WebAssembly', () => {
    expect(kernelTakes(0)).toBe(true);
    expect(kernelTakes(KERNEL_MAX_UNITS)).toBe(true);
    expect(kernelTakes(KERNEL_MAX_UNITS + 1)).toBe(false);
    // Its output buffer holds twice the longest input, and more (forms may expand).
    expect(kernelOutput!.length).toBeGreaterThan(2 * KERNEL_MAX_UNITS);
  });

  it('takes no text while it is turned off', () => {
    useCopyKernel(false);
    expect(kernelTakes(10)).toBe(false);
  });

  it('copies a text into its memory as it is, lone surrogates too, with two line feeds after it', () => {
    expect(kernelTakes(8)).toBe(true);
    const text = 'كتاب\ud800 b\u200c';
    const units = kernelInputOf(text);
    expect(Array.from(units.subarray(0, text.length + 2))).toEqual([
      ...Array.from(text, (_, k) => text.charCodeAt(k)),
      0x0a,
      0x0a,
    ]);
  });

  it('makes the output of the JavaScript loop on every golden document, in every preset', () => {
    for (const name of DOCUMENT_NAMES) {
      const text = readDocument(name);
      for (const preset of ['standard', 'search', 'minimal'] as const) {
        const { javascript, kernel } = bothLoops(text, preset);
        expect(kernel, `${name} ${preset}`).toBe(javascript);
      }
    }
  });

  it('hands the rest of a text to the JavaScript loop where the output outgrows its memory', () => {
    // U+FDFA (ﷺ) is 18 letters: 130,000 of them outgrow the kernel's 2,098,176-unit output, and
    // the words after them are copied by the JavaScript loop into a buffer of its own. One line,
    // so that `normalize` does not cut it into pieces.
    const text = `${'ﷺ'.repeat(130_000)} ${'كتاب\u200bجديد '.repeat(50)}`;
    expect(text.length).toBeLessThanOrEqual(KERNEL_MAX_UNITS);
    const { javascript, kernel } = bothLoops(text, 'standard');
    expect(javascript.length).toBeGreaterThan(2 * KERNEL_MAX_UNITS + 1024);
    expect(javascript.endsWith(`${'كتابجديد '.repeat(49)}كتابجديد`)).toBe(true);
    expect(kernel).toBe(javascript);
  });
});

describe('normalize where the runtime has no WebAssembly', () => {
  it('copies with the JavaScript loop and makes the same output', async () => {
    const text = readDocument(DOCUMENT_NAMES[0]!);
    const expected = normalize(text);
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await import('../../src/fast/copy-kernel.js');
      const lib = await import('../../src/index.js');
      (await import('../../src/core/table-fills.js')).fillTables();
      expect(fresh.kernelTakes(10)).toBe(false);
      expect(lib.normalize(text)).toBe(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
