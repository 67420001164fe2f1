import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, normalize } from '../../src/index.js';
import type { FoldOptions } from '../../src/options/types.js';
import { arabicLetter, arabicMark } from '../support/arabic-arbitraries.js';
import { codePoints } from '../support/code-points.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

const search = (text: string) => normalize(text, { preset: 'search' });
const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('search on Quranic text (option foldQuranicMarks)', () => {
  it.each([
    ['SMALL WAW after the pronoun', 'لَهُۥ', 'له'],
    ['SMALL YEH after the pronoun', 'بِهِۦ', 'به'],
    ['SMALL YEH carrying a madda', 'بِهِۦٓ', 'به'],
    ['a sukun written as SMALL HIGH DOTLESS HEAD OF KHAH', 'رَبَّكُمۡ', 'ربكم'],
    ['a madda on a letter other than alef', 'سُوٓءَ', 'سوء'],
    // The superscript alef goes with the diacritics: plain spelling writes it in some words (الكتاب)
    // and not in others (الرحمن), which only a lexicon could tell.
    ['a pause sign on the last letter of a word', 'ٱلۡكِتَٰبُۖ', 'الكتب'],
    ['SMALL HIGH MEEM (iqlab)', 'مِنۢ بَعۡدِ', 'من بعد'],
    ['SMALL HIGH ROUNDED ZERO on a silent letter', 'أُوْلَٰٓئِكَ', 'اولئك'.replace('ئ', 'ي')],
  ])('folds %s', (_, input, expected) => expectSame(search(input), expected));

  it('makes a Quranic word match its plain spelling', () => {
    for (const [quranic, plain] of [
      ['لَهُۥ', 'له'],
      ['رَبَّكُمۡ', 'ربكم'],
      ['يَوۡمِ', 'يوم'],
      ['عَلَيۡهِمۡ', 'عليهم'],
      ['ٱلرَّحۡمَٰنِ', 'الرحمن'],
    ]) {
      expectSame(search(quranic!), search(plain!));
    }
  });

  it('expands the basmala ligature like the other ligatures of the block', () => {
    expectSame(search('\uFDFD'), search('بسم الله الرحمن الرحيم'));
    expectSame(search('\uFDFA'), search('صلى الله عليه وسلم'));
  });

  it('leaves a sign standing alone between words where it is', () => {
    expectSame(foldForSearch('كلمة \u06d6 كلمة'), 'كلمه \u06d6 كلمه');
    expectSame(foldForSearch('كلمة \u06e5 كلمة'), 'كلمه \u06e5 كلمه');
    expectSame(search('كلمة \u06de كلمة'), 'كلمه \u06de كلمه');
  });

  it('keeps SMALL WAW and a madda on waw with the option off', () => {
    expectSame(foldForSearch('له\u06e5 و\u0653', { foldQuranicMarks: false }), 'له\u06e5 و\u0653');
  });

  it('keeps the annotation marks with diacritics kept and the option off, removes them with it on', () => {
    const text = 'ٱلۡكِتَٰبُۖ';
    expect(
      normalize(text, { preset: 'search', diacritics: 'keep', foldQuranicMarks: false }),
    ).toContain('\u06d6');
    expect(normalize(text, { preset: 'search', diacritics: 'keep' })).not.toMatch(/[\u06d6\u06e1]/);
  });
});

