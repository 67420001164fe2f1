import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_TABLE, type RuleId, type RuleNumber, ruleId } from '../src/core/rules.js';
import type { EditRecorder } from '../src/core/text-editor.js';
import { type NormalizeOptions, normalize } from '../src/index.js';
import { run } from '../src/normalize.js';
import { resolveOptions } from '../src/options/resolve.js';
import { OPTION_SPECS } from '../src/options/schema.js';
import {
  elongationIdleAfterStage3,
  PASS_IDS,
  type PassId,
  PIPELINE,
  type PipelineRecorders,
  PUNCTUATION_STEP,
} from '../src/pipeline.js';
import { EditLog } from '../src/trace/edit-log.js';
import { recordRun } from '../src/trace/record-in-pieces.js';
import {
  anyOptions,
  arabicLetter,
  hostileArabicText,
  punctuation,
  tokenMixText,
} from './support/arabic-arbitraries.js';

const passes = PIPELINE.flatMap((step) => [...step.passes]);

/** Recorders that keep the rule of every edit, by pass. */
function recordingRules(): { recorders: PipelineRecorders; rules: Map<PassId, Set<RuleId>> } {
  const rules = new Map<PassId, Set<RuleId>>();
  const recorder = (id: PassId): EditRecorder => {
    const seen = new Set<RuleId>();
    rules.set(id, seen);
    return { record: (_start, _end, _length, rule: RuleNumber) => seen.add(ruleId(rule)) };
  };
  const recorders = Object.fromEntries(PASS_IDS.map((id) => [id, recorder(id)]));
  return { recorders: recorders as unknown as PipelineRecorders, rules };
}

describe('the declared pipeline (src/pipeline.ts)', () => {
  it('runs its passes in this order: stage 1 (forms, marks, gaps), letters, punctuation, folds, elongation last', () => {
    expect(PASS_IDS).toEqual([
      'forms',
      'marks',
      'gaps',
      'letters',
      'punctuation',
      'folds',
      'elongation',
    ]);
  });

  it('names each pass once', () => {
    expect(new Set(PASS_IDS).size).toBe(PASS_IDS.length);
  });

  it('gives every rule to a pass, and names only rules that exist', () => {
    const declared = new Set(passes.flatMap((pass) => [...pass.rules]));
    expect([...declared].filter((id) => !RULE_TABLE.some(([known]) => known === id))).toEqual([]);
    expect(RULE_TABLE.map(([id]) => id).filter((id) => !declared.has(id))).toEqual([]);
  });

  it('gives every option to a pass, and names only options that exist', () => {
    const declared = new Set(passes.flatMap((pass) => [...pass.options]));
    expect([...declared].filter((name) => !(name in OPTION_SPECS))).toEqual([]);
    expect(Object.keys(OPTION_SPECS).filter((name) => !declared.has(name as never))).toEqual([]);
  });

  it('tags every edit of a pass with one of the rules the pass declares, with any options (property)', () => {
    fc.assert(
      fc.property(hostileArabicText(), anyOptions, (text, options) => {
        const { recorders, rules } = recordingRules();
        const out = run(text, resolveOptions(options, 'test'), recorders);
        expect(out).toBe(normalize(text, options));
        for (const pass of passes) {
          const allowed = new Set<RuleId>(pass.rules);
          const used = [...rules.get(pass.id)!].filter((rule) => !allowed.has(rule));
          expect(used, `pass ${pass.id}`).toEqual([]);
        }
      }),
    );
  });

  it('leaves the ZWNJ inside a word to stage 2 with farsiLetters auto: kept in a Persian line, removed in an Arabic one', () => {
    const { recorders, rules } = recordingRules();
    const persian = 'می\u200Cخواهم این کتاب را بخوانم';
    expect(run(persian, resolveOptions({ farsiLetters: 'auto' }, 'test'), recorders)).toContain(
      '\u200C',
    );
    expect(rules.get('forms')!.has('zwnj')).toBe(false);
    const arabic = 'ذهب الولد\u200Cإلى المدرسة';
    const second = recordingRules();
    run(arabic, resolveOptions({ farsiLetters: 'auto' }, 'test'), second.recorders);
    expect(second.rules.get('letters')!.has('zwnj')).toBe(true);
    expect(second.rules.get('forms')!.has('zwnj')).toBe(false);
  });
});

/** Every step of the pipeline run in turn with a recorder per pass: no step is skipped. */
function everyStepRecorded(text: string, options: NormalizeOptions) {
  const resolved = resolveOptions(options, 'test');
  const logs = PASS_IDS.map(() => new EditLog());
  const recorders = Object.fromEntries(PASS_IDS.map((id, k) => [id, logs[k]]));
  let out = text;
  for (const step of PIPELINE) out = step.run(out, resolved, recorders);
  return { text: out, logs };
}

/** Pieces that make runs of elongation next to what stage 3 reads and edits. */
const runPiece = fc.oneof(
  fc.constantFrom('ل', 'لل', 'ككك', 'ه', 'هه', 'ههههه', 'ي', 'ا', 'أاا', 'ـ', '\u064e'),
  fc.constantFrom(' ', '  ', ' ,', ', ', ' .', '. ', '( ', ')', '«', '»', '"', '،', '\n'),
  fc.constantFrom('1', '١', '۱', '2۰14', '-', '%', '٪', '1,5', '١٫٥', 'a@b.co', 'x.com/ككك'),
  arabicLetter,
  punctuation,
);
const runText = fc.array(runPiece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('the elongation step of the recorded run', () => {
  it('is skipped only where it has no work: same output and edit logs as every step run in turn', () => {
    fc.assert(
      fc.property(
        fc.oneof(runText, hostileArabicText(40), tokenMixText()),
        anyOptions,
        (text, options) => {
          const recorded = recordRun(text, resolveOptions(options, 'test'));
          const reference = everyStepRecorded(text, options);
          expect(recorded.text, JSON.stringify(text)).toBe(reference.text);
          expect(recorded.logs).toEqual(reference.logs);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['text that stage 3 leaves as it is', 'قال الوزير: نعم، كتير.', {}, true],
    ['text whose numbers stage 3 rewrites on their own', 'في عام ۲۰۱۴ قال', {}, true],
    ['a run of elongation', 'قال كتييير', {}, false],
    ['a run beside a number', 'ككك۲۰۱۴ قال', {}, false],
    ['text that stage 3 edits (its gate stops)', 'قال ، ثم', {}, false],
    ['text without a run, with a search fold on', 'قال أحمد', { preset: 'search' }, false],
  ] as [string, string, NormalizeOptions, boolean][])(
    'is idle after stage 3 on %s: %s',
    (_name, text, options, idle) => {
      const resolved = resolveOptions(options, 'test');
      PIPELINE[PUNCTUATION_STEP]!.run(text, resolved, undefined);
      expect(elongationIdleAfterStage3(resolved)).toBe(idle);
    },
  );
});
