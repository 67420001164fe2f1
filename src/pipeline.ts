import type { RuleId } from './core/rules.js';
import type { EditRecorder } from './core/text-editor.js';
import { WarmUpSchedule } from './core/warm-up-due.js';
import {
  cleanAndMapLettersInBuffer,
  cleanLineStartBefore,
  fusedOutputString,
} from './fast/clean-and-map.js';
import {
  checkFoldedLength,
  foldBareLetters,
  foldedHasElongationRun,
  foldedUnits,
  foldFusedOutput,
} from './fast/fold-bare-letters.js';
import { forgetFusedOutput, fusedOutputUnits } from './fast/fused-output-runs.js';
import { releaseIfLarge } from './fast/output-buffer.js';
import { pipelineGateEnd } from './fast/pipeline-gate.js';
import { WARM_UP_ROUND, WARM_UP_ROUND_UNITS, WARM_UP_ROUNDS } from './fast/warm-up.js';
import { foldForSearchResolved, foldsAnything } from './folds/fold-for-search.js';
import { mapFarsiLettersResolved } from './letters/map-farsi-letters.js';
import { reduceElongation } from './letters/reduce-elongation.js';
import type { ResolvedOptions } from './options/types.js';
import { coveredWithoutRun } from './punctuation/cover.js';
import {
  normalizePunctuationOfUnits,
  normalizePunctuationResolved,
  unitsHaveElongationRun,
} from './punctuation/normalize-punctuation.js';
import { cleanUnicodeResolved } from './unicode/clean-unicode.js';

/**
 * The pipeline of `normalize`, declared once: its steps in the order they run, each on the output
 * of the one before. Everything else that depends on the order is derived from this list: `run`
 * (src/normalize.ts), the recorders and edit logs of `normalizeWithOffsets` and `explain` (one
 * per pass, in pass order), and the pass-order table of docs/architecture.md
 * (`npm run docs:generate`). A test records every pass over hostile text and checks that each edit
 * carries one of the rules its pass declares, and that every rule and option belongs to a pass.
 */

/**
 * One pass: a left-to-right scan that writes its output as edits over its input and reports each
 * edit, tagged with its rule, to its recorder (so it has one edit log).
 */
export interface Pass {
  /** The pass's name; also the name of its recorder in {@link PipelineRecorders}. */
  readonly id: string;
  /** Where the pass is written. */
  readonly source: string;
  /** What it does, in a line (for the documentation). */
  readonly does: string;
  /** The options that switch it on or change what it does. */
  readonly options: readonly (keyof ResolvedOptions)[];
  /** Every rule its edits may carry. */
  readonly rules: readonly RuleId[];
}

/** The recorders of one step's passes, by pass id; `undefined` when nothing is recorded. */
export type StepRecorders = { readonly [id: string]: EditRecorder | undefined } | undefined;

/** One step of the pipeline: a stage function running one or more passes. */
export interface Step {
  /** The stage the step belongs to, as the documentation names it. */
  readonly stage: string;
  /** Its passes, in the order they run. */
  readonly passes: readonly Pass[];
  /** Runs the step; each pass reports to `recorders[pass.id]` when recording. */
  readonly run: (
    text: string,
    options: Readonly<ResolvedOptions>,
    recorders: StepRecorders,
  ) => string;
}

/**
 * With `farsiLetters: 'auto'`, the ZWNJs inside words wait for stage 2, which knows the language
 * of each line (Persian and Urdu keep theirs): how stage 2 treats them then, or `undefined` when
 * stage 1 treats them (then stage 2 leaves ZWNJs alone).
 */
export function zwnjLeftForStage2(
  options: Readonly<ResolvedOptions>,
): 'remove' | 'space' | undefined {
  return options.farsiLetters === 'auto' && options.zwnj !== 'keep' ? options.zwnj : undefined;
}

/**
 * The steps of the pipeline, in order. Why this order:
 * - presentation forms are expanded first: NFKC turns some of them (U+FBFC–FBFF) into FARSI YEH,
 *   which stage 2 maps, and marks can be repaired only once every letter is a real letter;
 * - marks are repaired before gaps are collapsed, so that the space a moved mark leaves behind is
 *   collapsed like any other;
 * - punctuation runs after the letters are Arabic: whether `,` or `?` becomes `،` or `؟` depends on
 *   the script of the words around it;
 * - the folds run after that, so that they see canonical letters;
 * - elongation runs last, so that a run made by a fold (`أاا` → `ااا`) is reduced in the same
 *   call (`normalize` is idempotent).
 */
