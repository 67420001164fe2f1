import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  inKernelOutput,
  KERNEL_MAX_UNITS,
  kernelInputOf,
  kernelOutput,
  kernelPersianLine,
  kernelTakes,
  READ_IN_JAVASCRIPT,
  useFusedKernel,
} from '../../src/fast/fused-kernel.js';
import {
  FLOW,
  FLOW_AFTER,
  FLOW_DROP,
  FLOW_INVERTED,
  FLOW_SPACE,
  FLOW_WRITES,
} from '../../src/fast/unit-actions.js';
import { FUSED_KERNEL_WASM } from '../../src/fast/wasm/fused-kernel.generated.js';
import { normalize } from '../../src/index.js';
import { START } from '../../src/letters/evidence-automaton.js';
import { CODE_BITS, IN_WORD } from '../../src/letters/language-evidence-units.js';
import {
  AFTER_ZWNJ,
  isPersianLineInUnits,
  lineScanTables,
  MIN_PERSIAN_SCORE,
  SPELT,
  SPELT_OUT_OF_LINE,
  WORD_BITS,
  WORD_BITS_SHIFT,
} from '../../src/letters/persian-passages.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';

const WAT = readFileSync(new URL('../../src/fast/wasm/fused-kernel.wat', import.meta.url), 'utf8');

/** The module's exports, instantiated here on their own. */
function exportsOfModule() {
  const module = new WebAssembly.Module(Buffer.from(FUSED_KERNEL_WASM, 'base64'));
  return new WebAssembly.Instance(module).exports as Record<string, WebAssembly.Global>;
}

/** The same text normalised with the kernel off and on, with `preset`. */
function bothLoops(text: string, preset: 'standard' | 'search' | 'minimal') {
  useFusedKernel(false);
  const javascript = normalize(text, { preset });
  useFusedKernel(true);
  return { javascript, kernel: normalize(text, { preset }) };
}

afterEach(() => useFusedKernel(true));

