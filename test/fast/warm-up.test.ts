import { describe, expect, it, vi } from 'vitest';
import { presets } from '../../src/options/presets.js';
import { zwnjLeftForStage2 } from '../../src/pipeline.js';

/** A fresh copy of the library's modules, whose fused pass has not run yet. */
async function freshModules() {
  vi.resetModules();
  const fast = await import('../../src/fast/clean-and-map.js');
  const warm = await import('../../src/fast/warm-up.js');
  const runs = await import('../../src/fast/fused-output-runs.js');
  const lib = await import('../../src/index.js');
  return { ...fast, ...warm, ...runs, ...lib };
}

/** Arabic words and commas (stage 3's work, none for stages 1 and 2), `length` units long. */
function commaText(length: number): string {
  const text = 'قال, ثم كتب, '.repeat(Math.ceil(length / 12) + 1).slice(0, length - 1);
  return `${text}ب`;
}

describe("normalize's warm-up on its first call (src/fast/warm-up.ts)", () => {
  it("leaves no note of the warm-up's output for the first call's text to be taken for", async () => {
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
    expect(fresh.normalize(text)).toBe(expected);
    expect(fresh.fusedOutputUnits(text)).toBeUndefined();
  });

  it('gives the first call of each preset the output of later calls on noisy text', async () => {
    const text = `${first3Lines()}\n${first3Lines()}`;
    for (const preset of ['standard', 'search', 'minimal'] as const) {
      const fresh = await freshModules();
      const firstCall = fresh.normalize(text, { preset });
      expect(firstCall).toBe(fresh.normalize(text, { preset }));
      expect(firstCall).toBe(fresh.normalizeWithOffsets(text, { preset }).text);
    }
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
