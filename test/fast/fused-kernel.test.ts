import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EIGHTS_LETTER,
  EIGHTS_LETTERS,
  EIGHTS_SAME_UNITS,
  eightsTaken,
  inKernelOutput,
  KERNEL_MAX_UNITS,
  kernelCopyOf,
  kernelCoverWords,
  kernelInputOf,
  kernelOutput,
  kernelPersianLine,
  kernelPersianLineOfUnits,
  kernelTakes,
  kernelUnitsAt,
  READ_IN_JAVASCRIPT,
  useFusedKernel,
} from '../../src/fast/fused-kernel.js';
import { AFTER, gateEightsTaken, pipelinePrefix } from '../../src/fast/unchanged-prefix.js';
import {
  FLOW,
  FLOW_AFTER,
  FLOW_DROP,
  FLOW_INVERTED,
  FLOW_SPACE,
  FLOW_WRITES,
  unitActions,
} from '../../src/fast/unit-actions.js';
import { FUSED_KERNEL_WASM } from '../../src/fast/wasm/fused-kernel.generated.js';
import { type NormalizeOptions, normalize } from '../../src/index.js';
import { START } from '../../src/letters/evidence-automaton.js';
import { CODE_BITS, IN_WORD, LINE_BREAK } from '../../src/letters/language-evidence-units.js';
import {
  AFTER_ZWNJ,
  endOfLineRead,
  isPersianLineInUnits,
  isPersianLineOfUnits,
  lineScanTables,
  MIN_PERSIAN_SCORE,
  SPELT,
  SPELT_OUT_OF_LINE,
  WORD_BITS,
  WORD_BITS_SHIFT,
} from '../../src/letters/persian-passages.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { ResolvedOptions } from '../../src/options/types.js';
import { QUOTE_UNITS } from '../../src/punctuation/quotes.js';
import {
  COMMA_BIT,
  coverUnitBits,
  DASHES_KEPT_BIT,
  KERNEL_CLOSING_BRACKETS,
  KERNEL_DASHES,
  KERNEL_OPENING_BRACKETS,
  LONE_MARK_BITS,
  LONE_MARK_MASK,
  punctuationUnchangedAt,
  QUOTE_NEIGHBOUR_LETTERS,
  QUOTE_PASS_BITS,
  QUOTE_PASS_MASK,
  untouchedUnits,
} from '../../src/punctuation/unchanged.js';
import { loneMarkEndInUnits } from '../../src/punctuation/unchanged-in-units.js';
import { anyOptions } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import { propertyRuns } from '../support/property-runs.js';

const WAT = readFileSync(new URL('../../src/fast/wasm/fused-kernel.wat', import.meta.url), 'utf8');

/** The text of the .wat's function exported as `name`, up to the next function. */
function functionOf(name: string): string {
  const start = WAT.indexOf(`(func (export "${name}")`);
  const end = WAT.indexOf('(func ', start + 1);
  return WAT.slice(start, end < 0 ? WAT.length : end);
}

/** The ranges `[first, last]` of the units that `code` compares `$name`'s lanes with, in order. */
function rangesOf(code: string, name: string): [number, number][] {
  const pattern = new RegExp(
    `\\(i16x8\\.sub \\(local\\.get \\$${name}\\) \\(v128\\.const i16x8 (0x[0-9a-f]+)(?: \\1){7}\\)\\)\\s+\\(v128\\.const i16x8 (\\d+)(?: \\2){7}\\)`,
    'g',
  );
  return [...code.matchAll(pattern)].map((match) => [
    Number(match[1]),
    Number(match[1]) + Number(match[2]),
  ]);
}

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

