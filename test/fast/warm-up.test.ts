import { describe, expect, it, vi } from 'vitest';
import { pipelinePrefix } from '../../src/fast/unchanged-prefix.js';
import { unitActions } from '../../src/fast/unit-actions.js';
import { WARM_UP_NORMAL_TEXT, WARM_UP_ROUND, WARM_UP_TEXT } from '../../src/fast/warm-up.js';
import { normalize } from '../../src/index.js';
import { presets } from '../../src/options/presets.js';
import { zwnjLeftForStage2 } from '../../src/pipeline.js';

/** A fresh copy of the library's modules, whose fused pass has not run yet. */
async function freshModules() {
  vi.resetModules();
  const fast = await import('../../src/fast/clean-and-map.js');
  const warm = await import('../../src/fast/warm-up.js');
  const runs = await import('../../src/fast/fused-output-runs.js');
  const lib = await import('../../src/index.js');
  const pipeline = await import('../../src/pipeline.js');
  // The fresh modules' tables, which their first public call would fill (src/core/table-fills.ts).
  (await import('../../src/core/table-fills.js')).fillTables();
  return { ...fast, ...warm, ...runs, ...lib, hasWarmedUp: pipeline.hasWarmedUp };
}

/** The code units the warm-up reads, all its rounds: it runs once calls have read as many. */
const warmUpUnits = (modules: { WARM_UP_ROUND: readonly string[]; WARM_UP_ROUNDS: number }) =>
  modules.WARM_UP_ROUNDS * modules.WARM_UP_ROUND.join('').length;

/** Arabic words and commas (stage 3's work, none for stages 1 and 2), `length` units long. */
function commaText(length: number): string {
  const text = 'قال, ثم كتب, '.repeat(Math.ceil(length / 12) + 1).slice(0, length - 1);
  return `${text}ب`;
}

describe("normalize's warm-up (src/fast/warm-up.ts), run once it is due", () => {
  it('does not run before a first text shorter than the warm-up, which it would slow most', async () => {
    const fresh = await freshModules();
    const text = first3Lines();
    expect(text.length).toBeLessThan(warmUpUnits(fresh));
    const output = fresh.normalize(text);
    expect(fresh.hasWarmedUp()).toBe(false);
    expect(output).toBe(fresh.normalize(text));
  });

  it('runs before a first text as long as the warm-up', async () => {
    const fresh = await freshModules();
    fresh.normalize(commaText(warmUpUnits(fresh)));
    expect(fresh.hasWarmedUp()).toBe(true);
  });

  it('runs before the call that brings the text read so far to its length', async () => {
    const fresh = await freshModules();
    const half = warmUpUnits(fresh) >> 1;
    fresh.normalize(commaText(half));
    expect(fresh.hasWarmedUp()).toBe(false);
    // A normaliser's calls count alike: these bring the text read to one unit short.
    fresh.createNormalizer()(commaText(warmUpUnits(fresh) - half - 1));
    expect(fresh.hasWarmedUp()).toBe(false);
    fresh.normalize('ب');
    expect(fresh.hasWarmedUp()).toBe(true);
  });

  it("leaves no note of the warm-up's output for the text of the call it runs at to be taken for", async () => {
    const first = await freshModules();
    const options = presets.standard;
    const warmOutput = first.cleanAndMapLetters(
      first.WARM_UP_TEXT,
      options,
      zwnjLeftForStage2(options),
    );
    // A text the fused pass leaves as it is (stage 3 has work), as long as the warm-up's output.
    const text = commaText(warmOutput.length);
    const fresh = await freshModules();
    const expected = first.normalize(text);
    // Texts that bring the text read to just under the warm-up's length: it runs at `text`.
    fresh.normalize(commaText(warmUpUnits(fresh) - 1));
    expect(fresh.hasWarmedUp()).toBe(false);
    expect(fresh.normalize(text)).toBe(expected);
    expect(fresh.hasWarmedUp()).toBe(true);
    expect(fresh.fusedOutputUnits(text)).toBeUndefined();
  });

  it('gives the call it runs at, for each preset, the output of later calls on noisy text', async () => {
    const lines = `${first3Lines()}\n${first3Lines()}`;
    for (const preset of ['standard', 'search', 'minimal'] as const) {
      const fresh = await freshModules();
      const text = lines.repeat(Math.ceil(warmUpUnits(fresh) / lines.length));
      const firstCall = fresh.normalize(text, { preset });
      expect(fresh.hasWarmedUp()).toBe(true);
      expect(firstCall).toBe(fresh.normalize(text, { preset }));
      expect(firstCall).toBe(fresh.normalizeWithOffsets(text, { preset }).text);
    }
  });
});

