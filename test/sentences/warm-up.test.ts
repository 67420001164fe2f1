import { describe, expect, it, vi } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { WARM_UP_TEXT } from '../../src/sentences/warm-up.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

/** A fresh copy of the splitter's modules, whose first call runs the warm-up. */
async function freshSplitSentences(): Promise<typeof splitSentences> {
  vi.resetModules();
  return (await import('../../src/sentences/split-sentences.js')).splitSentences;
}

describe('the warm-up split at the first call', () => {
  it('leaves no trace in the first call: its result is the result of any later call', async () => {
    const text = 'سطر أول\nسطر ثان. قال د. أحمد: انتهى! ![صورة](http://x.y/z.png). نعم…';
    for (const options of [undefined, { hardWrapped: true }, { abbreviations: ['وز'] }]) {
      const first = (await freshSplitSentences())(text, options);
      expect(first).toEqual(splitSentences(text, options));
    }
  });

  it('does not carry hard wrapping over to a first call without it', async () => {
    const fresh = await freshSplitSentences();
    // The warm-up's last split is hard-wrapped, where a single line break joins the lines.
    expect(fresh('سطر أول\nسطر ثان').map((s) => s.text)).toEqual(['سطر أول', 'سطر ثان']);
  });

  it('a first call with bad arguments throws as any call does, and the next call splits', async () => {
    const fresh = await freshSplitSentences();
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
