import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, mapFarsiLetters, normalize, normalizeWithOffsets } from '../../src/index.js';
import {
  hasElongationRun,
  isElongationLetter,
  reduceElongation,
} from '../../src/letters/reduce-elongation.js';
import type { NormalizeOptions } from '../../src/options/types.js';
import { arabicLetter, arabicMark, punctuation } from '../support/arabic-arbitraries.js';
import { codePoints } from '../support/code-points.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('elongation by repeated letters (option elongation)', () => {
  it.each([
    ['a run in the middle of a word', 'كتييير', 'كتير'],
    ['a run at the start of a word', 'كككتير', 'كتير'],
    ['a run at the end of a word', 'كتيررر', 'كتير'],
    ['a long run', 'جمممممممميل', 'جميل'],
    ['every run of a sentence', 'شكرااا جزيييلا', 'شكرا جزيلا'],
    ['a run of ALEF after YA', 'يااااا', 'يا'],
    ['a run of four of a letter that real words repeat three times', 'حلوووو', 'حلو'],
    ['a run of four LAMs at a word start', 'لللللغة', 'لغة'],
    ['three LAMs inside a word, not after a proclitic', 'يلللا', 'يلا'],
    ['three KAFs inside a word', 'مكككتب', 'مكتب'],
    ['a run before sentence punctuation', 'رائعععع!', 'رائع!'],
    ['a run before a full stop and the next word', 'جمييييل.وبدأ', 'جميل. وبدأ'],
  ])('writes the letter once: %s', (_, input, expected) => expectSame(normalize(input), expected));

  it.each([
    ['laughter', 'ههههههههه', 'هه'],
    ['laughter of three', 'ههه', 'هه'],
    ['laughter between words', 'قال ههههههه ثم', 'قال هه ثم'],
    ['laughter before punctuation', 'ههههه!', 'هه!'],
  ])('writes a word of HEH alone as هه: %s', (_, input, expected) =>
    expectSame(normalize(input), expected),
  );

  it('reduces a run of HEH inside a word to one HEH', () => {
    expectSame(normalize('اللههههه'), 'الله');
  });

  it.each([
    ['TEH: the prefix TEH before a form VI stem', 'تتتالى'],
    ['TEH: the prefix TEH before a form V stem', 'تتتبع'],
    ['TEH: a suffix after a doubled TEH', 'تشتتت'],
    ['NOON: the feminine plural after a doubled NOON', 'يمكننن'],
    ['WAW: the conjunction before a word starting with two WAWs', 'وووري'],
    ['LAM: the preposition and the article before a word starting with LAM', 'لللغة'],
    ['LAM: the same after the conjunction WAW', 'ولللغة'],
    ['LAM: the same after the conjunction FEH', 'فلللغة'],
    ['KAF: a doubled KAF and the pronoun KAF at a word end', 'شككك'],
  ])('keeps a run of exactly three that a real word has: %s', (_, word) => {
    expectSame(normalize(word), word);
    expectSame(normalize(`قال ${word} ثم`), `قال ${word} ثم`);
  });

  it('leaves a run with marks between its letters (vowelled text is written with care)', () => {
    expectSame(normalize('كَكَكَتب'), 'كَكَكَتب');
  });

  it.each([
    ['an e-mail address', 'info.ككك@example.com'],
    ['a URL with an Arabic label', 'https://مثاللل.com/x'],
    ['a file name', 'تقريررر.pdf'],
    ['a path', 'C:\\مجلددد\\ملف'],
    ['a name with an underscore', 'اسم_ممم'],
  ])('leaves a word inside an address or path as written: %s', (_, token) => {
    // Spacing repair off: this is about the elongation pass, whatever stage 3 does to the token.
    expect(normalize(`انظر ${token} هنا`, { punctuationSpacing: false })).toContain(token);
  });

  it('leaves digits and Latin letters alone', () => {
    expectSame(normalize('III 1000 aaaa'), 'III 1000 aaaa');
  });

  it('is off in the minimal preset and with elongation: keep', () => {
    expectSame(normalize('كتييير', { preset: 'minimal' }), 'كتييير');
    expectSame(normalize('كتييير', { elongation: 'keep' }), 'كتييير');
    expectSame(normalize('كتييير', { preset: 'minimal', elongation: 'reduce' }), 'كتير');
  });

  it('applies in the search preset, after the folds (a run that a fold makes is reduced too)', () => {
    expectSame(normalize('كتييير', { preset: 'search' }), 'كتير');
    expectSame(normalize('يأاا', { preset: 'search' }), 'يا');
  });

  it('is part of stage 2 called alone', () => {
    expectSame(mapFarsiLetters('کککتير'), 'كتير');
    expectSame(mapFarsiLetters('کککتير', { elongation: 'keep' }), 'كككتير');
  });

  it('is explained as the elongation rule, with offsets into the input', () => {
    const changes = explain('قال كتييير');
    expect(changes.map((c) => [c.before, c.after, c.rule])).toEqual([['ييي', 'ي', 'elongation']]);
    const { text, toOriginal } = normalizeWithOffsets('قال كتييير جدا');
    expect(text).toBe('قال كتير جدا');
    expect(toOriginal(text.indexOf('جدا'))).toBe('قال كتييير '.length);
  });

  it('stays linear on a huge run and on many runs in one token', () => {
    expect(linearGrowth('ب', normalize, 64 * 1024)).toBeLessThan(GROWTH_LIMIT);
    expect(linearGrowth('تببب.', normalize, 64 * 1024)).toBeLessThan(GROWTH_LIMIT);
  });
});

