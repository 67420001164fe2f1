import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextEditor } from '../../src/core/text-editor.js';
import { hasElongationRun } from '../../src/letters/reduce-elongation.js';
import {
  coveredWithoutRun,
  makeCoverEdits,
  punctuationCoverEnd,
  punctuationCoverEndInUnits,
} from '../../src/punctuation/cover.js';
import {
  normalizePunctuationOfUnits,
  normalizePunctuationResolved,
} from '../../src/punctuation/normalize-punctuation.js';
import {
  forgetNotedRuns,
  loneMarkEnd,
  notedRun,
  punctuationUnchangedEnd,
} from '../../src/punctuation/unchanged.js';
import { loneMarkEndInUnits } from '../../src/punctuation/unchanged-in-units.js';
import {
  anyPunctuationOptions,
  arabicLetter,
  hostileArabicText,
  tokenMixText,
} from '../support/arabic-arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';
import { resolvePunctuation as resolve } from '../support/punctuation-passes.js';
import {
  unitsInKernelInput,
  unitsInKernelOutput,
  unitsInBuffer as unitsInOwnBuffer,
} from '../support/units-buffer.js';

/**
 * Stage 3's gate read in the fused pass's output buffer (src/punctuation/unchanged-in-units.ts),
 * which `normalize` runs on the fused pass's output: it stops where the string gate stops, the
 * cover made of it keeps the same edits and stops at the same place, the stage gives the same
 * output, and where the cover passes the whole text, the runs of elongation it noted tell
 * exactly whether the text has one (`hasElongationRun`). A run costs well under a millisecond.
 */
const RUNS = propertyRuns(5_000, 1_000);

/**
 * Pieces that sit where the gate decides (numbers of the three digit systems, clause marks,
 * quotes, brackets, dashes, spans, spaces and line breaks) and that make runs of three equal
 * letters, pairs and near-runs next to them, at both parities.
 */
const piece = fc.oneof(
  fc.constantFrom(
    ...Array.from(
      'بلمهa \n\u00a0\t.,،؛:!?؟()[]«»"\'“”-\u2010\u2013\u2212%٪/@_0159٠٣٩۰۴۹٫٬\u064e\u0640',
    ),
  ),
  fc.constantFrom(
    'ككك',
    'كك',
    'لل',
    'ههه',
    'هههه',
    'ااا',
    'ك',
    'ه',
    '2۰14',
    '۱۱0,000',
    '۱۳۹۸/۰۲/۱۵',
    'قال، ',
    ' في ',
    '](',
    '](ككك)',
    '](a/بكك) ',
    'x.com',
    'a@b.co',
    'www.',
  ),
  arabicLetter,
);
const gateText = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: hostileArabicText(40) },
  { weight: 1, arbitrary: tokenMixText() },
);

/** A buffer's padding: none, or units that would make a run with a last pair of the text. */
const padding = fc.tuple(fc.nat(3), fc.constantFrom(0, 0x0643, 0x0647, 0x0644));

/** The edits that the last cover kept, as a recorder receives them. */
function keptEdits(text: string) {
  const edits: number[][] = [];
  const recorder = {
    record: (s: number, e: number, l: number, r: number) => edits.push([s, e, l, r]),
  };
  makeCoverEdits(new TextEditor(text, recorder), text.length);
  return edits;
}

/**
 * The buffers the gate reads: one of the text's own, the kernel's output (where `normalize`
 * leaves the fused output) and its input (where stage 3 copies a text given as a string): in
 * the kernel's memory the words are read by its `coverWords`.
 */
const BUFFERS = [
  { buffer: 'a buffer of its own', unitsInBuffer: unitsInOwnBuffer },
  {
    buffer: "the fused pass kernel's output",
    unitsInBuffer: unitsInKernelInput,
    unitsInKernelOutput,
  },
  { buffer: "the fused pass kernel's input", unitsInBuffer: unitsInKernelInput },
];

