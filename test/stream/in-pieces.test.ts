import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalize, run } from '../../src/normalize.js';
import { resolveOptions } from '../../src/options/resolve.js';
import { PIECE_LENGTH, runInPieces } from '../../src/stream/in-pieces.js';
import {
  anyOptions,
  arabicText,
  hostileArabicText,
  tokenMixText,
} from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import { anyLineShape, documents, pieceLength } from './chunking.js';

describe('runInPieces (normalize on a very long text)', () => {
  it('gives normalize(whole) for any piece length and any options', () => {
    fc.assert(
      fc.property(documents(arabicText(30)), pieceLength, anyOptions, (text, length, options) => {
        const whole = createNormalizer(options);
        expect(runInPieces(text, whole, length)).toBe(whole(text));
      }),
    );
  });

  it('gives normalize(whole) on lines that begin with anything (digits, spaces, dashes, guillemets, Persian letters, marks)', () => {
    fc.assert(
      fc.property(
        documents(anyLineShape(arabicText(12))),
        pieceLength,
        anyOptions,
        (text, length, options) => {
          const whole = createNormalizer(options);
          expect(runInPieces(text, whole, length)).toBe(whole(text));
        },
      ),
    );
  });

  it('gives normalize(whole) on hostile text (lone surrogates, URLs, presentation forms) and on numbers, URLs and punctuation', () => {
    fc.assert(
      fc.property(
        documents(fc.oneof(anyLineShape(hostileArabicText(20)), tokenMixText(8))),
        pieceLength,
        (text, length) => {
          expect(runInPieces(text, normalize, length)).toBe(normalize(text));
        },
      ),
    );
  });

  it.each(DOCUMENT_NAMES)(
    'gives normalize(whole) on the press release %s (with CRLF line ends too)',
    (name) => {
      const text = readDocument(name);
      for (const input of [text, text.replace(/\n/g, '\r\n')]) {
        for (const length of [1, 7, 64, 500]) {
          expect(runInPieces(input, normalize, length)).toBe(normalize(input));
        }
      }
    },
  );

  it('returns the text itself when no piece needs a change', () => {
    const clean = normalize(DOCUMENT_NAMES.map(readDocument).join('\n\n'));
    const pieces: string[] = [];
    const out = runInPieces(
      clean,
      (piece) => {
        pieces.push(piece);
        return normalize(piece);
      },
      100,
    );
    expect(out).toBe(clean);
    expect(pieces.length).toBeGreaterThan(10);
  });

  it('runs on the whole text when there is nowhere to cut (one line)', () => {
    const line = 'كلمة  '.repeat(100);
    const seen: string[] = [];
    const out = runInPieces(
      line,
      (text) => {
        seen.push(text);
        return normalize(text);
      },
      10,
    );
    expect(out).toBe(normalize(line));
    expect(seen).toEqual([line]);
  });

  it('stays linear when every cut is refused: a refused cut is tried again only once the text held back has doubled', () => {
    // A made-up rule that looks at the next line, so that no cut is ever taken.
    const marksLineStarts = (text: string) => text.replace(/\n(.)/g, '\n[$1]');
    const text = 'قال\n'.repeat(20_000);
    let work = 0;
    const out = runInPieces(
      text,
      (piece) => {
        work += piece.length;
        return marksLineStarts(piece);
      },
      64,
    );
    expect(out).toBe(marksLineStarts(text));
    expect(work).toBeLessThan(10 * text.length);
  });

  it('normalize cuts a text longer than two pieces and gives the same output as one run', () => {
    const base = DOCUMENT_NAMES.map((name) => readDocument(name).replace(/\n/g, '\r\n')).join(
      '\r\n\r\n',
    );
    const text = base.repeat(Math.ceil((2 * PIECE_LENGTH + 1) / base.length));
    // The reference: the passes run once on the whole text.
    expect(normalize(text)).toBe(run(text, resolveOptions({}, 'test')));
    const search = { preset: 'search' } as const;
    expect(createNormalizer(search)(text)).toBe(run(text, resolveOptions(search, 'test')));
  });

  it('normalize gives the output of one run on a long text whose output is longer than it (ligatures expanded)', () => {
    const line = 'قال \uFDFA و\uFDFB \uFDF2 ﻻ\u0640\u0640 ٢٠١٩\r\n';
    const text = line.repeat(Math.ceil((3 * PIECE_LENGTH) / line.length));
    const out = normalize(text);
    expect(out.length).toBeGreaterThan(text.length);
    expect(out).toBe(run(text, resolveOptions({}, 'test')));
    // Again, when the output of the call before is held for this one.
    expect(normalize(text.slice(line.length))).toBe(
      out.slice(out.length / (text.length / line.length)),
    );
  });
});