/** Expects `normalize` with `options` to give the same output with the kernel on as off. */
function expectKernelAsJavaScript(text: string, options: NormalizeOptions): void {
  useFusedKernel(false);
  const javascript = normalize(text, options);
  useFusedKernel(true);
  expect(normalize(text, options)).toBe(javascript);
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
      SPACE: 0x20,
      LINE_FEED: 0x0a,
      COMMA_BIT,
      LINE_BREAK,
      SPELT,
      AFTER_ZWNJ,
      MIN_PERSIAN_SCORE,
      AFTER,
      LONE_MARK_MASK,
      QUOTE_PASS_MASK,
      QUOTE_LETTERS_FIRST: QUOTE_NEIGHBOUR_LETTERS[0],
      QUOTE_LETTERS_SPAN: QUOTE_NEIGHBOUR_LETTERS[1] - QUOTE_NEIGHBOUR_LETTERS[0],
      LEFT_PARENTHESIS: KERNEL_OPENING_BRACKETS[0]!,
      LEFT_SQUARE_BRACKET: KERNEL_OPENING_BRACKETS[1]!,
      RIGHT_PARENTHESIS: KERNEL_CLOSING_BRACKETS[0]!,
      RIGHT_SQUARE_BRACKET: KERNEL_CLOSING_BRACKETS[1]!,
      EN_DASH: KERNEL_DASHES[0]!,
      EM_DASH: KERNEL_DASHES[1]!,
      DASHES_KEPT: DASHES_KEPT_BIT,
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
    // Entries read from the copy loop's table: SPACE's and EIGHTS_LETTER's.
    const entries = [...WAT.matchAll(/offset=(\d+) \(local\.get \$table\)\)\) ;; (\w+) \* 4/g)];
    expect(entries.map((match) => [match[2], Number(match[1])])).toEqual([
      ['SPACE', 4 * 0x20],
      ['EIGHTS_LETTER', 4 * EIGHTS_LETTER],
      ['FULL_STOP', 4 * 0x2e],
    ]);
    // Units read from a base the host gives (`$base`): the next unit only.
    const fromBase = [...WAT.matchAll(/offset=(\d+) \(i32\.add \(local\.get \$base\)/g)];
    expect(fromBase.map((match) => Number(match[1]))).toEqual([2]);
    const offsets = [
      ...WAT.matchAll(
        /offset=(\d+)(?!\d)(?! \(local\.get \$table\))(?! \(i32\.add \(local\.get \$base\))/g,
      ),
    ].map((match) => Number(match[1]));
    expect(offsets.length).toBeGreaterThan(0);
    // Unit i of the input at `input + 2i` (and the units before and after it); unit p of the
    // output at `output + 2p` (and the one after it); a table's entry at its start plus its index.
    const starts = [input - 2, input, input + 2, output, output + 2];
    for (const name of [
      'unitFlags',
      'nextStates',
      'stateEvidence',
      'wordScores',
      'untouched',
      'gateClasses',
    ])
      starts.push(at(name));
    for (const offset of offsets) expect(starts).toContain(offset);
    expect(WAT).toContain(`(i32.store (i32.const ${at('position')})`);
    // In memory order: FLOW's tables, the position, the input after a unit that stays 0, the
    // output, the line scan's four tables, stage 3's untouched units and the gate's classes, each
    // as long as the one it copies.
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
      [at('untouched'), untouchedUnits().length],
      [at('gateClasses'), 4 * 0x10000],
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

/**
 * Text of the letters, spaces and other units the copy loop takes eight at a time, and of the
 * units beside them that it may not take so (the letters just outside its ranges, the units just
 * outside EIGHTS_SAME_UNITS, TATWEEL, a haraka, two spaces, other spaces, controls, Farsi
 * letters, forms, line breaks), so that an eight starts and stops at each.
 */
const eightsText = fc
  .array(
    fc.oneof(
      { weight: 40, arbitrary: fc.integer({ min: 0x0621, max: 0x064a }) },
      { weight: 12, arbitrary: fc.constant(0x20) },
      {
        weight: 6,
        arbitrary: fc.oneof(
          ...EIGHTS_SAME_UNITS.map(([first, last]) => fc.integer({ min: first, max: last })),
          fc.constantFrom(0x1f, 0x41, 0x60b, 0x60d, 0x65f, 0x66a, 0x6f0),
        ),
      },
      {
        weight: 8,
        arbitrary: fc.constantFrom(
          ...Array.from('\u0620\u063b\u063c\u063d\u063e\u063f\u0640\u064b\u0651\u06cc\u06a9', (c) =>
            c.charCodeAt(0),
          ),
          ...Array.from('\u00a0\u200c\u200f\n\ufe8e\u0661.A', (c) => c.charCodeAt(0)),
        ),
      },
    ),
    { maxLength: 120 },
  )
  .map((units) => String.fromCharCode(...units));

describe('the fused pass kernel: eight letters and spaces at a time', () => {
  it('takes eights with the table of every preset (each letter and SPACE has the entry it reads)', () => {
    for (const preset of ['standard', 'search', 'minimal'] as const) {
      normalize('كتاب جديد ـ ی  ٥', { preset });
    }
    let built = 0;
    for (let at = 0; at < FLOW.length; at += 0x10000) {
      if (FLOW[at | 0x0627] === 0 && FLOW[at | 0x20] === 0) continue;
      built++;
      expect(eightsTaken(at), `table ${at >>> 16}`).toBe(3);
    }
    expect(built).toBeGreaterThan(0);
  });

  it('reads as its letters the ranges of EIGHTS_LETTERS, then the units of EIGHTS_SAME_UNITS', () => {
    // A range is a subtraction and an unsigned comparison; a range of one unit an equality.
    const copyRun = functionOf('copyRun');
    const ranges = [
      ...copyRun.matchAll(
        /\(i16x8\.sub \(local\.get \$eight\) \(v128\.const i16x8 (0x[0-9a-f]+)(?: \1){7}\)\)\s+\(v128\.const i16x8 (\d+)(?: \2){7}\)/g,
      ),
    ].map((match) => [match.index, Number(match[1]), Number(match[1]) + Number(match[2])] as const);
    const single = [
      ...copyRun.matchAll(
        /\(i16x8\.eq \(local\.get \$eight\) \(v128\.const i16x8 (0x[0-9a-f]+)(?: \1){7}\)\)/g,
      ),
    ].map((match) => [match.index, Number(match[1]), Number(match[1])] as const);
    const read = [...ranges, ...single]
      .sort((a, b) => a[0] - b[0])
      .map(([, first, last]) => [first, last]);
    expect(read).toEqual([...EIGHTS_LETTERS, ...EIGHTS_SAME_UNITS]);
    expect(
      EIGHTS_LETTERS.some(([first, last]) => first <= EIGHTS_LETTER && EIGHTS_LETTER <= last),
    ).toBe(true);
  });

  it('takes no eights with a table where a letter of its ranges has an entry of its own, nor the units of EIGHTS_SAME_UNITS where one of those has', () => {
    const at = FLOW.length - 0x10000;
    const saved = FLOW.slice(at, at + 0x10000);
    try {
      FLOW.fill(0, at, at + 0x10000);
      expect(eightsTaken(at)).toBe(3);
      FLOW[at | 0x063a] = FLOW_DROP;
      expect(eightsTaken(at)).toBe(0);
      FLOW[at | 0x063a] = 0;
      FLOW[at | 0x20] = 0x0a << FLOW_WRITES;
      expect(eightsTaken(at)).toBe(0);
      FLOW[at | 0x20] = 0;
      // A unit of EIGHTS_SAME_UNITS with an entry of its own: the letters and SPACE only.
      FLOW[at | 0x0669] = 0x30 << FLOW_WRITES;
      expect(eightsTaken(at)).toBe(1);
      FLOW[at | 0x0669] = 0;
      // FULL STOP's entry, which SPACE does not let follow: the letters and SPACE only.
      for (const [first, last] of EIGHTS_SAME_UNITS)
        FLOW.fill(FLOW_SPACE, at + first, at + last + 1);
      FLOW[at | 0x20] = FLOW_SPACE << FLOW_AFTER;
      expect(eightsTaken(at)).toBe(1);
    } finally {
      FLOW.set(saved, at);
    }
  });

  it('makes the output of the JavaScript loops on letters, spaces and the units beside them', () => {
    fc.assert(
      fc.property(eightsText, anyOptions, (text, options) => {
        expectKernelAsJavaScript(text, options);
      }),
      { numRuns: propertyRuns(3_000, 300) },
    );
  });
});

/** The styles the kernel's cover reads with: what it passes besides the untouched units. */
interface CoverStyles {
  readonly punctuation?: ResolvedOptions['punctuation'];
  readonly quotes?: ResolvedOptions['quotes'];
  readonly dashesKept?: boolean;
}

/** The kernel's `styles` argument for `styles`. */
const stylesBits = (styles: CoverStyles) =>
  (styles.punctuation === undefined ? 0 : LONE_MARK_BITS[styles.punctuation]) |
  (styles.quotes === undefined ? 0 : QUOTE_PASS_BITS[styles.quotes]) |
  (styles.dashesKept === true ? DASHES_KEPT_BIT : 0);

/**
 * The first word of `units[0, n)` from `k` before `end` with a unit that is neither untouched nor
 * passed by {@link passedMarkAt} with `styles`, or with two equal untouched units.
 */
function coverWordsInJavaScript(
  units: Uint16Array,
  k: number,
  end: number,
  n: number,
  styles: CoverStyles,
): number {
  const untouched = untouchedUnits();
  const passes = (i: number) =>
    untouched[units[i]!] === 1 || passedMarkAt(units, i, n, styles) !== undefined;
  for (; k < end; k++) {
    const low = units[2 * k]!;
    const high = units[2 * k + 1]!;
    if (!passes(2 * k) || !passes(2 * k + 1)) return k;
    // Two equal untouched units (a run of elongation may go through them; two passed marks make
    // none: `——`).
    if (low === high && untouched[low] === 1) return k;
  }
  return end;
}

/** Whether `unit` is one of the letters beside which the kernel tells a quote's role. */
const isQuoteNeighbourLetter = (unit: number) =>
  unit >= QUOTE_NEIGHBOUR_LETTERS[0] && unit <= QUOTE_NEIGHBOUR_LETTERS[1];

/** `coverUnitBits()`, made once. */
let coverBits: Uint8Array | undefined;

/**
 * Why the kernel's cover passes `units[i]` (not untouched) with `styles`, or undefined: a lone
 * mark (`loneMarkEndInUnits`); a double quote the quote style keeps in both roles, opening or
 * closing; one of ( [ opening or ) ] closing; a dash of `KERNEL_DASHES` the style keeps. Opening:
 * at the start or after a space or a line feed, before a letter of `QUOTE_NEIGHBOUR_LETTERS`;
 * closing: after such a letter, before a space, a line feed or a lone mark.
 */
function passedMarkAt(
  units: Uint16Array,
  i: number,
  n: number,
  styles: CoverStyles,
): 'lone' | 'quote' | 'bracket' | 'dash' | undefined {
  coverBits ??= coverUnitBits();
  const unit = units[i]!;
  const style = styles.punctuation;
  if (style !== undefined && loneMarkEndInUnits(units, i, n, style) >= 0) return 'lone';
  if (KERNEL_DASHES.includes(unit)) return styles.dashesKept === true ? 'dash' : undefined;
  const before = i === 0 ? -1 : units[i - 1]!;
  const after = i + 1 < n ? units[i + 1]! : -1;
  const opens = (i === 0 || before === 0x20 || before === 0x0a) && isQuoteNeighbourLetter(after);
  const closes =
    i > 0 &&
    isQuoteNeighbourLetter(before) &&
    (after === 0x20 ||
      after === 0x0a ||
      (after >= 0 && style !== undefined && loneMarkEndInUnits(units, i + 1, n, style) >= 0));
  if (KERNEL_OPENING_BRACKETS.includes(unit)) return opens ? 'bracket' : undefined;
  if (KERNEL_CLOSING_BRACKETS.includes(unit)) return closes ? 'bracket' : undefined;
  const kept =
    styles.quotes !== undefined && (coverBits[unit]! & QUOTE_PASS_BITS[styles.quotes]) !== 0;
  return kept && (opens || closes) ? 'quote' : undefined;
}

/** A clause mark or comma after a letter and before a space or a line feed (a lone mark, often). */
const markAfterLetter = fc.tuple(
  fc.integer({ min: 0x0628, max: 0x064a }),
  fc.constantFrom(0x2e, 0x2c, 0x3a, 0x3b, 0x3f, 0x21, 0x060c, 0x061b, 0x061f, 0x06d4),
  fc.constantFrom(0x20, 0x0a),
);

/** A quote, bracket or dash: those the kernel's cover may pass most often, and their kin. */
const kernelMark = fc.oneof(
  // QUOTATION MARK most often: the one double quote `ascii` keeps.
  fc.constant(0x22),
  fc.constantFrom(...QUOTE_UNITS),
  fc.constantFrom(...KERNEL_OPENING_BRACKETS, ...KERNEL_CLOSING_BRACKETS),
  fc.constantFrom(0x7b, 0x7d, 0xfd3e, 0xfd3f),
  fc.constantFrom(...KERNEL_DASHES, 0x2012, 0x2d),
);

/** A letter beside which the kernel tells a quote's role. */
const neighbourLetter = fc.integer({
  min: QUOTE_NEIGHBOUR_LETTERS[0],
  max: QUOTE_NEIGHBOUR_LETTERS[1],
});

/**
 * A quote, bracket or dash of any kind where it opens (after a space or a line feed, before a
 * letter), where it closes (after a letter, before a space, a line feed or a clause mark), or
 * between any of what tells its role (a space, a line feed, a letter, a mark, a bracket).
 */
const markBetween = fc.oneof(
  fc.tuple(fc.constantFrom(0x20, 0x0a), kernelMark, neighbourLetter),
  fc.tuple(neighbourLetter, kernelMark, fc.constantFrom(0x20, 0x0a, 0x2e, 0x060c, 0x21)),
  fc.tuple(
    fc.constantFrom(0x20, 0x0a, 0x0628, 0x064a, 0x0641, 0x0652, 0x28, 0x5d, 0x2e, 0x21),
    kernelMark,
    fc.constantFrom(0x20, 0x0a, 0x0627, 0x0621, 0x064a, 0x064b, 0x2e, 0x060c, 0x29, 0x28, 0x22),
  ),
);

/**
 * Words as stage 3's cover reads them: letters, marks, spaces, equal pairs, punctuation (often
 * after a letter and before a space or a line feed), digits.
 */
const coverText = fc
  .array(
    fc.oneof(
      { weight: 30, arbitrary: fc.integer({ min: 0x0620, max: 0x065f }).map((u) => [u]) },
      { weight: 6, arbitrary: fc.integer({ min: 0x0671, max: 0x06d3 }).map((u) => [u]) },
      { weight: 10, arbitrary: fc.constant([0x20]) },
      {
        weight: 6,
        arbitrary: fc
          .constantFrom(
            ...Array.from(
              '\u061f\u0660\u0669\u066a\u066b\u06d4\u06f0\u0670\u200c\n.,،؛«»"()-5',
              (c) => c.charCodeAt(0),
            ),
          )
          .map((u) => [u]),
      },
      { weight: 4, arbitrary: markAfterLetter },
      { weight: 12, arbitrary: markBetween },
    ),
    { maxLength: 60 },
  )
  .map((chunks) => chunks.flat())
  .chain((units) =>
    fc.nat(units.length).map((pair) => {
      // A pair of equal units somewhere (a run of elongation starts so).
      if (pair + 1 < units.length) units[pair + 1] = units[pair]!;
      return String.fromCharCode(...units);
    }),
  );

/**
 * Long texts (the kernel's gate reads texts of 256 units or more) of Arabic letters and single
 * spaces, with what stops the gate's eights: two spaces, two or three equal letters, line feeds,
 * digits, clause marks, quotes, brackets, marks, TATWEEL, Farsi letters, controls and the units
 * just outside the letters' ranges.
 */
const gateText = fc
  .array(
    fc.oneof(
      {
        weight: 40,
        arbitrary: fc.integer({ min: 0x0621, max: 0x064a }).map((u) => String.fromCharCode(u)),
      },
      { weight: 12, arbitrary: fc.constant(' ') },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.integer({ min: 0x0621, max: 0x064a }), fc.integer({ min: 2, max: 3 }))
          .map(([unit, count]) => String.fromCharCode(unit).repeat(count)),
      },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          '  ',
          '\n',
          '\n\n',
          '\n\n\n',
          ' \n',
          '.',
          '،',
          '. ',
          '، ',
          '"',
          '«',
          '»',
          '(',
          ')',
          '3',
          '٣',
          '۳',
          '12',
          '%',
          '-',
          '\u064b',
          '\u0651\u064e',
          '\u0670',
          '\u0653',
          'ـ',
          'ی',
          'ک',
          'پ',
          '\u200c',
          '\u200b',
          '\u00a0',
          '\u0620',
          '\u063b',
          'a',
        ),
      },
    ),
    { minLength: 200, maxLength: 900 },
  )
  .map((pieces) => pieces.join(''));