describe.each(BUFFERS)(
  "stage 3's gate read in the fused pass's buffer ($buffer)",
  ({ unitsInBuffer }) => {
    it('stops at a unit it cannot vouch for wherever it stands among the words read at once', () => {
      const options = resolve({});
      const words = 'بلم هكذا قال الرجل في البيت الكبير';
      // Prefixes after which the cover goes on at an even or an odd unit (after a lone mark).
      for (const prefix of ['', 'ب', 'قال. ', 'قالت. ']) {
        // (Not right after a lone mark's space: a comma there makes the mark a stop itself.)
        for (let stop = prefix.endsWith(' ') ? 1 : 0; stop <= words.length; stop++) {
          // A Latin comma beside Arabic words, which the stage rewrites: the cover stops there.
          const text = `${prefix}${words.slice(0, stop)},${words.slice(stop)}`;
          const units = unitsInBuffer(text, 2, 0x0628);
          expect(punctuationCoverEndInUnits(text, units, options, 0), text).toBe(
            prefix.length + stop,
          );
        }
        const whole = prefix + words;
        expect(punctuationCoverEndInUnits(whole, unitsInBuffer(whole, 1, 0x20), options, 0)).toBe(
          whole.length,
        );
      }
    });

    it('finds a run of elongation wherever it stands among the words read at once', () => {
      const options = resolve({});
      const words = 'بلم هكذا قال الرجل في البيت الكبير';
      for (const prefix of ['', 'ب', 'قال. ', 'قالت. ']) {
        for (let at = 0; at <= words.length; at++) {
          for (const run of ['ككك', 'كك']) {
            const text = `${prefix}${words.slice(0, at)}${run}${words.slice(at)}`;
            const units = unitsInBuffer(text, 2, 0x0643);
            expect(punctuationCoverEndInUnits(text, units, options, 0), text).toBe(text.length);
            expect(notedRun(), text).toBe(hasElongationRun(text));
          }
        }
      }
    });

    it('reads a lone clause mark in the buffer as the string gate reads it', () => {
      // Padding of spaces and line breaks too, which the buffer form must not read.
      const spaced = fc.tuple(fc.nat(3), fc.constantFrom(0x20, 0x0a, 0x0643));
      fc.assert(
        fc.property(gateText, anyPunctuationOptions, spaced, (text, o, pad) => {
          const options = resolve(o);
          const units = unitsInBuffer(text, pad[0], pad[1]);
          for (let i = 0; i < text.length; i++) {
            expect(
              loneMarkEndInUnits(units, i, text.length, options.punctuation),
              `${JSON.stringify(text)} at ${i}`,
            ).toBe(loneMarkEnd(text, i, options));
          }
        }),
        { numRuns: RUNS * 2 },
      );
    });

    it('passes a lone clause mark before a line break, one space and a word, or the end only', () => {
      const options = resolve({});
      // A space in the buffer after the text's last unit is not read.
      const cases: [string, number, number][] = [
        ['قال.\nب', 3, 4],
        ['قال. ب', 3, 4],
        ['قال.', 3, -1],
        ['قال. ', 3, 4],
        ['قال.  ب', 3, -1],
        ['قال. ،', 3, -1],
        ['قال .ب', 4, -1],
        ['.ب', 0, -1],
      ];
      for (const [text, at, end] of cases) {
        const units = unitsInBuffer(text, 2, 0x20);
        expect(loneMarkEndInUnits(units, at, text.length, options.punctuation), text).toBe(end);
        expect(loneMarkEnd(text, at, options), text).toBe(end);
      }
    });

    it('covers as the string cover does, keeping the same edits of the numbers it passes', () => {
      fc.assert(
        fc.property(gateText, anyPunctuationOptions, padding, (text, o, pad) => {
          const options = resolve(o);
          const stop = punctuationCoverEnd(text, options, 0);
          const edits = keptEdits(text);
          const units = unitsInBuffer(text, pad[0], pad[1]);
          expect(punctuationCoverEndInUnits(text, units, options, 0), JSON.stringify(text)).toBe(
            stop,
          );
          expect(keptEdits(text)).toEqual(edits);
        }),
        { numRuns: RUNS * 4 },
      );
    });

    it('covers as the string cover does from every line start, where the scan runs it again', () => {
      const lines = fc.array(gateText, { minLength: 2, maxLength: 4 }).map((l) => l.join('\n'));
      let later = 0;
      fc.assert(
        fc.property(lines, anyPunctuationOptions, padding, (text, o, pad) => {
          const options = resolve(o);
          const units = unitsInBuffer(text, pad[0], pad[1]);
          for (let from = text.indexOf('\n') + 1; from > 0; from = text.indexOf('\n', from) + 1) {
            later++;
            const stop = punctuationCoverEnd(text, options, from);
            const edits = keptEdits(text);
            const label = `${JSON.stringify(text)} from ${from}`;
            expect(punctuationCoverEndInUnits(text, units, options, from), label).toBe(stop);
            expect(keptEdits(text), label).toEqual(edits);
            // Covered from a later line, the text is not known to be covered whole.
            expect(coveredWithoutRun(), label).toBe(false);
          }
        }),
        { numRuns: RUNS * 2 },
      );
      expect(later).toBeGreaterThan(RUNS);
    });

    it('tells exactly whether a text it covers whole has a run of elongation', () => {
      let covered = 0;
      let withRun = 0;
      fc.assert(
        fc.property(gateText, anyPunctuationOptions, padding, (text, o, pad) => {
          const options = resolve(o);
          const units = unitsInBuffer(text, pad[0], pad[1]);
          if (punctuationCoverEndInUnits(text, units, options, 0) !== text.length) {
            expect(coveredWithoutRun()).toBe(false);
            return;
          }
          covered++;
          if (hasElongationRun(text)) withRun++;
          expect(notedRun(), JSON.stringify(text)).toBe(hasElongationRun(text));
          expect(coveredWithoutRun()).toBe(!hasElongationRun(text));
        }),
        { numRuns: RUNS * 4 },
      );
      // The property was not vacuous: texts covered whole, with and without runs.
      expect(covered).toBeGreaterThan(RUNS / 2);
      expect(withRun).toBeGreaterThan(RUNS / 50);
    });

    it('notes only runs the text has, wherever the cover stops', () => {
      fc.assert(
        fc.property(gateText, anyPunctuationOptions, (text, o) => {
          const options = resolve(o);
          punctuationCoverEndInUnits(text, unitsInBuffer(text, 1, 0x0643), options, 0);
          if (notedRun()) expect(hasElongationRun(text), JSON.stringify(text)).toBe(true);
        }),
        { numRuns: RUNS * 2 },
      );
    });

    it('finds a run at every parity and at the ends of the text, between numbers and marks', () => {
      const options = resolve({});
      for (const before of ['', 'ب', 'ب ', '٣ ', '(']) {
        for (const after of ['', 'ب', ' ب', ' ٣', ')', '.']) {
          for (const run of ['ككك', 'كككك', 'كك']) {
            const text = `${before}${run}${after}`;
            const units = unitsInBuffer(text, 2, 0x0643);
            expect(punctuationCoverEndInUnits(text, units, options, 0), text).toBe(text.length);
            expect(notedRun(), text).toBe(run !== 'كك');
          }
        }
      }
      // Inside a stretch: a Markdown link target, which the gate passes as one stretch.
      for (const target of ['ككك', 'بككك', 'a/كككك', 'كك']) {
        const text = `انظر [هنا](${target}) ب`;
        expect(punctuationCoverEndInUnits(text, unitsInBuffer(text, 0, 0), options, 0), text).toBe(
          text.length,
        );
        expect(notedRun(), text).toBe(hasElongationRun(target));
      }
    });

    it('gives the stage its own output', () => {
      fc.assert(
        fc.property(gateText, anyPunctuationOptions, padding, (text, o, pad) => {
          const options = resolve(o);
          expect(
            normalizePunctuationOfUnits(text, unitsInBuffer(text, pad[0], pad[1]), options),
            JSON.stringify(text),
          ).toBe(normalizePunctuationResolved(text, options));
        }),
        { numRuns: RUNS * 2 },
      );
    });
  },
);