export const PIPELINE = [
  {
    stage: 'stage 1: Unicode cleanup (`cleanUnicode`)',
    // One pre-scan (src/unicode/pre-scan.ts) first tells which of the three passes have work;
    // text that needs none is returned as it is.
    passes: [
      {
        id: 'forms',
        source: 'src/unicode/expand-forms.ts',
        does: 'presentation forms and ligatures to letters; invisible controls (an emoji’s ZWJ kept), ZWNJ and decorative tatweel removed; lone surrogates',
        options: ['zwnj', 'tatweel', 'diacritics'],
        rules: ['presentation-form', 'invisible', 'zwnj', 'tatweel', 'lone-surrogate', 'nfc'],
      },
      {
        id: 'marks',
        source: 'src/unicode/repair-marks.ts',
        does: 'NFC on the spans that need it; detached marks put back on their letter (unsure cases left); diacritics stripped',
        options: ['repairDiacritics', 'diacritics'],
        rules: [
          'nfc',
          'detached-mark',
          'case-ending',
          'orphan-mark',
          'duplicate-mark',
          'diacritics',
        ],
      },
      {
        id: 'gaps',
        source: 'src/unicode/collapse-gaps.ts',
        does: 'line breaks unified; each run of spaces and line breaks rewritten as a whole',
        options: ['whitespace'],
        rules: ['line-break', 'whitespace'],
      },
    ],
    run: (text, options, recorders) =>
      cleanUnicodeResolved(text, options, recorders, zwnjLeftForStage2(options) !== undefined),
  },
  {
    stage: 'stage 2: letters (`mapFarsiLetters`)',
    passes: [
      {
        id: 'letters',
        source: 'src/letters/map-farsi-letters.ts',
        does: 'Persian and Urdu look-alike letters to Arabic letters (word-final FARSI YEH by the word list); Persian and Urdu lines kept with `auto`, the ZWNJs stage 1 left removed elsewhere',
        options: ['farsiLetters', 'zwnj'],
        rules: [
          'farsi-yeh',
          'alef-maksura',
          'keheh',
          'heh',
          'heh-hamza',
          'yeh-hamza',
          'teh-marbuta',
          'zwnj',
          'persian-passage',
        ],
      },
    ],
    run: (text, options, recorders) =>
      mapFarsiLettersResolved(text, options, recorders?.letters, zwnjLeftForStage2(options)),
  },
  {
    stage: 'stage 3: numbers and punctuation (`normalizePunctuation`)',
    passes: [
      {
        id: 'punctuation',
        source: 'src/punctuation/normalize-punctuation.ts',
        does: 'digits, number signs, punctuation, spacing, quotes, dashes; protected spans (numbers, URLs, e-mail, paths) left alone',
        options: [
          'digits',
          'punctuation',
          'punctuationSpacing',
          'quotes',
          'dashes',
          'visualOrderNumbers',
        ],
        rules: [
          'digit',
          'number-separator',
          'number-dash',
          'percent',
          'visual-order-number',
          'punctuation',
          'punct-space',
          'stray-comma',
          'quote',
          'dash',
        ],
      },
    ],
    run: (text, options, recorders) =>
      normalizePunctuationResolved(text, options, recorders?.punctuation),
  },
  {
    stage: 'search folds (`foldForSearch`)',
    passes: [
      {
        id: 'folds',
        source: 'src/folds/fold-for-search.ts',
        does: 'the lossy search folds (`search` preset), a letter and its marks at a time, put back in NFC',
        options: ['foldAlef', 'foldAlefMaksura', 'foldTehMarbuta', 'foldHamza', 'foldQuranicMarks'],
        rules: ['fold-alef', 'fold-alef-maksura', 'fold-teh-marbuta', 'fold-hamza', 'fold-quranic'],
      },
    ],
    run: (text, options, recorders) => foldForSearchResolved(text, options, recorders?.folds),
  },
  {
    stage: 'elongation (`mapFarsiLetters`)',
    passes: [
      {
        id: 'elongation',
        source: 'src/letters/reduce-elongation.ts',
        does: 'a run of three or more of one letter written once',
        options: ['elongation'],
        rules: ['elongation'],
      },
    ],
    run: (text, options, recorders) =>
      options.elongation === 'reduce' ? reduceElongation(text, recorders?.elongation) : text,
  },
] as const satisfies readonly Step[];

