import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { createNormalizeStream } from '../../src/stream/normalize-stream.js';
import { createSentenceStream } from '../../src/stream/sentence-stream.js';
import { arabicText, hostileArabicText } from '../support/arabic-arbitraries.js';
import { anyLineShape, chunkings, collect, cutAt, document } from './chunking.js';

describe('createSentenceStream', () => {
  it('any chunking gives splitSentences(whole), offsets into the whole input', async () => {
    await fc.assert(
      fc.asyncProperty(document(arabicText(30)), chunkings, async (text, positions) => {
        const sentences = await collect(createSentenceStream(), cutAt(text, positions));
        expect(sentences).toEqual(splitSentences(text));
      }),
    );
  });

  it('any chunking of a document whose lines begin with anything gives splitSentences(whole)', async () => {
    await fc.assert(
      fc.asyncProperty(
        document(anyLineShape(arabicText(12))),
        chunkings,
        async (text, positions) => {
          const sentences = await collect(createSentenceStream(), cutAt(text, positions));
          expect(sentences).toEqual(splitSentences(text));
        },
      ),
    );
  });

  it('any chunking of hostile text gives splitSentences(whole)', async () => {
    await fc.assert(
      fc.asyncProperty(document(hostileArabicText(30)), chunkings, async (text, positions) => {
        const sentences = await collect(createSentenceStream(), cutAt(text, positions));
        expect(sentences).toEqual(splitSentences(text));
      }),
    );
  });

  it('with hardWrapped, any chunking gives splitSentences(whole, options)', async () => {
    const options = { hardWrapped: true };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(document(arabicText(30)), document(hostileArabicText(30))),
        chunkings,
        async (text, positions) => {
          const sentences = await collect(createSentenceStream(options), cutAt(text, positions));
          expect(sentences).toEqual(splitSentences(text, options));
        },
      ),
    );
  });

  it('with hardWrapped, a sentence wrapped over lines cut between chunks comes out whole', async () => {
    const text = 'وصل الوفد\nإلى العاصمة. وبدأت\nالمحادثات.\n\nفقرة ثانية\nتكمل.';
    const options = { hardWrapped: true };
    const sentences = await collect(createSentenceStream(options), cutAt(text, [10, 25, 40]));
    expect(sentences.map((s) => s.text)).toEqual([
      'وصل الوفد\nإلى العاصمة.',
      'وبدأت\nالمحادثات.',
      'فقرة ثانية\nتكمل.',
    ]);
    expect(sentences).toEqual(splitSentences(text, options));
  });

  it('each sentence is the slice of the whole input at its offsets', async () => {
    const text = 'قال الوزير إن العمليات مستمرة. وأضاف أن 7.7 مليون\nشخص تحرروا.\r\n\r\nانتهى';
    const sentences = await collect(createSentenceStream(), cutAt(text, [5, 31, 52, 60, 66]));
    expect(sentences.map((s) => s.text)).toEqual([
      'قال الوزير إن العمليات مستمرة.',
      'وأضاف أن 7.7 مليون',
      'شخص تحرروا.',
      'انتهى',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('after a normalize stream, splits the normalised text', async () => {
    const text = 'علیھا داعش .\r\nوأضاف  أن  ۷.۷ مليون شخص تحرروا.';
    const normalized = new TransformStream<string, string>();
    const piped = normalized.readable
      .pipeThrough(createNormalizeStream())
      .pipeThrough(createSentenceStream());
    const writer = normalized.writable.getWriter();
    void (async () => {
      for (const chunk of cutAt(text, [3, 14, 20])) await writer.write(chunk);
      await writer.close();
    })();
    const sentences = [];
    for await (const s of piped as unknown as AsyncIterable<unknown>) sentences.push(s);
    expect(sentences).toEqual(splitSentences(normalize(text)));
  });

  it('checks options when created and rejects non-string chunks', async () => {
    expect(() => createSentenceStream({ abbreviation: [] } as never)).toThrow(TypeError);
    await expect(collect(createSentenceStream(), [null as never])).rejects.toThrow(TypeError);
  });
});
