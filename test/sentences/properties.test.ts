import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import type { Sentence } from '../../src/sentences/types.js';
import { arabicText, hostileArabicText, loneSurrogate } from '../support/arabic-arbitraries.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

/** Pieces that exercise every rule of the splitter, glued in any order. */
const sentencePiece = fc.constantFrom(
  'كلمة',
  'وصل',
  ' ',
  '  ',
  '\u00a0',
  '\n',
  '\r\n',
  '\u2029',
  '\u0085',
  '.',
  '. ',
  '؟',
  '?',
  '!',
  '؟!',
  '…',
  '...',
  ':',
  '،',
  ',',
  'د.',
  'ج. ',
  'أ.د.',
  'إلخ.',
  'Inc.',
  'U.S.',
  ' ثم ',
  'ثم',
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '![',
  '](',
  'https://',
  'www.',
  '@',
  '/',
  '1',
  '٢',
  '1.',
  '7.7',
  'الفصل ',
  '\u202a',
  '\u202c',
  '\u200f',
  '\u0640',
  '\u064e',
  '\ufeff',
);
const sentenceText = fc
  .array(
    fc.oneof({ weight: 6, arbitrary: sentencePiece }, { weight: 1, arbitrary: loneSurrogate }),
    {
      maxLength: 80,
    },
  )
  .map((pieces) => pieces.join(''));

const anyText = fc.oneof(
  sentenceText,
  arabicText(80),
  hostileArabicText(80),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

/** White space as `String.prototype.trim` sees it, plus NEXT LINE (a line break here). */
const isBlank = (char: string) => char.trim() === '' || char === '\u0085';

function checkSpans(text: string, sentences: Sentence[]) {
  let previousEnd = 0;
  for (const { text: sentence, start, end } of sentences) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(sentence).toBe(text.slice(start, end));
    expect(sentence).toBe(sentence.trim());
    for (let k = previousEnd; k < start; k++) expect(isBlank(text[k]!)).toBe(true);
    previousEnd = end;
  }
  for (let k = previousEnd; k < text.length; k++) expect(isBlank(text[k]!)).toBe(true);
}

describe('splitSentences properties', () => {
  it('spans are ordered, non-overlapping, within bounds, and text is the trimmed slice', () => {
    fc.assert(fc.property(anyText, (text) => checkSpans(text, splitSentences(text))));
  });

  it('every non-space character belongs to exactly one sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const owners = new Uint8Array(text.length);
        for (const { start, end } of splitSentences(text)) {
          for (let k = start; k < end; k++) owners[k]!++;
        }
        for (let k = 0; k < text.length; k++) {
          expect(owners[k]).toBe(isBlank(text[k]!) ? owners[k] : 1);
          expect(owners[k]).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never throws, on any UTF-16 string including lone surrogates', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary' })), (text) => {
        expect(Array.isArray(splitSentences(text))).toBe(true);
      }),
    );
  });

  it('line breaks are hard boundaries: lines split alone give the same sentences', () => {
    fc.assert(
      fc.property(anyText, anyText, (first, second) => {
        const joined = splitSentences(`${first}\n${second}`);
        const shift = first.length + 1;
        const apart = [
          ...splitSentences(first),
          ...splitSentences(second).map((s) => ({
            ...s,
            start: s.start + shift,
            end: s.end + shift,
          })),
        ];
        expect(joined).toEqual(apart);
      }),
    );
  });

  it('a sentence split again is the same single sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const sentence of splitSentences(text)) {
          expect(splitSentences(sentence.text).map((s) => s.text)).toEqual([sentence.text]);
        }
      }),
    );
  });

  it('gives exactly the sentences of the plain per-character scan it replaced', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          sentenceText.map((text) => `${text}\n${text} ${text}`),
        ),
        fc.constantFrom(
          undefined,
          { abbreviations: ['وز', 'Corp', 'Dipl.Ing'] },
          { hardWrapped: true },
          { hardWrapped: true, abbreviations: ['وز'] },
        ),
        (text, options) => {
          expect(splitSentences(text, options)).toEqual(referenceSplitSentences(text, options));
        },
      ),
    );
  });

  it('gives the same sentences whatever was split before (the scan state is reused)', () => {
    const options = fc.constantFrom(
      undefined,
      { abbreviations: ['وز', 'Corp'] },
      { hardWrapped: true },
    );
    // Texts that leave state behind at the end of a scan: a long Markdown image, a long link or
    // e-mail token, a sentence that is still open.
    const leavesState = fc.constantFrom(
      `![${'كلمة. '.repeat(60)}](رابط)`,
      `![${'كلمة. '.repeat(60)}`,
      `www.${'a.'.repeat(200)}com/x`,
      `x@${'b.'.repeat(200)}com`,
      `/${'كلمة.'.repeat(100)}`,
      `${'د. '.repeat(100)}`,
    );
    const earlier = fc.tuple(fc.oneof(anyText, leavesState), options);
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          sentenceText.map((t) => t.repeat(4)),
        ),
        options,
        fc.array(earlier, { maxLength: 3 }),
        (text, option, before) => {
          for (const [other, otherOption] of before) splitSentences(other, otherOption);
          // The reference scan keeps no state between calls.
          expect(splitSentences(text, option)).toEqual(referenceSplitSentences(text, option));
        },
      ),
    );
  });

  it('with hardWrapped, a line break before a word splits like a space', () => {
    const unwrapped = sentenceText.map((text) => text.replace(/[\n\r\u2028\u2029\u0085]/gu, ''));
    fc.assert(
      fc.property(unwrapped, fc.array(fc.boolean(), { maxLength: 40 }), (text, wraps) => {
        // Some of the spaces before an Arabic letter become line breaks.
        let k = 0;
        const wrapped = text.replace(/ (?=[\u0621-\u064a])/gu, () => (wraps[k++] ? '\n' : ' '));
        const spans = (sentences: Sentence[]) => sentences.map((s) => [s.start, s.end]);
        expect(spans(splitSentences(wrapped, { hardWrapped: true }))).toEqual(
          spans(splitSentences(text)),
        );
      }),
    );
  });

  it('with hardWrapped, no sentence reaches across a blank line', () => {
    fc.assert(
      fc.property(anyText, anyText, (first, second) => {
        const cut = first.length;
        for (const { start, end } of splitSentences(`${first}\n\n${second}`, {
          hardWrapped: true,
        })) {
          expect(end <= cut || start >= cut + 2).toBe(true);
        }
      }),
    );
  });

  it('adding abbreviations only removes boundaries', () => {
    fc.assert(
      fc.property(sentenceText, fc.constantFrom('كلمة', 'وصل', 'Corp'), (text, extra) => {
        const ends = (sentences: Sentence[]) => sentences.map((s) => s.end);
        const withExtra = new Set(ends(splitSentences(text, { abbreviations: [extra] })));
        const without = new Set(ends(splitSentences(text)));
        for (const end of withExtra) {
          if (end !== text.trimEnd().length) expect(without.has(end)).toBe(true);
        }
      }),
    );
  });
});