describe('elongation: properties', () => {
  /** Text rich in runs: repeated letters, proclitics, HEH words, marks, punctuation, address signs. */
  const runText = fc
    .array(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .tuple(arabicLetter, fc.integer({ min: 1, max: 5 }))
            .map(([l, n]) => l.repeat(n)),
        },
        {
          weight: 2,
          arbitrary: fc.constantFrom('ل', 'و', 'ف', 'ت', 'ن', 'ك', 'ه', 'أ', 'ا', 'ى', 'ي', 'ة'),
        },
        { weight: 1, arbitrary: arabicMark },
        {
          weight: 2,
          arbitrary: fc.constantFrom(' ', ' ', '\n', '@', '.', '/', '_', ':', 'a', '1', '\u0640'),
        },
        { weight: 1, arbitrary: punctuation },
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  const optionSets: NormalizeOptions[] = [
    {},
    { preset: 'search' },
    { preset: 'minimal', elongation: 'reduce' },
    { farsiLetters: 'keep', tatweel: 'keep', diacritics: 'strip' },
  ];

  it.each(optionSets)('normalize is idempotent with %j', (options) => {
    fc.assert(
      fc.property(runText, (text) => {
        const once = normalize(text, options);
        expect(codePoints(normalize(once, options))).toBe(codePoints(once));
      }),
    );
  });

  it('never leaves a run of four of one letter outside an address (standard preset)', () => {
    fc.assert(
      fc.property(runText, (text) => {
        for (const token of normalize(text).split(/\s+/)) {
          if (/[@/\\_=&:#.]/.test(token)) continue;
          expect(token).not.toMatch(/([\u0621-\u064a])\1\1\1/);
        }
      }),
    );
  });

  it('only removes letters: what stays is the input with letters of runs taken out', () => {
    fc.assert(
      fc.property(runText, (text) => {
        const kept = normalize(text, { elongation: 'keep' });
        const reduced = normalize(text);
        expect(reduced.length).toBeLessThanOrEqual(kept.length);
        expect(reduced.replace(/[\u0621-\u064a]/g, '')).toBe(kept.replace(/[\u0621-\u064a]/g, ''));
      }),
    );
  });
});

describe('elongation: the scan for runs and the predicate for a gate', () => {
  /** Whether `text` has three consecutive equal code units that are Arabic letters, unit by unit. */
  const hasRunByUnits = (text: string) => {
    for (let i = 2; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (
        isElongationLetter(unit) &&
        text.charCodeAt(i - 1) === unit &&
        text.charCodeAt(i - 2) === unit
      ) {
        return true;
      }
    }
    return false;
  };

  it('finds a run at every position a scan that reads two units in three could miss', () => {
    // Every offset of the run modulo 3, every run length, and text or nothing after it.
    for (let before = 0; before <= 7; before++) {
      for (let run = 3; run <= 6; run++) {
        for (const after of ['', 'ر', 'رس', ' قال']) {
          const text = `${'كتا'.repeat(3).slice(0, before)}${'ب'.repeat(run)}${after}`;
          expect(hasElongationRun(text)).toBe(true);
          expectSame(reduceElongation(text), `${'كتا'.repeat(3).slice(0, before)}ب${after}`);
        }
      }
    }
  });

  it('finds no run where two equal letters stand apart or only two stand together', () => {
    for (const text of [
      '',
      'ب',
      'بب',
      'ببت',
      'بتب',
      'ببتبب',
      'ب ب ب',
      'بَبب',
      '...',
      'aaa',
      '111',
    ]) {
      expect(hasElongationRun(text)).toBe(false);
      expect(reduceElongation(text)).toBe(text);
    }
  });

  it('tells a run even where the pass keeps it (a real word, an address)', () => {
    expect(hasElongationRun('تتتالى')).toBe(true);
    expect(reduceElongation('تتتالى')).toBe('تتتالى');
    expect(hasElongationRun('info.ككك@example.com')).toBe(true);
  });

  /** Text dense in runs and near-runs of letters, of other units and of marks. */
  const runs = fc
    .array(
      fc.oneof(
        fc.tuple(arabicLetter, fc.integer({ min: 1, max: 4 })).map(([l, n]) => l.repeat(n)),
        fc.constantFrom('.', ' ', 'a', '\u0651', '\u0640', '\u06cc', '\u0750', '@', 'ههه', 'لل'),
        arabicMark,
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join(''));

  it('says there is a run exactly when three equal Arabic letters stand together', () => {
    fc.assert(
      fc.property(runs, (text) => {
        expect(hasElongationRun(text)).toBe(hasRunByUnits(text));
      }),
    );
  });

  it('guarantees that the pass returns text without a run as it is', () => {
    fc.assert(
      fc.property(runs, (text) => {
        if (!hasElongationRun(text)) expect(reduceElongation(text)).toBe(text);
      }),
    );
  });
});