describe('the fused pass kernel: the whole pipeline’s gate in WebAssembly', () => {
  /** The gate's answer on `text` with `options`, with the kernel on or off. */
  function gateEnd(text: string, options: Readonly<ResolvedOptions>, kernel: boolean): number {
    useFusedKernel(kernel);
    const strip = options.diacritics !== 'keep';
    const elongation = options.elongation === 'reduce';
    return pipelinePrefix(text, unitActions(), strip, options, elongation);
  }

  it('stops where the JavaScript loops stop, on long texts and the same texts normalised', () => {
    fc.assert(
      fc.property(gateText, anyOptions, fc.boolean(), (raw, chosen, normal) => {
        const text = normal ? normalize(raw, chosen) : raw;
        const options = resolveOptions(chosen, 'test');
        expect(gateEnd(text, options, true), JSON.stringify(text)).toBe(
          gateEnd(text, options, false),
        );
      }),
      { numRuns: propertyRuns(2_000, 200) },
    );
  });

  it('reads the whole of a long normal text, and stops at the second of three equal letters', () => {
    const options = resolveOptions({ preset: 'standard' }, 'test');
    const normal = normalize('كتب الولد درسا جديدا في المدرسة\n'.repeat(20));
    expect(gateEnd(normal, options, true)).toBe(normal.length);
    // A run of three equal letters at each place of an eight.
    for (let at = 300; at < 316; at++) {
      const text = `${normal.slice(0, at)}ببب${normal.slice(at)}`;
      expect(gateEnd(text, options, true), `at ${at}`).toBe(gateEnd(text, options, false));
      expect(gateEnd(text, options, true)).toBeLessThanOrEqual(at + 1);
    }
  });

  it('takes eights of letters and spaces with the styles of every preset', () => {
    for (const preset of ['standard', 'minimal'] as const) {
      const options = resolveOptions({ preset }, 'test');
      // The table is filled by the gate's first text.
      gateEnd('كتاب', options, true);
    }
    const passing = 0x3fff;
    expect(gateEightsTaken(passing)).toBe(1);
    // Without letters (or gaps) among the styles' bits, none.
    expect(gateEightsTaken(passing & ~0b1)).toBe(0);
    expect(gateEightsTaken(passing & ~0b10)).toBe(0);
  });

  it('reads as its letters the ranges of EIGHTS_LETTERS', () => {
    expect(rangesOf(functionOf('gateRun'), 'eight')).toEqual(EIGHTS_LETTERS);
  });

  it('has the fused pass write a text again where a reader wrote after its units', () => {
    for (const text of ['كتاب ﺍلجديد', `${'كتاب جديد '.repeat(40)}ﺍ`]) {
      const expected = bothLoops(text, 'standard').javascript;
      useFusedKernel(true);
      // The gate of the long text wrote it; then letters after it where its line feeds were.
      expect(normalize(text)).toBe(expected);
      const units = kernelInputOf(text);
      units.fill(0x0628, text.length, text.length + 4);
      expect(normalize(text), text).toBe(expected);
    }
  });

  it('passes the second of two equal units that end the text (no unit follows it there)', () => {
    const module = new WebAssembly.Module(Buffer.from(FUSED_KERNEL_WASM, 'base64'));
    const exports = new WebAssembly.Instance(module).exports as Record<string, unknown>;
    const value = (name: string) => (exports[name] as WebAssembly.Global).value as number;
    const buffer = (exports.memory as WebAssembly.Memory).buffer;
    const gateRun = exports.gateRun as (...args: number[]) => number;
    // A class that lets itself pass after it, for the unit 'x' (the input's own line feeds
    // after a text are no such unit: 'x' stands in for a line feed).
    const unit = 0x78;
    new Uint32Array(buffer, value('gateClasses'), 0x10000)[unit] = 1 | (1 << AFTER);
    const input = new Uint16Array(buffer, value('input'), 8);
    input.set([unit, unit, unit, unit]);
    // "xx" then units that are not read: both pass.
    expect(gateRun(0, 2, -1, 1, 1, 0)).toBe(2);
    // "xxx": the second of three stops the run.
    expect(gateRun(0, 3, -1, 1, 1, 0)).toBe(1);
  });
});

