import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, AFTER_NUMBER_ABBREVIATIONS } from '../../src/sentences/abbreviations.js';
import { LETTER_NAMES } from '../../src/sentences/letter-names.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

// The common full stop (plain-full-stop.ts) is decided without the general path; these texts put
// a full stop after words that share their first and last letters, or their length, with the words
// the general path reads specially (abbreviations, units, letter names), so that a wrong shortcut
// would split where the general path does not, or the other way round.

/** The options' abbreviations (below) include dotted ones whose last part is a word of its own. */
const OPTION_WORDS = ['وز', 'Corp', 'Dipl.Ing', 'البنك', 'لدعم', 'ق.م.', 'اخ', 'ش.البنك'];
const SPECIAL_WORDS = [
  ...ABBREVIATIONS,
  ...AFTER_NUMBER_ABBREVIATIONS,
  ...LETTER_NAMES,
  ...OPTION_WORDS,
];

/** A special word, or one letter away from it (one more, one less, one changed). */
const nearSpecialWord = fc
  .tuple(
    fc.constantFrom(...SPECIAL_WORDS),
    fc.constantFrom('same', 'insert', 'remove', 'replace'),
    fc.nat(),
    fc.constantFrom('ل', 'ا', 'ب', 'x', 'e', 'ي', 'و'),
  )
  .map(([word, change, at, letter]) => {
    const k = word.length > 1 ? 1 + (at % (word.length - 1)) : 0;
    if (change === 'insert') return word.slice(0, k) + letter + word.slice(k);
    if (change === 'remove' && word.length > 2) return word.slice(0, k) + word.slice(k + 1);
    if (change === 'replace' && word.length > 2)
      return word.slice(0, k) + letter + word.slice(k + 1);
    return word;
  });

/** The same word as raw text may write it: marks, tatweel, format controls, Persian letters. */
const writtenWord = fc
  .tuple(
    nearSpecialWord,
    fc.constantFrom('', '\u064e', '\u0640', '\u200f', '\u0651\u064b'),
    fc.nat(),
  )
  .map(([word, extra, at]) => {
    const k = word.length === 0 ? 0 : at % (word.length + 1);
    return (word.slice(0, k) + extra + word.slice(k))
      .replace(/ي$/u, at % 3 === 0 ? 'ی' : 'ي')
      .replace(/ك/u, at % 2 === 0 ? 'ک' : 'ك');
  });

const before = fc.constantFrom(
  '',
  ' ',
  '  ',
  '«',
  '(',
  'و',
  'ال',
  'x.',
  'ق.',
  '/',
  '1',
  '12 ',
  '1990',
  '\n',
  'بي. ',
);
const after = fc.constantFrom(
  '. ',
  '.\n',
  '.',
  '. ثم ',
  '. هذا ',
  '. والقرن ',
  '. وتولى ',
  '. The ',
  '. .',
  '.  . ',
  '.!',
  '.؟ ',
  '.ك',
  '.» ',
  '. ،',
  '.[3] ',
  '.\u200f ',
  '. بي.',
  '. في ',
  '.7 ',
  '.com ',
  '.Ing. ',
  '.٣',
);
const text = fc
  .array(fc.tuple(before, writtenWord, after), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([b, w, a]) => b + w + a).join(''));

const options = fc.constantFrom(
  undefined,
  { hardWrapped: true },
  { abbreviations: OPTION_WORDS.slice(0, 5) },
  { abbreviations: OPTION_WORDS.slice(5), hardWrapped: true },
);

describe('the common full stop', () => {
  it('ends a sentence exactly where the general path decides, after any word or inside a token', () => {
    fc.assert(
      fc.property(text, options, (input, option) => {
        expect(splitSentences(input, option)).toEqual(referenceSplitSentences(input, option));
      }),
      { numRuns: 3000 },
    );
  });
});