describe('search folds: output in NFC, idempotent', () => {
  it.each([
    ['ALEF MAKSURA with HAMZA ABOVE, foldHamza off', 'ى\u0654', { foldHamza: false }, 'ئ'],
    ['ALEF MAKSURA with HAMZA ABOVE, every fold on', 'ى\u0654', {}, 'ي'],
    [
      'a Quranic mark removed from between YEH and HAMZA ABOVE, foldHamza off',
      'ي\u06df\u0654',
      { foldHamza: false },
      'ئ',
    ],
    [
      'a Quranic mark removed from between ALEF and MADDA, foldAlef off',
      'ا\u06df\u0653',
      { foldAlef: false },
      'آ',
    ],
    ['ALEF WITH HAMZA ABOVE and a fatha, then HAMZA ABOVE', 'أ\u064e\u0654', {}, 'ا\u064e'],
  ])('%s', (_, input, options: FoldOptions, expected) => {
    const once = foldForSearch(input, options);
    expectSame(once, expected);
    expect(once.normalize('NFC')).toBe(once);
    expect(foldForSearch(once, options)).toBe(once);
  });

  it.each([
    ['a SMALL YEH before a space and a detached madda', 'ا\u06e6 \u0653'],
    ['a pause sign before a space and a detached fatha', 'كتب\u06d6 \u064e'],
    ['a hamza on beh after a detached kasra at the line start', '\u0650ب\u0654'],
  ])(
    'leaves the signs of a letter next to a detached mark (stage 1 decides by them): %s',
    (_, text) => {
      const options = { preset: 'search', diacritics: 'keep' } as const;
      expect(foldForSearch(text)).toBe(text);
      const once = normalize(text, options);
      expect(normalize(once, options)).toBe(once);
    },
  );

  it('stays linear on one letter carrying a huge run of signs and hamzas (the NFC path)', () => {
    const fold = (text: string) => foldForSearch(`\u0649${text}`, { foldHamza: false });
    expect(linearGrowth('\u06df\u0654', fold, 32 * 1024)).toBeLessThan(GROWTH_LIMIT);
    expect(linearGrowth('\u06df\u0653', (t) => foldForSearch(`ا${t}`), 32 * 1024)).toBeLessThan(
      GROWTH_LIMIT,
    );
  });

  const FOLD_OPTION_NAMES = [
    'foldAlef',
    'foldAlefMaksura',
    'foldTehMarbuta',
    'foldHamza',
    'foldQuranicMarks',
  ] as const;
  const foldOptions = fc.record(
    Object.fromEntries(FOLD_OPTION_NAMES.map((name) => [name, fc.boolean()])) as Record<
      (typeof FOLD_OPTION_NAMES)[number],
      fc.Arbitrary<boolean>
    >,
  );
  /** Letters the folds change, the marks they take, Quranic signs, small letters, tatweel, spaces. */
  const foldText = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: arabicLetter },
        {
          weight: 3,
          arbitrary: fc.constantFrom(
            'ا',
            'أ',
            'إ',
            'آ',
            'ٱ',
            'ى',
            'ة',
            'ؤ',
            'ئ',
            'و',
            'ي',
            'ه',
            'ۀ',
            'ە',
          ),
        },
        { weight: 3, arbitrary: fc.constantFrom('\u0653', '\u0654', '\u0655') },
        { weight: 2, arbitrary: arabicMark },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            '\u06d6',
            '\u06df',
            '\u06e1',
            '\u06e5',
            '\u06e6',
            '\u06e7',
            '\u06dd',
            '\u06de',
            '\u08f3',
            '\u0670',
          ),
        },
        { weight: 1, arbitrary: fc.constantFrom(' ', '\u0640', 'a', '1', '\uFDFD', '\uFEF7') },
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join(''));

  // Issue 17 asks each idempotence property to run 20,000 cases in CI (seed printed at start).
  const ciRuns = process.env.CI ? { numRuns: 20_000 } : {};

  it('foldForSearch of NFC text is NFC and a fixed point, whatever folds are on', () => {
    fc.assert(
      fc.property(foldText, foldOptions, (raw, options) => {
        const text = raw.normalize('NFC');
        const once = foldForSearch(text, options);
        expect(codePoints(once.normalize('NFC'))).toBe(codePoints(once));
        expect(codePoints(foldForSearch(once, options))).toBe(codePoints(once));
      }),
      ciRuns,
    );
  });

  it('normalize with the search preset and any folds is idempotent', () => {
    fc.assert(
      fc.property(
        foldText,
        foldOptions,
        fc.constantFrom('strip', 'keep', 'strip-except-shadda'),
        (text, options, diacritics) => {
          const all = { preset: 'search' as const, diacritics, ...options };
          const once = normalize(text, all);
          expect(codePoints(normalize(once, all))).toBe(codePoints(once));
          expect(codePoints(normalize(text.normalize('NFD'), all))).toBe(codePoints(once));
        },
      ),
      ciRuns,
    );
  });
});

describe('a small waw or yeh continues its word', () => {
  it('so a word with one inside is no one-letter word, and a madda after it goes back on its end', () => {
    const options = { foldQuranicMarks: true, diacritics: 'strip' } as const;
    const once = normalize('\u0627\u06e6\u0627 \u0653', options);
    expect(codePoints(once)).toBe(codePoints('\u0627\u0622'));
    expect(normalize(once, options)).toBe(once);
    expect(codePoints(normalize('\u0627\u06e6\u0627 \u0653'))).toBe(
      codePoints('\u0627\u06e6\u0622'),
    );
  });
});

describe('the folds decide each call afresh', () => {
  it('a hamza before a tatweel in its word stays on every call, not only the first', () => {
    const options = {
      foldAlef: false,
      foldAlefMaksura: false,
      foldTehMarbuta: false,
      foldHamza: true,
      foldQuranicMarks: false,
    } as const;
    const input = '\u0622\u0654\u0640\u0621\u0655 \u064b';
    const once = foldForSearch(input, options);
    expect(codePoints(once)).toBe(codePoints(input));
    expect(codePoints(foldForSearch(once, options))).toBe(codePoints(once));
  });
});