/** The id of a pass of the pipeline. */
export type PassId = (typeof PIPELINE)[number]['passes'][number]['id'];

/** One recorder per pass of the pipeline (see {@link PIPELINE}). */
export type PipelineRecorders = { readonly [id in PassId]: EditRecorder };

/** The ids of the passes, in the order they run: the order of the edit logs. */
export const PASS_IDS: readonly PassId[] = /* @__PURE__ */ PIPELINE.flatMap((step) =>
  step.passes.map((pass) => pass.id),
);

/** The steps, typed alike for the loop of {@link runPipeline}. */
const STEPS: readonly Step[] = PIPELINE;

/**
 * Without recorders, the first two steps (stages 1 and 2) run as one fused pass over code units,
 * `cleanAndMapLettersInBuffer` (src/fast/clean-and-map.ts; `cleanAndMapLetters` as a string):
 * same output, which test/fast/ holds equal to the steps themselves. The steps stay the reference, and what offsets and `explain` record.
 */
const FUSED_STEPS = 2;

/** Stage 3's step: the one after the fused steps (a test holds it there). */
export const PUNCTUATION_STEP = FUSED_STEPS;

/** The elongation step: the last (a test holds it there). */
const ELONGATION_STEP = STEPS.length - 1;

/**
 * Whether the elongation step has no work after stage 3 ran on a string (the recorded path, or
 * `normalize` where the fused pass kept no buffer): stage 3's gate notes the runs of elongation
 * as it reads, as on the buffer, and when it covered its input whole and saw none, the output has
 * none either (stage 3 makes no run, see `runPipeline`) and, with no search fold on, nothing
 * before the elongation step makes one. The step's recorder then receives no edit, as when it
 * runs and finds no run.
 */
export function elongationIdleAfterStage3(options: Readonly<ResolvedOptions>): boolean {
  return coveredWithoutRun() && !foldsAnything(options);
}

/** The folds step: the one after stage 3 (a test holds it there). */
export const FOLDS_STEP = PUNCTUATION_STEP + 1;

/**
 * Runs every step of {@link PIPELINE} in order. With no recorders (plain `normalize`) nothing is
 * recorded and nothing is allocated for it, and shortcuts make the same output (see
 * {@link runUnrecorded}). With recorders, stage 3's gate tells whether the elongation step has
 * work ({@link elongationIdleAfterStage3}).
 */
export function runPipeline(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorders?: PipelineRecorders,
): string {
  if (recorders === undefined) return runUnrecorded(text, options);
  let out = text;
  let end = STEPS.length;
  for (let k = 0; k < end; k++) {
    out = STEPS[k]!.run(out, options, recorders);
    if (k === PUNCTUATION_STEP && elongationIdleAfterStage3(options)) end = ELONGATION_STEP;
  }
  return out;
}

/**
 * {@link runPipeline} without recorders: text the whole pipeline's gate vouches for is returned at
 * once, stages 1 and 2 run fused, and stage 3's gate reads the fused pass's output in its buffer,
 * telling on the way whether the elongation step has work. With a search fold on, the folds of
 * text without marks or small letters are a map of code units (src/fast/fold-bare-letters.ts),
 * made in the buffer (before stage 3 over the fused output, see {@link foldThenPunctuate}; else
 * after it, over the fused output where stage 3 left it as it is), and the elongation step runs
 * only when that buffer holds a run.
 */