describe('the fused pass kernel (src/fast/fused-kernel.ts): the copy loop in WebAssembly', () => {
  it('reads the tables and the units as unit-actions.ts and the line scan lay them out', () => {
    const defined: Record<string, number> = {
      FLOW_AFTER,
      FLOW_DROP,
      FLOW_INVERTED,
      FLOW_SPACE,
      FLOW_WRITES,
      IN_WORD,
      START,
      CODE_BITS,
      SPELT_OUT_OF_LINE,
      WORD_BITS_SHIFT,
      WORD_BITS,
      ZWNJ: 0x200c,
      SPELT,
      AFTER_ZWNJ,
      MIN_PERSIAN_SCORE,
    };
    // Each number named in a comment at the end of its line is that line's one constant.
    const named = WAT.split('\n').filter((line) => / ;; [A-Z_]+$/.test(line));
    expect(named.length).toBeGreaterThanOrEqual(24);
    const seen = new Set<string>();
    for (const line of named) {
      const name = /;; ([A-Z_]+)$/.exec(line)![1]!;
      expect(defined[name], name).toBeDefined();
      const constants = [...line.matchAll(/\(i32\.const (0x[0-9a-f]+|\d+)\)/g)];
      expect(constants, line).toHaveLength(1);
      expect(Number(constants[0]![1]), name).toBe(defined[name]);
      seen.add(name);
    }
    expect([...seen].sort()).toEqual(Object.keys(defined).sort());
  });

  it('reads and writes its memory where it says its parts are, and they do not overlap', () => {
    const globals = exportsOfModule();
    const at = (name: string) => globals[name]!.value as number;
    const input = at('input');
    const output = at('output');
    const offsets = [...WAT.matchAll(/offset=(\d+)/g)].map((match) => Number(match[1]));
    expect(offsets.length).toBeGreaterThan(0);
    // Unit i of the input at `input + 2i` (and the units before and after it); unit p of the
    // output at `output + 2p` (and the one after it); a table's entry at its start plus its index.
    const starts = [input - 2, input, input + 2, output, output + 2];
    for (const name of ['unitFlags', 'nextStates', 'stateEvidence', 'wordScores'])
      starts.push(at(name));
    for (const offset of offsets) expect(starts).toContain(offset);
    expect(WAT).toContain(`(i32.store (i32.const ${at('position')})`);
    // In memory order: FLOW's tables, the position, the input after a unit that stays 0, the
    // output, the line scan's four tables, each as long as the one it copies.
    const [flags, next, evidence, scores] = lineScanTables();
    const parts: [number, number][] = [
      [0, 4 * FLOW.length],
      [at('position'), 4],
      [input - 2, 2 * (at('inputCapacity') + 1)],
      [output, 2 * at('outputCapacity')],
      [at('unitFlags'), 2 * flags.length],
      [at('nextStates'), next.length],
      [at('stateEvidence'), evidence.length],
      [at('wordScores'), scores.length],
    ];
    for (let k = 1; k < parts.length; k++) {
      expect(parts[k - 1]![0] + parts[k - 1]![1], `part ${k}`).toBeLessThanOrEqual(parts[k]![0]);
    }
    const memory = globals.memory as unknown as WebAssembly.Memory;
    expect(parts.at(-1)![0] + parts.at(-1)![1]).toBeLessThanOrEqual(memory.buffer.byteLength);
  });

  it('is the generated binary of fused-kernel.wat (npm run generate:check holds it there)', () => {
    const generated = readFileSync(
      new URL('../../src/fast/wasm/fused-kernel.generated.ts', import.meta.url),
      'utf8',
    );
    expect(generated).toContain('from fused-kernel.wat');
    expect(Buffer.from(FUSED_KERNEL_WASM, 'base64').subarray(0, 4).toString('latin1')).toBe(
      '\0asm',
    );
  });

  it('takes texts up to KERNEL_MAX_UNITS code units where the runtime runs WebAssembly', () => {
    expect(kernelTakes(0)).toBe(true);
    expect(kernelTakes(KERNEL_MAX_UNITS)).toBe(true);
    expect(kernelTakes(KERNEL_MAX_UNITS + 1)).toBe(false);
    // Its output buffer holds twice the longest input, and more (forms may expand).
    expect(kernelOutput!.length).toBeGreaterThan(2 * KERNEL_MAX_UNITS);
  });

  it('takes no text while it is turned off', () => {
    useFusedKernel(false);
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

  it('makes the output of the JavaScript loops on every golden document, in every preset', () => {
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

/** Lines of Persian, Urdu and Arabic words (some with marks, forms, ZWNJs), as the fused pass writes them. */
const line = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'کتاب',
        'این',
        'است',
        'می\u200cشود',
        'کتاب\u200cها',
        'ہے',
        'کی',
        'پنج',
        'البته',
        'الکتاب',
        'في',
        'على',
        'التي',
        'مدرسة',
        'علی',
        'فی',
        'کِتاب',
        'یَ',
        'ﯾﮏ',
        'ی\u0654',
        '5',
        '،',
        'الان',
      ),
      fc.constantFrom(' ', '  ', '\u200c', ' \u200c', '.'),
    ),
    { maxLength: 30 },
  )
  .map((words) => words.map(([word, gap]) => word + gap).join(''));

describe('the fused pass kernel: the Persian-line scan in WebAssembly', () => {
  /** The kernel's answer and the JavaScript scan's on `text` written into the kernel's output. */
  function bothScans(text: string, offset: number) {
    const units = kernelOutput!;
    for (let k = 0; k < text.length; k++) units[offset + k] = text.charCodeAt(k);
    return {
      kernel: kernelPersianLine(offset, offset + text.length),
      javascript: isPersianLineInUnits(units, offset, offset + text.length),
    };
  }

  it('answers as isPersianLineInUnits on lines of Persian, Urdu and Arabic words', () => {
    expect(kernelTakes(0)).toBe(true);
    let read = 0;
    fc.assert(
      fc.property(line, fc.nat(64), (text, offset) => {
        const { kernel, javascript } = bothScans(text, offset);
        if (kernel === READ_IN_JAVASCRIPT) return;
        read++;
        expect(kernel === 1).toBe(javascript);
      }),
    );
    expect(read).toBeGreaterThan(0);
  });

  it('says Persian, Arabic, or that a word is spelt out of line, on lines made to be each', () => {
    expect(kernelTakes(0)).toBe(true);
    expect(bothScans('این کتاب است و می\u200cشود', 3)).toEqual({ kernel: 1, javascript: true });
    expect(bothScans('هذا الكتاب في المدرسة التي', 0)).toEqual({ kernel: 0, javascript: false });
    // A presentation form (ﯾﮏ) is spelt out of line by the JavaScript scan: the kernel leaves it.
    expect(bothScans('ﯾﮏ کتاب است', 0)).toEqual({ kernel: READ_IN_JAVASCRIPT, javascript: true });
  });

  it('reads only the kernel’s output buffer, and only while the kernel is on', () => {
    expect(kernelTakes(0)).toBe(true);
    expect(inKernelOutput(kernelOutput!)).toBe(true);
    expect(inKernelOutput(new Uint16Array(16))).toBe(false);
    useFusedKernel(false);
    expect(inKernelOutput(kernelOutput!)).toBe(false);
  });
});

describe('normalize where the runtime has no WebAssembly', () => {
  it('runs the JavaScript loops and makes the same output', async () => {
    const text = readDocument(DOCUMENT_NAMES[0]!);
    const expected = normalize(text);
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await import('../../src/fast/fused-kernel.js');
      const lib = await import('../../src/index.js');
      (await import('../../src/core/table-fills.js')).fillTables();
      expect(fresh.kernelTakes(10)).toBe(false);
      expect(lib.normalize(text)).toBe(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
