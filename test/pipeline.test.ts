import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_TABLE, type RuleId, type RuleNumber, ruleId } from '../src/core/rules.js';
import type { EditRecorder } from '../src/core/text-editor.js';
import { normalize } from '../src/index.js';
import { run } from '../src/normalize.js';
import { resolveOptions } from '../src/options/resolve.js';
import { OPTION_SPECS } from '../src/options/schema.js';
import { PASS_IDS, type PassId, PIPELINE, type PipelineRecorders } from '../src/pipeline.js';
import { anyOptions, hostileArabicText } from './support/arabic-arbitraries.js';

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
