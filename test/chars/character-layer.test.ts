import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  type CodeRange,
  codesOf,
  rangesOf,
  subtractRanges,
  unionRanges,
} from '../../src/chars/code-range.js';
import * as policy from '../../src/chars/policy-sets.js';
import * as sets from '../../src/chars/sets.js';
import * as unicode from '../../src/chars/unicode-properties.generated.js';
import { QURANIC_ANNOTATION_MARKS, SMALL_VOWEL_LETTERS } from '../../src/folds/quranic-signs.js';
import * as stage3 from '../../src/punctuation/char-class.js';
import { HYPHEN_LOOKALIKES } from '../../src/punctuation/punctuation-marks.js';
import { CHAR_CLASS, CharClass } from '../../src/sentences/character-classes.js';
import * as stage1 from '../../src/unicode/character-sets.js';

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const hexes = (codes: readonly number[]) => codes.map(hex);

/** The BMP code points matching a regular expression of the engine (Unicode 17 in Node 20). */
function matching(pattern: RegExp): number[] {
  const codes: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (pattern.test(String.fromCharCode(code))) codes.push(code);
  }
  return codes;
}

/** The code units a 65,536-entry table gives `value`. */
function withValue(table: ArrayLike<number>, value: number): number[] {
  const codes: number[] = [];
  for (let code = 0; code <= 0xffff; code++) if (table[code] === value) codes.push(code);
  return codes;
}

const codes = (...lists: (readonly CodeRange[])[]) => codesOf(unionRanges(...lists));

describe('the generated Unicode properties', () => {
  it('come from Unicode 17, the version of the engine the tests run on', () => {
    expect(unicode.UNICODE_VERSION).toBe('17.0.0');
    expect(process.versions.unicode).toBe('17.0');
  });

  it.each([
    ['ARABIC_LETTERS', unicode.ARABIC_LETTERS, /^(?=\p{Script=Arabic})\p{Lo}$/u],
    [
      'ARABIC_MODIFIER_LETTERS',
      unicode.ARABIC_MODIFIER_LETTERS,
      /^(?=\p{Script_Extensions=Arabic})\p{Lm}$/u,
    ],
    ['ARABIC_MARKS', unicode.ARABIC_MARKS, /^(?=\p{Script_Extensions=Arabic})\p{Mn}$/u],
    ['ARABIC_DIGITS', unicode.ARABIC_DIGITS, /^(?=\p{Script_Extensions=Arabic})\p{Nd}$/u],
    [
      'ARABIC_FORMAT_CONTROLS',
      unicode.ARABIC_FORMAT_CONTROLS,
      /^(?=\p{Script_Extensions=Arabic})\p{Cf}$/u,
    ],
    ['LATIN_LETTERS', unicode.LATIN_LETTERS, /^(?=\p{Script=Latin})\p{L}$/u],
    ['COMBINING_MARKS', unicode.COMBINING_MARKS, /^\p{M}$/u],
    ['CONTROLS', unicode.CONTROLS, /^\p{Cc}$/u],
    ['FORMAT_CONTROLS', unicode.FORMAT_CONTROLS, /^\p{Cf}$/u],
    ['DEFAULT_IGNORABLES', unicode.DEFAULT_IGNORABLES, /^\p{Default_Ignorable_Code_Point}$/u],
    ['DASHES', unicode.DASHES, /^\p{Dash}$/u],
    ['QUOTATION_MARKS', unicode.QUOTATION_MARKS, /^\p{Quotation_Mark}$/u],
  ] as const)("%s equals the engine's own property", (_name, ranges, pattern) => {
    expect(hexes(codesOf(ranges))).toEqual(hexes(matching(pattern)));
  });

  it('has as hamza carriers exactly the Arabic letters NFC composes with HAMZA ABOVE or BELOW', () => {
    const carriers = codesOf(unicode.ARABIC_LETTERS).filter((code) =>
      ['\u0654', '\u0655'].some(
        (hamza) => (String.fromCharCode(code) + hamza).normalize('NFC').length === 1,
      ),
    );
    expect(hexes(codesOf(unicode.COMPOSES_WITH_HAMZA))).toEqual(hexes(carriers));
    expect(hexes(carriers)).toEqual(hexes([0x0627, 0x0648, 0x064a, 0x06c1, 0x06d2, 0x06d5]));
  });

  it('has the seven line terminators and, as spaces, the rest of White_Space', () => {
    expect(hexes(codesOf(unicode.LINE_BREAKS))).toEqual(
      hexes([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]),
    );
    const whiteSpace = matching(/^\p{White_Space}$/u);
    expect(hexes(codes(unicode.SPACES, unicode.LINE_BREAKS))).toEqual(hexes(whiteSpace));
    expect(subtractRanges(unicode.SPACES, unicode.LINE_BREAKS)).toEqual(unicode.SPACES);
  });

  it('agree with unicode-properties (Unicode 12) on every code point it knows', () => {
    const up = createRequire(import.meta.url)('unicode-properties') as {
      getCategory(code: number): string;
      getScript(code: number): string;
    };
    const categoryOf: [readonly CodeRange[], (category: string, code: number) => boolean][] = [
      [unicode.ARABIC_LETTERS, (c, code) => c === 'Lo' && up.getScript(code) === 'Arabic'],
      [unicode.COMBINING_MARKS, (c) => c === 'Mn' || c === 'Mc' || c === 'Me'],
      [unicode.CONTROLS, (c) => c === 'Cc'],
      [unicode.FORMAT_CONTROLS, (c) => c === 'Cf'],
    ];
    for (const [ranges, expected] of categoryOf) {
      const member = new Set(codesOf(ranges));
      const disagree: number[] = [];
      for (let code = 0; code <= 0xffff; code++) {
        const category = up.getCategory(code);
        // Unassigned in Unicode 12 (or read as a control for lack of data): newer than the package.
        if (
          category === 'Cn' ||
          (category === 'Cc' && !/^\p{Cc}$/u.test(String.fromCharCode(code)))
        )
          continue;
        if (member.has(code) !== expected(category, code)) disagree.push(code);
      }
      expect(hexes(disagree)).toEqual([]);
    }
  });
});