describe("the warm-up's texts hold the paths that noisy text took first after them", () => {
  it('runs, each round, its text of noise and then a text the gate reads far', () => {
    expect(WARM_UP_ROUND).toEqual([WARM_UP_TEXT, WARM_UP_NORMAL_TEXT]);
  });

  // Each shape below is one whose path the first noisy text after the warm-up took first, which
  // threw away the optimised code of the function holding it (`--trace-deopt`, Node 20).
  it('has a presentation form, and a TATWEEL that stays, right before a haraka', () => {
    expect(WARM_UP_TEXT).toMatch(/[\uFE70-\uFEFF][\u064B-\u0652]/);
    expect(WARM_UP_TEXT).toMatch(/\u0640[\u064B-\u0652]/);
    // The TATWEEL carries the haraka, so `standard` keeps it: the copy loop writes it and stops.
    expect(normalize(WARM_UP_TEXT)).toMatch(/\u0640[\u064B-\u0652]/);
  });

  it('has a gap the fused pass writes itself before its first change: two spaces', () => {
    expect(WARM_UP_TEXT).toMatch(/^\S+ {2}\S/);
  });

  it('has a number right before an Arabic comma', () => {
    expect(WARM_UP_TEXT).toMatch(/[0-9]\u060C /);
  });

  it("has a text that the whole pipeline's gate reads up to its last word, after a comma", () => {
    const lastWord = WARM_UP_NORMAL_TEXT.lastIndexOf(' ') + 1;
    for (const preset of ['standard', 'minimal'] as const) {
      const options = presets[preset];
      const strip = options.diacritics !== 'keep';
      const reduce = options.elongation === 'reduce';
      const gateEnd = pipelinePrefix(WARM_UP_NORMAL_TEXT, unitActions(), strip, options, reduce);
      // The gate asks stage 3 about the comma before a space and a Farsi letter (the last word,
      // which `normalize` maps), passes it, and stops at the space: nothing before it changes.
      expect(WARM_UP_NORMAL_TEXT.slice(lastWord - 2, lastWord)).toBe('\u060C ');
      expect(gateEnd).toBe(lastWord - 1);
      const output = normalize(WARM_UP_NORMAL_TEXT, { preset });
      expect(output.slice(0, lastWord)).toBe(WARM_UP_NORMAL_TEXT.slice(0, lastWord));
      expect(output).not.toBe(WARM_UP_NORMAL_TEXT);
    }
  });

  it('has that text without a mark, so that the search folds read it whole', () => {
    expect(WARM_UP_NORMAL_TEXT).not.toMatch(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/);
    expect(normalize(WARM_UP_NORMAL_TEXT, { preset: 'search' })).not.toBe(WARM_UP_NORMAL_TEXT);
  });
});

/** A few lines of noisy text: forms, controls, tatweel, Farsi letters, detached marks. */
function first3Lines(): string {
  return [
    'ﻛﺘﺎب\u200b جديد،  قال : "نعم" ثم كتـــاب\u0640 آخر',
    'این یک کتاب فارسی است که می\u200cشود',
    'جهد ً من كتابا ٌ 2018 م ١٩ م 😀 ﷺ',
  ].join('\n');
}
