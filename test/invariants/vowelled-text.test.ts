import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { codePoints } from '../support/code-points.js';

/**
 * Fully vowelled text, as in the Quran, hadith, poetry and schoolbooks: every letter with its
 * vowel or none, shadda, tanween at word ends, hamza seats on tatweel, decorative tatweels under a
 * superscript alef, Quranic pause signs between words. Nothing in it is broken, so `standard` must
 * lose no mark and move none to another letter: it gives back the NFC form, less the decorative
 * tatweels (which it removes, their superscript alef going to the letter before).
 */
const letter = fc
  .oneof(
    fc.integer({ min: 0x0628, max: 0x063a }),
    fc.integer({ min: 0x0641, max: 0x064a }),
    fc.constantFrom(0x0627, 0x0623, 0x0625, 0x0621, 0x0629, 0x0671),
  )
  .map((cp) => String.fromCharCode(cp));
const vowel = fc.constantFrom('', '\u064e', '\u064f', '\u0650', '\u0652', '\u06e1');
const shadda = fc.constantFrom('', '', '', '\u0651');
const lettered = fc
  .tuple(letter, shadda, vowel)
  .map(([l, s, v]) => ({ text: l + s + v, plain: l + s + v }));
/** A hamza seat on a tatweel (kept) or a superscript alef on one (the tatweel goes). */
const tatweel = fc.constantFrom(
  { text: '\u0640\u064e\u0654', plain: '\u0640\u064e\u0654' },
  { text: '\u0640\u0654\u0650', plain: '\u0640\u0654\u0650' },
  { text: '\u0640\u0670', plain: '\u0670' },
  { text: '\u0640\u0670\u0653', plain: '\u0670\u0653' },
);
const tanween = fc.constantFrom('', '', '\u064b', '\u064c', '\u064d');
/** A word: a letter, letters and tatweels, and a last letter that may carry tanween. */
const word = fc
  .tuple(
    letter,
    fc.array(fc.oneof({ weight: 6, arbitrary: lettered }, { weight: 1, arbitrary: tatweel }), {
      maxLength: 5,
    }),
    letter,
    fc.oneof(vowel, tanween),
  )
  .map(([first, middle, last, end]) => ({
    text: first + middle.map((p) => p.text).join('') + last + end,
    plain: first + middle.map((p) => p.plain).join('') + last + end,
  }));
const pauseSign = fc.constantFrom('\u06d6', '\u06d7', '\u06d8', '\u06d9', '\u06da', '\u06db');
const verse = fc
  .array(fc.tuple(word, fc.option(pauseSign, { freq: 4 })), { minLength: 1, maxLength: 10 })
  .map((words) => {
    const text = words.map(([w, sign]) => (sign ? `${w.text} ${sign}` : w.text)).join(' ');
    const plain = words.map(([w, sign]) => (sign ? `${w.plain} ${sign}` : w.plain)).join(' ');
    return { text, expected: plain.normalize('NFC') };
  })
  // Vowelled text never writes one letter three times with no mark between (that is elongation,
  // which `standard` reduces); the generator can, with its unvowelled letters.
  .filter(({ text }) => !/([\u0621-\u064a\u0671])\1\1/.test(text));

/** The marks of a text, each with the letter it sits on (in NFD, one entry per mark). */
function marksOnLetters(text: string): string[] {
  const out: string[] = [];
  let base = '';
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) out.push(base + ch);
    else base = ch;
  }
  return out.sort();
}

describe('standard on fully vowelled text', () => {
  it('gives back the NFC form, less decorative tatweels', () => {
    fc.assert(
      fc.property(verse, ({ text, expected }) => {
        expect(codePoints(normalize(text))).toBe(codePoints(expected));
      }),
      { numRuns: 500 },
    );
  });

  it('loses no combining mark and moves none to another letter, in NFD too', () => {
    fc.assert(
      fc.property(verse, ({ text, expected }) => {
        expect(marksOnLetters(normalize(text.normalize('NFD')))).toEqual(marksOnLetters(expected));
      }),
      { numRuns: 500 },
    );
  });
});