describe('the range helpers', () => {
  it('merge, subtract and spell ranges', () => {
    expect(
      unionRanges(
        [[5, 6]],
        [
          [1, 2],
          [3, 4],
          [10, 10],
        ],
      ),
    ).toEqual([
      [1, 6],
      [10, 10],
    ]);
    expect(subtractRanges([[1, 10]], [[3, 4]], [[10, 12]])).toEqual([
      [1, 2],
      [5, 9],
    ]);
    expect(rangesOf([3, 1, 2, 7])).toEqual([
      [1, 3],
      [7, 7],
    ]);
  });
});

/**
 * Every stage's class against the Unicode property it stands for: the difference must be exactly
 * the named policy sets listed here (a drift of a hand-written copy would show up as a difference
 * with no name).
 */
describe('the stages agree with the character layer', () => {
  const letters = codesOf(unicode.ARABIC_LETTERS);

  it('stages 1 and 2 and the folds read the Arabic letters of Unicode, unchanged', () => {
    expect(sets.ARABIC_LETTERS).toBe(unicode.ARABIC_LETTERS);
  });

  it('stage 1 reads Unicode spaces and line terminators unchanged', () => {
    expect(stage1.SPACES).toBe(unicode.SPACES);
    expect(stage1.LINE_BREAKS).toBe(unicode.LINE_BREAKS);
  });

  it('stage 1 marks: the Arabic marks of Unicode but MARKS_NOT_YET_READ', () => {
    expect(codesOf(stage1.ARABIC_MARKS)).toEqual(
      codesOf(subtractRanges(unicode.ARABIC_MARKS, policy.MARKS_NOT_YET_READ)),
    );
  });

  it('stage 1 diacritics: its marks but LETTER_FORMING_MARKS', () => {
    expect(codesOf(stage1.DIACRITICS)).toEqual(
      codesOf(subtractRanges(stage1.ARABIC_MARKS, policy.LETTER_FORMING_MARKS)),
    );
  });

  it('stage 1 invisibles are controls, format controls or default-ignorable, never a space', () => {
    const allowed = new Set(
      codes(unicode.CONTROLS, unicode.FORMAT_CONTROLS, unicode.DEFAULT_IGNORABLES),
    );
    const outside = codesOf(stage1.INVISIBLES).filter((code) => !allowed.has(code));
    expect(hexes(outside)).toEqual([]);
    expect(subtractRanges(stage1.INVISIBLES, unicode.SPACES, unicode.LINE_BREAKS)).toEqual(
      unionRanges(stage1.INVISIBLES),
    );
  });

  it('stage 3 letters: Unicode letters, plus TATWEEL_RANGE and SMALL_FARSI_YEH, less LETTERS_NOT_YET_READ', () => {
    const table = stage3.charClasses();
    expect(hexes(withValue(table, stage3.ARABIC))).toEqual(
      hexes(
        codesOf(
          subtractRanges(
            unionRanges(unicode.ARABIC_LETTERS, [policy.TATWEEL_RANGE, policy.SMALL_FARSI_YEH]),
            policy.LETTERS_NOT_YET_READ,
          ),
        ),
      ),
    );
  });

  it('stage 3 marks, digits, spaces and line breaks: stage 1 marks, the three digit systems, Unicode', () => {
    const table = stage3.charClasses();
    expect(withValue(table, stage3.MARK)).toEqual(codesOf(stage1.ARABIC_MARKS));
    expect(withValue(table, stage3.DIGIT)).toEqual(
      codes([policy.ASCII_DIGITS], unicode.ARABIC_DIGITS),
    );
    expect(withValue(table, stage3.SPACE)).toEqual(codesOf(unicode.SPACES));
    expect(withValue(table, stage3.BREAK)).toEqual(codesOf(unicode.LINE_BREAKS));
    expect(withValue(table, stage3.LATIN)).toEqual(codesOf(policy.LATIN_WORD_LETTERS));
  });

  it('sentence letters: Unicode letters, plus SMALL_FARSI_YEH, SMALL_WAW_AND_YEH and PRESENTATION_FORM_BLOCKS, less LETTERS_NOT_YET_READ', () => {
    const quotes = withValue(CHAR_CLASS, CharClass.Quote);
    const expected = codesOf(
      subtractRanges(
        unionRanges(
          unicode.ARABIC_LETTERS,
          [policy.SMALL_FARSI_YEH, policy.SMALL_WAW_AND_YEH],
          policy.PRESENTATION_FORM_BLOCKS,
        ),
        policy.LETTERS_NOT_YET_READ,
        rangesOf(quotes), // ORNATE LEFT/RIGHT PARENTHESIS: quotes to the splitter
      ),
    );
    const read = withValue(CHAR_CLASS, CharClass.ArabicLetter);
    expect(hexes(read)).toEqual(hexes(expected));
    // The splitter's letters that Unicode does not call Arabic letters (issue 21 counted 95).
    const extra = read.filter((code) => !letters.includes(code));
    expect(extra.length).toBe(95);
  });

  it('sentence marks: stage 1 marks, plus TATWEEL_RANGE, DISPUTED_END_OF_AYAH and COMBINING_DIACRITICAL_MARKS_BLOCK', () => {
    expect(hexes(withValue(CHAR_CLASS, CharClass.Mark))).toEqual(
      hexes(
        codes(stage1.ARABIC_MARKS, [
          policy.TATWEEL_RANGE,
          policy.DISPUTED_END_OF_AYAH,
          policy.COMBINING_DIACRITICAL_MARKS_BLOCK,
        ]),
      ),
    );
  });

  it('sentence digits, spaces and line breaks: stage 3 digits, Unicode spaces (and the BOM trim removes), Unicode line breaks', () => {
    expect(withValue(CHAR_CLASS, CharClass.Digit)).toEqual(codesOf(sets.DIGITS));
    expect(withValue(CHAR_CLASS, CharClass.Space)).toEqual(
      codes(unicode.SPACES, [[0xfeff, 0xfeff]]),
    );
    expect(withValue(CHAR_CLASS, CharClass.LineBreak)).toEqual(codesOf(unicode.LINE_BREAKS));
    expect(withValue(CHAR_CLASS, CharClass.LatinLetter)).toEqual(
      codesOf(policy.LATIN_WORD_LETTERS),
    );
  });

  it('the search fold reads as Quranic signs only marks every stage reads, and the small waw and yeh', () => {
    const marks = new Set(codesOf(stage1.ARABIC_MARKS));
    const outside = codesOf(QURANIC_ANNOTATION_MARKS).filter((code) => !marks.has(code));
    expect(hexes(outside)).toEqual([]);
    expect(SMALL_VOWEL_LETTERS).toEqual([policy.SMALL_WAW_AND_YEH]);
  });

  it('the hyphen look-alikes stage 3 reads as `-` are all Unicode dashes', () => {
    const dashes = new Set(codesOf(unicode.DASHES));
    expect(hexes(HYPHEN_LOOKALIKES.filter((code) => !dashes.has(code)))).toEqual([]);
    expect(HYPHEN_LOOKALIKES).toEqual([...new Set(HYPHEN_LOOKALIKES)].sort((a, b) => a - b));
  });

  it('each policy set differs from the property it amends, and is written in sorted ranges', () => {
    const all: (readonly CodeRange[])[] = [
      policy.MARKS_NOT_YET_READ,
      policy.LETTERS_NOT_YET_READ,
      policy.LETTER_FORMING_MARKS,
      [policy.TATWEEL_RANGE],
      [policy.SMALL_FARSI_YEH],
      [policy.SMALL_WAW_AND_YEH],
      [policy.DISPUTED_END_OF_AYAH],
      [policy.COMBINING_DIACRITICAL_MARKS_BLOCK],
      policy.PRESENTATION_FORM_BLOCKS,
      policy.LATIN_WORD_LETTERS,
    ];
    for (const ranges of all) expect(unionRanges(ranges)).toEqual(ranges.map((r) => [...r]));
    const marks = new Set(codesOf(unicode.ARABIC_MARKS));
    expect(codesOf(policy.MARKS_NOT_YET_READ).every((code) => marks.has(code))).toBe(true);
    expect(codesOf(policy.LETTER_FORMING_MARKS).every((code) => marks.has(code))).toBe(true);
    expect(codesOf(policy.LETTERS_NOT_YET_READ).every((code) => letters.includes(code))).toBe(true);
    const modifiers = codes(unicode.ARABIC_MODIFIER_LETTERS);
    for (const range of [policy.TATWEEL_RANGE, policy.SMALL_FARSI_YEH, policy.SMALL_WAW_AND_YEH]) {
      expect(codesOf([range]).every((code) => modifiers.includes(code))).toBe(true);
    }
    expect(codesOf([policy.DISPUTED_END_OF_AYAH])).toEqual(
      codesOf(unicode.FORMAT_CONTROLS).filter((code) => code === 0x08e2),
    );
    const latin = new Set(codesOf(unicode.LATIN_LETTERS));
    expect(codesOf(policy.LATIN_WORD_LETTERS).every((code) => latin.has(code))).toBe(true);
  });
});
