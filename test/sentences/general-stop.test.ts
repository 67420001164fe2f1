import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPIED_FROM } from '../../src/fast/input-units.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { propertyRuns } from '../support/property-runs.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

// The stops that the scan's common paths leave (a `[`, and every terminator run that is not a
// plain full stop) are read by one function, `atGeneralStop` (terminator-boundary.ts), which tells
// a `[` from a terminator by its class. These texts put a `[` and terminators next to each other,
// in short texts (read in the string) and in long ones (read in the copy of their units), so that
// a `[` read as a terminator, a terminator read as a `[`, or an image opened without its `!`
// splits differently from the reference.

/** Arabic words and spaces, `length` code units long, with no stop. */
const filler = (length: number) =>
  'كتب الولد درسه '.repeat(Math.ceil(length / 15)).slice(0, length);

/** `text` short (read in the string) and after a long filler (read in the copy of its units). */
const bothPaths = (text: string) => [text, `${filler(COPIED_FROM + 40)}\n${text}`];

const HAND_MADE = [
  'صورة ![شكل. هنا](a.png) ثم. نهاية.',
  'صورة [شكل. هنا](a.png) ثم. نهاية.',
  'قال![شكل. هنا](a.png) ثم. نهاية.',
  'انتهى![شكل؟ هنا](a) نعم! ثم',
  'ورد.[3] وفي غيره! [ملاحظة. أخرى] ثم.',
  'هل؟[2] نعم… [أ. ب] لا!! ![ج. د](x.y) هـ.',
  '![أ. ب](c.d)! ثم. ![ه. و](z). نهاية',
  '[. ] [؟ ] [! ] ![. ](. ) !!![ ](.).',
  'أ. [ب. ج](د) ![ه! و](ز) ح؟ [ط… ي]',
];

describe('the general stops: a `[` and the terminator runs the common paths leave', () => {
  it('a `[` opens a Markdown image only after `!`, and terminators around it split as the reference splits them, in the string and in the copy', () => {
    for (const sample of HAND_MADE) {
      for (const text of bothPaths(sample)) {
        expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
        expect(splitSentences(text, { hardWrapped: true })).toEqual(
          referenceSplitSentences(text, { hardWrapped: true }),
        );
      }
    }
  });

  it('an image hides its full stops: `![a. b](c)` ends no sentence inside, `[a. b](c)` does', () => {
    expect(splitSentences('صورة ![شكل. هنا](a.png) ثم').map((s) => s.text)).toEqual([
      'صورة ![شكل. هنا](a.png) ثم',
    ]);
    expect(splitSentences('صورة [شكل. هنا](a.png) ثم').map((s) => s.text)).toEqual([
      'صورة [شكل.',
      'هنا](a.png) ثم',
    ]);
  });

  it('texts of `[`, `!`, `?`, `؟`, `…`, `.`, `](`, `)`, words and spaces split as the reference splits them, in the string and in the copy', () => {
    const piece = fc.constantFrom(
      '[',
      '![',
      '](',
      ')',
      ']',
      '.',
      '!',
      '?',
      '؟',
      '…',
      '..',
      ' ',
      ' ',
      '\n',
      'كلمة',
      'ثم',
      'x',
      '3',
      'أ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (pieces, hardWrapped) => {
        const options = { hardWrapped };
        for (const text of bothPaths(pieces.join(''))) {
          expect(splitSentences(text, options)).toEqual(referenceSplitSentences(text, options));
        }
      }),
      { numRuns: propertyRuns(300, 600) },
    );
  });
});