describe('the fused pass kernel: whether the output is the input', () => {
  /** A fresh instance's `sameUnits`, with its input and output units as views of its memory. */
  function sameUnitsOfModule() {
    const module = new WebAssembly.Module(Buffer.from(FUSED_KERNEL_WASM, 'base64'));
    const exports = new WebAssembly.Instance(module).exports as Record<string, unknown>;
    const value = (name: string) => (exports[name] as WebAssembly.Global).value as number;
    const buffer = (exports.memory as WebAssembly.Memory).buffer;
    return {
      sameUnits: exports.sameUnits as (n: number) => number,
      input: new Uint16Array(buffer, value('input'), 64),
      output: new Uint16Array(buffer, value('output'), 64),
    };
  }

  it('answers 1 where the first n units are equal, whatever follows them, and 0 where one differs', () => {
    const { sameUnits, input, output } = sameUnitsOfModule();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 0, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 0xffff }),
        (units, at, change) => {
          input.fill(0);
          output.fill(0);
          input.set(units);
          output.set(units);
          const n = units.length;
          // A difference just past the n units is not read.
          input[n] = 1;
          expect(sameUnits(n)).toBe(1);
          if (n === 0) return;
          // A difference at any one unit: in a whole eight or in the units after the last.
          const k = at % n;
          output[k] = output[k]! ^ change;
          expect(sameUnits(n), `unit ${k} of ${n}`).toBe(0);
        },
      ),
      { numRuns: propertyRuns(2_000, 200) },
    );
  });

  it('gives back the input where only stage 3 changes a text, and the fused output where a copy run does', () => {
    // Digits and punctuation (stage 3's) only; then a presentation form, a control and a TATWEEL
    // (the copy loop's), late in the text, after whole eights and in the last units.
    const text = `${'كتاب جديد، '.repeat(30)}عام ٢٠١٩ م.`;
    for (const changed of ['', '\ufe8e', '\u200b', 'ـ']) {
      for (const at of [0, 8, text.length - 3, text.length - 1]) {
        const input = `${text.slice(0, at + 1)}${changed}${text.slice(at + 1)}`;
        for (const preset of ['standard', 'minimal'] as const) {
          const { javascript, kernel } = bothLoops(input, preset);
          expect(kernel, `${JSON.stringify(changed)} after unit ${at}, ${preset}`).toBe(javascript);
        }
      }
    }
  });
});