function runUnrecorded(text: string, options: Readonly<ResolvedOptions>): string {
  if (warmUpSchedule.due(text.length, WARM_UP_ROUNDS * WARM_UP_ROUND_UNITS)) warmUp(options);
  // Text that is already normal is read once and returned (src/fast/pipeline-gate.ts); else the
  // fused pass starts at the last clean line start the gate read past.
  const gateEnd = pipelineGateEnd(text, options);
  if (gateEnd === text.length) return text;
  forgetFusedOutput();
  const from = cleanLineStartBefore(text, gateEnd);
  const end = cleanAndMapLettersInBuffer(text, options, zwnjLeftForStage2(options), from);
  if (end >= 0 && foldsAnything(options)) {
    const out = foldThenPunctuate(end, options);
    if (out !== undefined) return out;
  }
  const fused = fusedOutputString(text, end);
  const units = fusedOutputUnits(fused);
  // Stage 3 (the step after the fused ones), its gate reading the fused pass's output in its
  // buffer where it is there and noting the runs of elongation as it reads.
  const out =
    units === undefined
      ? STEPS[PUNCTUATION_STEP]!.run(fused, options, undefined)
      : normalizePunctuationOfUnits(fused, units, options);
  if (foldsAnything(options))
    return foldAndReduce(out, options, out === fused && units !== undefined);
  // The elongation step (the last) leaves text without a run of three equal letters as it is,
  // and only the folds can make one after the fused pass: stage 3 writes no letter, and what it
  // removes (spaces, stray commas) stands next to a mark it keeps, so no two letters meet. Where
  // stage 3's gate did not read the whole output, the buffer is read again where no cover of
  // stage 3 passed the lines whole.
  if (
    options.elongation !== 'reduce' ||
    coveredWithoutRun() ||
    (units !== undefined && !unitsHaveElongationRun(units, fused.length))
  ) {
    return out;
  }
  return STEPS[ELONGATION_STEP]!.run(out, options, undefined);
}

/**
 * With a search fold on, the fused pass's output (`units[0, end)` of the output buffer, not
 * decoded) folded first where it holds no unit of a cluster, then stage 3 on the folded text, its
 * gate reading the buffer, then the elongation step where the folds left a run: the same output
 * as stage 3 then the folds, as the two commute on such text (see `foldFusedOutput`), with one
 * string of the text's length fewer. `undefined` where the fused output holds a cluster unit:
 * the buffer holds it as it was, for the steps in their order.
 */
function foldThenPunctuate(end: number, options: Readonly<ResolvedOptions>): string | undefined {
  const folded = foldFusedOutput(end, options);
  if (folded === undefined) return undefined;
  const out = normalizePunctuationOfUnits(folded, foldedUnits(), options);
  releaseIfLarge();
  checkFoldedLength(out);
  return foldedHasElongationRun() ? STEPS[ELONGATION_STEP]!.run(out, options, undefined) : out;
}

/**
 * When {@link runUnrecorded} runs its warm-up text (src/fast/warm-up.ts): before a first text as
 * long as its rounds, or before the call that brings the text read so far to that length.
 */
const warmUpSchedule = /* @__PURE__ */ new WarmUpSchedule();

/**
 * Whether the warm-up has run in this process.
 * @internal (for the tests of when it runs)
 */
export const hasWarmedUp = (): boolean => warmUpSchedule.hasRun;

/**
 * Runs the warm-up text (src/fast/warm-up.ts) through {@link runUnrecorded} with the options of
 * the call it is due at and drops the outputs, so that the fused pass, stage 3 and the folds have
 * type feedback for their rare paths before the engine optimises them: the first texts may be
 * clean, which the gate returns without running them. Nothing of a run is read by the next but
 * tables and answers that depend on nothing else (the options' policies, the lexicon's memo), and
 * the note of the fused pass's output is forgotten before each fused pass (a test holds the text
 * of the call it runs at apart from the warm-up's output).
 */
function warmUp(options: Readonly<ResolvedOptions>): void {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const text of WARM_UP_ROUND) runUnrecorded(text, options);
  }
}

/**
 * The folds step and the elongation step on stage 3's output `out`; `inBuffer`: the output buffer
 * still holds it (stage 3 returned the fused output as it was).
 */
function foldAndReduce(out: string, options: Readonly<ResolvedOptions>, inBuffer: boolean): string {
  const folded = foldBareLetters(out, options, inBuffer && fusedOutputUnits(out) !== undefined);
  if (folded === undefined) {
    return STEPS[ELONGATION_STEP]!.run(
      STEPS[FOLDS_STEP]!.run(out, options, undefined),
      options,
      undefined,
    );
  }
  return foldedHasElongationRun()
    ? STEPS[ELONGATION_STEP]!.run(folded, options, undefined)
    : folded;
}
