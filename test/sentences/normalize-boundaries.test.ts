import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentencesInOriginal } from '../../src/offsets/normalize-with-offsets.js';
import { CHAR_CLASS, CharClass } from '../../src/sentences/character-classes.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import cases from './corpus/classes.json' with { type: 'json' };
import passages from './corpus/passages.json' with { type: 'json' };

/**
 * What `normalize` does must never create a sentence boundary. A boundary is placed by the number
 * of letters and digits of the raw text before it (so that a quote or a mark that normalize moves
 * or drops does not count as a different place); every boundary of the normalised text, mapped
 * back to the raw text, must be a boundary of the raw text. Returns those that are not.
 */
function extraBoundaries(text: string): number[] {
  const wordsBefore = new Uint32Array(text.length + 1);
  for (let k = 0; k < text.length; k++) {
    const cls = CHAR_CLASS[text.charCodeAt(k)];
    const counts =
      cls === CharClass.ArabicLetter || cls === CharClass.LatinLetter || cls === CharClass.Digit;
    wordsBefore[k + 1] = wordsBefore[k]! + (counts ? 1 : 0);
  }
  const raw = new Set(splitSentences(text).map((s) => wordsBefore[s.start]));
  return splitSentencesInOriginal(text)
    .map((s) => wordsBefore[s.originalStart]!)
    .filter((at) => !raw.has(at));
}

/**
 * Tokens of raw text of the kinds normalize repairs, around every rule of the splitter, with their
 * glued forms written out (`1990م.`, `إم.بي.سي`, `كلمة.[3]`); the generator puts white space between
 * tokens, as text has between words.
 */
const token = fc.constantFrom(
  'كلمة',
  'وصل الوفد',
  '.',
  '..',
  '. . .',
  '…',
  '؟',
  '؟ ؟',
  '?',
  '!',
  '،',
  ',',
  ':',
  'كلمة.',
  'كلمة .',
  'كلمة.وصل',
  'كلمة .وصل',
  'كلمة؟وصل',
  'كلمة!',
  'كلمة.،وصل',
  'كلمة. ,',
  'د.',
  'د .',
  'أ.د.',
  'أ . د .',
  'إلخ.',
  'الخ.',
  'إلخ.ثم',
  '1990م.',
  '1990 م.',
  '1440هـ.',
  '1440ه.',
  '12 كم.',
  'ق.م.',
  'ق . م .',
  'بي. بي. سي',
  'إم.بي.سي',
  'جي. بي. مورغان',
  'ثم',
  'وتولى',
  'في',
  'هذا',
  'قال: «انتهى.»',
  '“نص.”',
  '"نص."',
  '(نص.)',
  'كلمة.[3]',
  'كلمة.[1][2]',
  'كلمة.(2)',
  'كلمة.¹',
  'كلمة.-',
  'كلمة.-»',
  'كلمة.[3]»',
  'كلمة.*',
  '1',
  '٢',
  '۳',
  '7.7',
  '٣٫٥',
  '۳.۵',
  '1.',
  'Op. cit.',
  'p. 45',
  'et al.',
  'e.g.',
  '2. Auflage',
  '3rd ed.',
  'الفصل 3.',
  'كلمـــة',
  'كَلِمَة',
  'ً',
  '\u200f',
  'علی',
  'ھذا',
  'report.pdf',
  'ملف.pdf',
  '.htaccess',
  'https://example.org/a.b',
  'ahmad@example.com',
);
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\u00a0', '\n', '\n\n');
const rawText = fc
  .array(fc.tuple(token, gap), { maxLength: 30 })
  .map((parts) => parts.map(([t, g]) => t + g).join(''));

describe('normalize never creates a sentence boundary', () => {
  it('on text built from the pieces normalize repairs', () => {
    fc.assert(
      fc.property(rawText, (text) => {
        expect(extraBoundaries(text)).toEqual([]);
      }),
    );
  });

  it.each(DOCUMENT_NAMES)('on seed document %s', (name) => {
    expect(extraBoundaries(readDocument(name))).toEqual([]);
  });

  it('on the labelled examples and the hand-split passages', () => {
    for (const { text } of [...cases, ...passages]) expect(extraBoundaries(text)).toEqual([]);
  });
});
