import { describe, expect, it, vi } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { WARM_UP_TEXT } from '../../src/sentences/warm-up.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

/** A fresh copy of the splitter's module, whose warm-up has not run. */
async function freshSplitter() {
  vi.resetModules();
  return await import('../../src/sentences/split-sentences.js');
}

/** A fresh splitter that runs the warm-up at its next call (the text read so far just short of it). */
async function splitterDueToWarmUp(): Promise<typeof splitSentences> {
  const fresh = await freshSplitter();
  fresh.splitSentences('ب'.repeat(WARM_UP_UNITS - 1));
  expect(fresh.hasWarmedUp()).toBe(false);
  return fresh.splitSentences;
}

/** The code units of the warm-up's three splits: it runs once calls have read as many. */
const WARM_UP_UNITS = 3 * WARM_UP_TEXT.length;

describe('the warm-up split, run once it is due', () => {
  it('does not run before a first text shorter than the warm-up, which it would slow most', async () => {
    const fresh = await freshSplitter();
    expect(fresh.splitSentences('نص. آخر.').map((s) => s.text)).toEqual(['نص.', 'آخر.']);
    expect(fresh.hasWarmedUp()).toBe(false);
  });

  it('runs before a first text as long as the warm-up, or the call that makes the text read as long', async () => {
    const long = await freshSplitter();
    long.splitSentences('ب'.repeat(WARM_UP_UNITS));
    expect(long.hasWarmedUp()).toBe(true);
    const short = await freshSplitter();
    short.splitSentences('ب'.repeat(WARM_UP_UNITS >> 1));
    expect(short.hasWarmedUp()).toBe(false);
    short.splitSentences('ب'.repeat(WARM_UP_UNITS - (WARM_UP_UNITS >> 1)));
    expect(short.hasWarmedUp()).toBe(true);
  });

  it('leaves no trace in the call it runs at: its result is the result of any later call', async () => {
    const text = 'سطر أول\nسطر ثان. قال د. أحمد: انتهى! ![صورة](http://x.y/z.png). نعم…';
    for (const options of [undefined, { hardWrapped: true }, { abbreviations: ['وز'] }]) {
      const first = (await splitterDueToWarmUp())(text, options);
      expect(first).toEqual(splitSentences(text, options));
    }
  });

  it('does not carry hard wrapping over to the call it runs at', async () => {
    const fresh = await splitterDueToWarmUp();
    // The warm-up's last split is hard-wrapped, where a single line break joins the lines.
    expect(fresh('سطر أول\nسطر ثان').map((s) => s.text)).toEqual(['سطر أول', 'سطر ثان']);
  });

  it('a call it is due at with bad arguments throws as any call does, and the next call splits', async () => {
    const fresh = await splitterDueToWarmUp();
    expect(() => fresh(3 as unknown as string)).toThrow(TypeError);
    expect(() => fresh('نص.', { hardWrapped: 1 } as never)).toThrow(/hardWrapped/);
    expect(fresh('نص. آخر.').map((s) => s.text)).toEqual(['نص.', 'آخر.']);
  });

  it('the warm-up text is split as the reference splitter splits it, in both modes', () => {
    for (const options of [undefined, { hardWrapped: true }]) {
      const sentences = splitSentences(WARM_UP_TEXT, options);
      expect(sentences.length).toBeGreaterThan(40);
      expect(sentences).toEqual(referenceSplitSentences(WARM_UP_TEXT, options));
    }
  });

  it('the warm-up text holds every kind of stop: line breaks, terminators, `![`', () => {
    for (const unit of ['\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c']) {
      expect(WARM_UP_TEXT).toContain(unit);
    }
    for (const stop of ['.', '!', '?', '؟', '…', '...', '![']) expect(WARM_UP_TEXT).toContain(stop);
  });
});
