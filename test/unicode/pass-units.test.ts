import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EditLog, ROW } from '../../src/trace/edit-log.js';
import { collapseGaps } from '../../src/unicode/collapse-gaps.js';
import { type ExpandPolicy, expandForms } from '../../src/unicode/expand-forms.js';
import { PASS_UNITS_FROM, PASS_UNITS_UP_TO, passUnitsOf } from '../../src/unicode/pass-units.js';
import { type MarksPolicy, repairMarks } from '../../src/unicode/repair-marks.js';
import { hostileArabicText, loneSurrogate } from '../support/arabic-arbitraries.js';

// The skip loops of stage 1's passes read a native copy of the pass's text (pass-units.ts) where
// the runtime has Node's Buffer, else the string. A fresh copy of the passes' modules, made where
// there is no Buffer, reads the string as the passes did before the copy: each pass must give the
// same output and record the same edits (start, end, length, rule, in order) both ways.

type Passes = {
  expandForms: typeof expandForms;
  repairMarks: typeof repairMarks;
  collapseGaps: typeof collapseGaps;
};

/** The passes of a fresh module copy whose copy of the units is never made (no Buffer). */
let stringReading: Passes;

beforeAll(async () => {
  vi.resetModules();
  const forms = await import('../../src/unicode/expand-forms.js');
  const marks = await import('../../src/unicode/repair-marks.js');
  const gaps = await import('../../src/unicode/collapse-gaps.js');
  const units = await import('../../src/unicode/pass-units.js');
  // The fresh modules' tables, which their first public call would fill (src/core/table-fills.ts).
  (await import('../../src/core/table-fills.js')).fillTables();
  withoutBuffer(() => expect(units.passUnitsOf('كتاب '.repeat(20))).toBeNull());
  stringReading = { ...forms, ...marks, ...gaps };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Runs `run` where the runtime has no Buffer. */
function withoutBuffer<T>(run: () => T): T {
  vi.stubGlobal('Buffer', undefined);
  try {
    return run();
  } finally {
    vi.unstubAllGlobals();
  }
}

/** The output of `pass` and every number of the edits it recorded, in order. */
function recorded(pass: (log: EditLog) => string): { out: string; edits: number[] } {
  const log = new EditLog();
  const out = pass(log);
  return { out, edits: Array.from(log.rows.slice(0, ROW * log.size)) };
}

const expandPolicy: fc.Arbitrary<ExpandPolicy> = fc.record({
  zwnj: fc.constantFrom('remove', 'space', 'keep'),
  zwnjInWords: fc.constantFrom('remove', 'space', 'keep'),
  removeTatweel: fc.boolean(),
  stripDiacritics: fc.boolean(),
  stripShadda: fc.boolean(),
});
const marksPolicy: fc.Arbitrary<MarksPolicy> = fc.record({
  repair: fc.boolean(),
  stripDiacritics: fc.boolean(),
  stripShadda: fc.boolean(),
});

/** Checks each pass on `text` against the string-reading copy (made where `text` is long enough). */
function expectSameEdits(text: string, forms: ExpandPolicy, marks: MarksPolicy): void {
  expect(passUnitsOf(text) !== null).toBe(text.length >= PASS_UNITS_FROM);
  const expanded = recorded((log) => expandForms(text, forms, log));
  const expandedFromString = withoutBuffer(() =>
    recorded((log) => stringReading.expandForms(text, forms, log)),
  );
  expect(expanded).toEqual(expandedFromString);
  // The marks pass reads the first pass's output (a joined string) and the text itself.
  for (const input of [text, expanded.out]) {
    const repaired = recorded((log) => repairMarks(input, marks, log));
    expect(repaired).toEqual(
      withoutBuffer(() => recorded((log) => stringReading.repairMarks(input, marks, log))),
    );
    for (const collapse of [true, false]) {
      expect(recorded((log) => collapseGaps(repaired.out, collapse, log))).toEqual(
        withoutBuffer(() =>
          recorded((log) => stringReading.collapseGaps(repaired.out, collapse, log)),
        ),
      );
    }
  }
}

const standardForms: ExpandPolicy = {
  zwnj: 'keep',
  zwnjInWords: 'remove',
  removeTatweel: true,
  stripDiacritics: false,
  stripShadda: false,
};
const repairing: MarksPolicy = { repair: true, stripDiacritics: false, stripShadda: false };

/** Noisy text: forms, controls, tatweels, ZWNJs, detached marks, spaces and breaks of every kind. */
const NOISE =
  'ﻻ بد مـــن ‌ ﺍلكتاب\u200f \u064e كتب\u200c\u200cت\r\n\r\n\u00a0 \u2029ﷲ \ud800\udc00 \udc00 ـ\u0651 \u200d\ud83d\ude00 ';

describe('stage 1 passes reading a native copy of their text', () => {
  it('copy every code unit of a sliced text, lone surrogates included, for each new text', () => {
    const whole = `${NOISE.repeat(40)}\ud800`;
    const slice = whole.slice(7, whole.length - 3);
    const units = passUnitsOf(slice)!;
    expect(String.fromCharCode(...units.subarray(0, slice.length))).toBe(slice);
    const tail = whole.slice(whole.length - 300);
    const again = passUnitsOf(tail)!;
    expect(String.fromCharCode(...again.subarray(0, tail.length))).toBe(tail);
  });

  it('read the string for a text too short or too long to copy', () => {
    expect(passUnitsOf('ب'.repeat(PASS_UNITS_FROM - 1))).toBeNull();
    expect(passUnitsOf('ب'.repeat(PASS_UNITS_UP_TO + 1))).toBeNull();
  });

  it('record the same edits as the string-reading passes on texts of 0, 1, 63-65, 255-257 and 4095-4097 units', () => {
    for (const length of [0, 1, 2, 63, 64, 65, 255, 256, 257, 4095, 4096, 4097, 9000]) {
      const text = NOISE.repeat(Math.ceil(length / NOISE.length) + 1).slice(3, 3 + length);
      expectSameEdits(text, standardForms, repairing);
      // A run the loops pass ending at the text's end, and an acting unit as its last unit.
      const plain = `${'كتاب '.repeat(length)}`.slice(0, length);
      expectSameEdits(plain, standardForms, repairing);
      if (length > 0) expectSameEdits(`${plain.slice(1)}\u200f`, standardForms, repairing);
    }
  });

  it('stop at the end of a short text after a longer one left acting units in the copy', () => {
    // Units the loops pass, then nothing: what follows in the copy is the longer text's.
    for (const end of ['', ' ب', 'ب\n', ' ']) {
      expectSameEdits(NOISE.repeat(100), standardForms, repairing);
      expectSameEdits(`${'كتاب جديد '.repeat(8)}${end}`, standardForms, repairing);
    }
  });

  it('find a unit or gap to act on at every place of the eight-unit steps of their skip loops, from odd and even starts', () => {
    // The skip loops test eight units at a step. A unit or gap to act on (a bidi mark, a
    // presentation form, a haraka after a space, two spaces, a space before a line break, a
    // no-break space) at each of the eight places of a step must be found where it is, the loop
    // starting at an odd or an even unit after the one before it (a bidi mark for the forms pass,
    // a haraka inside a word, which it leaves, for the marks pass).
    const words = 'كتابة جديدة ومفيدة '.repeat(12);
    for (const actOn of ['\u200f', '\ufefb', ' \u064e', '\u0640', '  ', ' \n', '\u00a0']) {
      for (const first of [2, 3]) {
        for (let gap = 0; gap < 20; gap++) {
          const text = `${words.slice(0, first)}\u200f\u064e${words.slice(0, 64 + gap)}${actOn}${words}`;
          expectSameEdits(text, standardForms, repairing);
          expectSameEdits(text, { ...standardForms, removeTatweel: false }, repairing);
        }
      }
    }
  });

  it('record the same edits as the string-reading passes on generated text cut from a longer string', () => {
    fc.assert(
      fc.property(
        hostileArabicText(300),
        fc.nat(20),
        fc.nat(20),
        expandPolicy,
        marksPolicy,
        (text, before, after, forms, marks) => {
          const whole = `${NOISE.slice(0, before)}${text}${NOISE.slice(0, after)}`;
          expectSameEdits(whole.slice(before, whole.length - after), forms, marks);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('record the same edits on generated text with lone surrogates, across the copy’s first growth', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: hostileArabicText(40) },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 1, arbitrary: fc.constant('كلمة '.repeat(200)) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), expandPolicy, marksPolicy, (pieces, f, m) => {
        expectSameEdits(pieces.join(''), f, m);
      }),
      { numRuns: 100 },
    );
  });
});