/**
 * The string gate (`punctuationUnchangedEnd`, read two units at a time) notes the runs of
 * elongation as the buffer gate does, so that the recorded run of the pipeline, which hands
 * stage 3 a string, skips the elongation step where it has no work (`elongationIdleAfterStage3`).
 */
describe("stage 3's string gate noting the runs of elongation", () => {
  it('tells exactly whether a text it covers whole from its start has a run', () => {
    let covered = 0;
    let withRun = 0;
    fc.assert(
      fc.property(gateText, anyPunctuationOptions, (text, o) => {
        const options = resolve(o);
        if (punctuationCoverEnd(text, options, 0) !== text.length) {
          expect(coveredWithoutRun()).toBe(false);
          return;
        }
        covered++;
        if (hasElongationRun(text)) withRun++;
        expect(coveredWithoutRun(), JSON.stringify(text)).toBe(!hasElongationRun(text));
      }),
      { numRuns: RUNS * 4 },
    );
    // The property was not vacuous: texts covered whole, with and without runs.
    expect(covered).toBeGreaterThan(RUNS / 2);
    expect(withRun).toBeGreaterThan(RUNS / 50);
  });

  it('notes only runs the text has, wherever it starts and stops', () => {
    fc.assert(
      fc.property(gateText, anyPunctuationOptions, fc.nat(), (text, o, at) => {
        const options = resolve(o);
        forgetNotedRuns();
        const from = text.length === 0 ? 0 : at % (text.length + 1);
        punctuationUnchangedEnd(text, options, from);
        if (notedRun()) expect(hasElongationRun(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('never tells a text covered from a later line start idle (its first lines were not read)', () => {
    const options = resolve({});
    const text = 'كتييير\nقال نعم';
    expect(punctuationCoverEnd(text, options, 7)).toBe(text.length);
    expect(coveredWithoutRun()).toBe(false);
  });

  it('finds a run at every parity and at the ends of the text, between numbers and marks', () => {
    const options = resolve({});
    for (const before of ['', 'ب', 'ب ', '٣ ', '(', '۲۰۱۴ ']) {
      for (const after of ['', 'ب', ' ب', ' ٣', ')', '.', ' ۲۰۱۴']) {
        for (const run of ['ككك', 'كككك', 'كك']) {
          const text = `${before}${run}${after}`;
          expect(punctuationCoverEnd(text, options, 0), text).toBe(text.length);
          expect(coveredWithoutRun(), text).toBe(run === 'كك');
        }
      }
    }
    // Inside a stretch: a Markdown link target, which the gate passes as one stretch.
    for (const target of ['ككك', 'بككك', 'a/كككك', 'كك']) {
      const text = `انظر [هنا](${target}) ب`;
      expect(punctuationCoverEnd(text, options, 0), text).toBe(text.length);
      expect(coveredWithoutRun(), text).toBe(!hasElongationRun(target));
    }
    // Beside a number that the rule rewrites: `ككك۲۰۱۴` is read by the cover's number step.
    const glued = 'قال ۲۰۱۴ككك ب';
    expect(punctuationCoverEnd(glued, options, 0)).toBe(glued.length);
    expect(coveredWithoutRun()).toBe(false);
  });
});
