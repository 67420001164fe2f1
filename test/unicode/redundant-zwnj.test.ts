import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUnicode, normalize } from '../../src/index.js';
import { codePoints } from '../support/code-points.js';

const ZWNJ = '\u200c';
const keep = (text: string) => cleanUnicode(text, { zwnj: 'keep' });
const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('zwnj: keep drops redundant ZERO WIDTH NON-JOINERs', () => {
  it.each([
    ['one inside a word stays', `خانه${ZWNJ}ها`, `خانه${ZWNJ}ها`],
    ['a doubled one inside a word becomes one', `خانه${ZWNJ}${ZWNJ}ها`, `خانه${ZWNJ}ها`],
    ['a run of three becomes one', `می${ZWNJ}${ZWNJ}${ZWNJ}روم`, `می${ZWNJ}روم`],
    ['one before a space goes', `خانه${ZWNJ} بزرگ`, 'خانه بزرگ'],
    ['one after a space goes', `خانه ${ZWNJ}بزرگ`, 'خانه بزرگ'],
    ['two beside a space go', `خانه ${ZWNJ}${ZWNJ}بزرگ`, 'خانه بزرگ'],
    ['one at the start of the text goes', `${ZWNJ}${ZWNJ}خانه`, 'خانه'],
    ['one at the end of the text goes', `خانه${ZWNJ}${ZWNJ}`, 'خانه'],
    ['one before punctuation goes', `خانه${ZWNJ}.`, 'خانه.'],
    ['one after a digit goes', `2${ZWNJ}خانه`, '2خانه'],
    ['one at a line end goes', `خانه${ZWNJ}\nبزرگ`, 'خانه\nبزرگ'],
    ['one after a mark inside a word stays', `خانهٔ${ZWNJ}ما`, `خانهٔ${ZWNJ}ما`],
    ['one between Latin letters stays (any script)', `a${ZWNJ}b`, `a${ZWNJ}b`],
    ['one after a lone surrogate goes (it becomes U+FFFD)', `ب\ude00${ZWNJ}ب`, 'ب\ufffdب'],
    ['one after an emoji (a surrogate pair) goes', `ب\ud83d\ude00${ZWNJ}ب`, 'ب\ud83d\ude00ب'],
  ])('%s', (_, input, expected) => expectSame(keep(input), expected));

  it('returns text with only useful ZWNJs as it is', () => {
    const text = `می${ZWNJ}خواهم به خانه${ZWNJ}ها بروم`;
    expect(keep(text)).toBe(text);
  });

  it('leaves no ZWNJ beside a space, doubled, or at either end of a word (property)', () => {
    const piece = fc.constantFrom('خانه', 'ها', ' ', ZWNJ, `${ZWNJ}${ZWNJ}`, '.', '\n', 'می');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const out = keep(pieces.join(''));
        expect(out).not.toMatch(/\u200c\u200c|[\s.]\u200c|\u200c[\s.]|^\u200c|\u200c$/);
        expect(keep(out)).toBe(out);
      }),
    );
  });

  it('applies in the minimal preset (zwnj: keep), which repairs only what is invisible', () => {
    expect(normalize(`کتاب${ZWNJ}${ZWNJ}ها ${ZWNJ}را`, { preset: 'minimal' })).toBe(
      `کتاب${ZWNJ}ها را`,
    );
  });
});

describe('normalize: a ZWNJ that stage 1 leaves for stage 2 (farsiLetters auto)', () => {
  it.each([
    ['removed', { zwnj: 'remove' } as const, `ــ${ZWNJ}ب`, 'ب'],
    ['written as a space', { zwnj: 'space' } as const, `ــ${ZWNJ}ب`, 'ــ ب'],
  ])(
    'counts in the tatweel decision as it will end up (%s), so a second run changes nothing',
    (_, options, input, expected) => {
      const once = normalize(input, options);
      expectSame(once, expected);
      expectSame(normalize(once, options), once);
    },
  );

  it('is written as a space, like every other ZWNJ, when it is redundant and zwnj is space', () => {
    expectSame(normalize(`${ZWNJ}كتاب${ZWNJ}${ZWNJ}ها`, { zwnj: 'space' }), 'كتاب ها');
  });
});

describe('a redundant ZWNJ beside a presentation form is judged by what the form becomes', () => {
  it.each([
    ['after an isolated fathatan (a mark, no letter)', `\ufe70${ZWNJ}ب`, '\u064bب'],
    ['after a lam-alef ligature (a letter)', `\ufefb${ZWNJ}ب`, `لا${ZWNJ}ب`],
    ['before a medial fatha (the pass writes the bare mark)', `ب${ZWNJ}\ufe77`, 'ب\u064e'],
    ['before a medial fatha, inside a word', `ب${ZWNJ}\ufe77ب`, 'ب\u064eب'],
  ])('%s, so a second run changes nothing', (_, input, expected) => {
    const once = normalize(input, { preset: 'minimal' });
    expectSame(once, expected);
    expectSame(normalize(once, { preset: 'minimal' }), once);
  });
});