describe('the fused pass kernel: the words of stage 3’s cover', () => {
  it('reads four words at a time only over units stage 3 leaves untouched', () => {
    const cover = WAT.slice(WAT.indexOf('(func (export "coverWords")'));
    const ranges = [
      ...cover.matchAll(
        /\(i16x8\.sub \(local\.get \$fourWords\) \(v128\.const i16x8 (0x[0-9a-f]+)(?: \1){7}\)\)\s+\(v128\.const i16x8 (\d+)(?: \2){7}\)/g,
      ),
    ].map((match) => [Number(match[1]), Number(match[1]) + Number(match[2])] as const);
    expect(ranges).toHaveLength(2);
    const untouched = untouchedUnits();
    for (const [first, last] of ranges) {
      for (let unit = first; unit <= last; unit++)
        expect(untouched[unit], `U+${unit.toString(16)}`).toBe(1);
    }
    expect(cover).toContain(
      '(i16x8.eq (local.get $fourWords) (v128.const i16x8 32 32 32 32 32 32 32 32))',
    );
    expect(untouched[0x20]).toBe(1);
  });

  it('stops at the first word with a unit stage 3 may touch (but a lone mark, a quote or bracket its neighbours decide, a kept dash) or with two equal units', () => {
    expect(kernelTakes(0)).toBe(true);
    const passed = { lone: 0, quote: 0, bracket: 0, dash: 0 };
    fc.assert(
      fc.property(
        coverText,
        fc.nat(8),
        fc.boolean(),
        fc.constantFrom('arabic', 'latin', 'keep', undefined),
        fc.constantFrom('ascii', 'guillemets', 'keep', undefined),
        fc.boolean(),
        (text, skip, inInput, punctuation, quotes, dashesKept) => {
          // In the output buffer, or in the input buffer (where stage 3 copies a string).
          const units = inInput ? kernelCopyOf(text)! : kernelOutput!;
          for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
          const at = kernelUnitsAt(units);
          expect(at).toBe(units.byteOffset);
          const n = text.length;
          const end = n >> 1;
          const styles: CoverStyles = { punctuation, quotes, dashesKept };
          const javascript = (k: number) => coverWordsInJavaScript(units, k, end, n, styles);
          for (let k = Math.min(skip, end); k < end; k = javascript(k) + 1) {
            const stop = javascript(k);
            expect(
              kernelCoverWords(at, k, end, n, stylesBits(styles)),
              `${JSON.stringify(text)} from ${k}`,
            ).toBe(stop);
            for (let i = 2 * k; i < 2 * stop; i++) {
              const why = passedMarkAt(units, i, n, styles);
              if (why !== undefined && untouchedUnits()[units[i]!] !== 1) passed[why]++;
            }
          }
          expect(kernelCoverWords(at, end, end, n, stylesBits(styles))).toBe(end);
        },
      ),
      { numRuns: propertyRuns(3_000, 300) },
    );
    expect(passed.lone).toBeGreaterThan(0);
    expect(passed.quote + passed.bracket + passed.dash).toBeGreaterThan(0);
  });

  // [name, text, styles, where the words stop, where they stop with no style]
  it.each([
    ['an opening quote', 'قال "كتب', { quotes: 'ascii' }, 4, 2],
    ['a closing quote', 'قال كتب" ثم', { quotes: 'ascii' }, 5, 3],
    [
      'a closing quote and a lone full stop',
      'قال ب". ثم',
      { punctuation: 'arabic', quotes: 'ascii' },
      5,
      2,
    ],
    ['a quote between two letters (its role not told)', 'قال ب"ب ثم', { quotes: 'ascii' }, 2, 2],
    ['a quote the style changes', 'قال “كتب', { quotes: 'ascii' }, 2, 2],
    ['an opening bracket', 'قال (كتب', {}, 4, 4],
    ['a closing bracket', 'قال كتب) ثم', {}, 5, 5],
    ['a closing bracket and a lone comma', 'قال ب)، ثم', { punctuation: 'arabic' }, 5, 2],
    ['a bracket after a letter', 'قال ب(كتب', {}, 2, 2],
    ['a bracket after a closing bracket', 'قا ])كتب', {}, 1, 1],
    ['a kept dash', 'قال – ثم', { dashesKept: true }, 4, 2],
    // `——` is word 2: two equal units the cover passes (no letters, no run of elongation).
    ['two kept dashes', 'قال —— ثم', { dashesKept: true }, 4, 2],
    ['a dash the style changes', 'قال – ثم', { dashesKept: false }, 2, 2],
  ] as const)('passes as stage 3’s cover does: %s', (_name, text, styles, stop, stopWithout) => {
    expect(kernelTakes(0)).toBe(true);
    const units = kernelOutput!;
    for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
    const end = text.length >> 1;
    const at = kernelUnitsAt(units);
    expect(coverWordsInJavaScript(units, 0, end, text.length, styles)).toBe(stop);
    expect(kernelCoverWords(at, 0, end, text.length, stylesBits(styles))).toBe(stop);
    expect(kernelCoverWords(at, 0, end, text.length, 0)).toBe(stopWithout);
  });

  it('passes only quotes, brackets and dashes that stage 3 leaves as they are, read as its cover reads them', () => {
    // Each is a stretch `punctuationUnchangedAt` passes whole: the unit alone, or a closing quote
    // or bracket and the lone mark after it.
    let passed = 0;
    fc.assert(
      fc.property(
        coverText,
        fc.constantFrom('arabic', 'latin', 'keep'),
        fc.constantFrom('ascii', 'guillemets', 'keep'),
        fc.constantFrom('keep', 'hyphen'),
        fc.boolean(),
        (text, punctuation, quotes, dashes, spacing) => {
          const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
          const options = resolveOptions(
            { punctuation, quotes, dashes, punctuationSpacing: spacing },
            'normalize',
          );
          const styles: CoverStyles = { punctuation, quotes, dashesKept: dashes !== 'hyphen' };
          for (let i = 0; i < text.length; i++) {
            const why = passedMarkAt(units, i, text.length, styles);
            if (why === undefined || why === 'lone') continue;
            passed++;
            const next = units[i + 1];
            const withMark =
              why !== 'dash' &&
              next !== undefined &&
              next !== 0x20 &&
              next !== 0x0a &&
              !isQuoteNeighbourLetter(next);
            expect(punctuationUnchangedAt(text, i, options), JSON.stringify(text)).toBe(
              withMark ? i + 2 : i + 1,
            );
          }
        },
      ),
      { numRuns: propertyRuns(3_000, 300) },
    );
    expect(passed).toBeGreaterThan(0);
  });

  it('makes the output of the JavaScript loops on text with quotes, brackets and dashes of every kind in every place', () => {
    // Lines of the cover's words, long enough for the fused pass (and its kernel) to take them.
    const quotedText = fc
      .array(coverText, { minLength: 1, maxLength: 8 })
      .map((lines) => lines.join('\n').repeat(4));
    fc.assert(
      fc.property(quotedText, anyOptions, (text, options) => {
        expectKernelAsJavaScript(text, options);
      }),
      { numRuns: propertyRuns(1_000, 100) },
    );
  });

  it('reads the untouched bit, the lone marks, the commas and the quotes from bits of their own', () => {
    expect(LONE_MARK_MASK & QUOTE_PASS_MASK).toBe(0);
    expect(LONE_MARK_MASK | COMMA_BIT | QUOTE_PASS_MASK | 1).toBe(0xff);
    for (const style of ['arabic', 'latin', 'keep'] as const)
      expect(LONE_MARK_BITS[style] & ~LONE_MARK_MASK).toBe(0);
    for (const style of ['ascii', 'guillemets', 'keep'] as const)
      expect(QUOTE_PASS_BITS[style] & ~QUOTE_PASS_MASK).toBe(0);
  });

  // [name, text, where the words stop with `standard`'s style, where they stop with none]
  it.each([
    ['a full stop before a space and a word', 'قال. ثم', 3, 1],
    ['an Arabic comma before a line break', 'قال،\nثم', 3, 1],
    ['a full stop before a space that ends the text', 'قالو. ', 3, 2],
    ['a mark after a space', 'قا . ثم', 1, 1],
    ['a full stop before a comma', 'قال. ،ثم', 1, 1],
    ['a mark before two spaces', 'قال،  ثم', 1, 1],
    ['a mark glued to the next word', 'قال،ثم', 1, 1],
    ['an exclamation mark', 'قال! ثم', 1, 1],
    ['a full stop that ends the text', 'قال.', 1, 1],
    ['two marks in one word', 'قا.، ثم', 1, 1],
  ])('passes a lone mark as stage 3’s cover does: %s', (_name, text, stop, stopWithout) => {
    expect(kernelTakes(0)).toBe(true);
    const units = kernelOutput!;
    for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
    const end = text.length >> 1;
    const at = kernelUnitsAt(units);
    expect(kernelCoverWords(at, 0, end, text.length, LONE_MARK_BITS.arabic)).toBe(stop);
    expect(kernelCoverWords(at, 0, end, text.length, 0)).toBe(stopWithout);
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

  it('reads lines in a copy as isPersianLineOfUnits does: from a start, to the line of a unit', () => {
    // Lines joined by every line break the scan knows, read from a line start (or a unit past
    // it) up to the line that holds `at`, as the letters pass reads a text it records.
    const lines = fc.array(
      fc.tuple(line, fc.constantFrom('\n', '\r\n', '\u2029', '\u2028', '\r')),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    let read = 0;
    fc.assert(
      fc.property(lines, fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.map(([words, lineBreak]) => words + lineBreak).join('');
        const from = a % (text.length + 1);
        const at = from + (b % (text.length - from + 1));
        const units = kernelCopyOf(text)!;
        const kernel = kernelPersianLineOfUnits(units, text.length, from, at);
        const javascript = isPersianLineOfUnits(units, text.length, from, at);
        if (kernel < 0) return;
        read++;
        const label = `${JSON.stringify(text)} from ${from} at ${at}`;
        expect((kernel & 1) === 1, label).toBe(javascript);
        expect(kernel >> 1, label).toBe(endOfLineRead());
      }),
      { numRuns: propertyRuns(3_000, 300) },
    );
    expect(read).toBeGreaterThan(0);
    // Not in the kernel's memory: the host reads the line.
    const own = new Uint16Array(8);
    expect(kernelPersianLineOfUnits(own, 8, 0, 0)).toBe(-1);
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
