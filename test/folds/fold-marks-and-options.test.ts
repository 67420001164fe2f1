import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/index.js';
import { codePoints } from '../support/code-points.js';

const fold = (text: string, options?: Parameters<typeof foldForSearch>[1]) =>
  codePoints(foldForSearch(text, options));

// A combining MADDA or HAMZA that NFC would compose with a folded letter goes with the fold, even
// behind other marks; every other mark stays where it is.
describe('foldForSearch and the marks after a folded letter', () => {
  it.each([
    ['madda above after alef', 'ا\u0653', 'ا'],
    ['hamza above after alef', 'ا\u0654', 'ا'],
    ['hamza below after alef', 'ا\u0655', 'ا'],
    ['hamza above after alef, behind a fatha', 'ا\u064e\u0654', 'ا\u064e'],
    ['hamza above after alef, behind a superscript alef', 'ا\u0670\u0654', 'ا\u0670'],
    ['hamza above after alef, behind a wavy hamza below', 'ا\u065f\u0654', 'ا\u065f'],
    ['hamza above after alef, behind a fathatan', 'ا\u064b\u0654', 'ا\u064b'],
    ['hamza above after yeh', 'ي\u0654', 'ي'],
    ['hamza above after waw', 'و\u0654', 'و'],
    ['hamza above after alef maksura, which folds to yeh', 'ى\u0654', 'ي'],
    ['madda after alef with hamza above, which folds to alef', 'أ\u0653', 'ا'],
    // foldHamza: a hamza left on any other letter (كتابهٔ matches كتابه).
    ['hamza above after heh', 'ه\u0654', 'ه'],
    ['hamza below after yeh', 'ي\u0655', 'ي'],
    ['hamza above after beh', 'ب\u0654', 'ب'],
    ['hamza above after a letter that follows alef', 'اب\u0654', 'اب'],
    // foldQuranicMarks: a madda on a letter other than alef is a Quranic sign.
    ['madda after waw', 'و\u0653', 'و'],
  ])('drops a %s', (_, input, expected) => {
    expect(fold(input)).toBe(codePoints(expected));
  });

  it.each([
    ['a sukun after alef', 'ا\u0652'],
    ['a subscript alef after alef', 'ا\u0656'],
    ['a hamza above at the start of the text', '\u0654ا'],
    ['a hamza above after a space that follows alef', 'ا \u0654'],
    ['a hamza above on a tatweel (a seat, not a letter)', 'ب\u0640\u0654'],
    ['a hamza above after a Latin letter', 'a\u0654'],
    ['hamzas after a space, with no letter to sit on', ' \u0654\u0654'],
    ['a madda and a hamza after a digit', '5\u0653\u0654'],
    ['a hamza, a Quranic sign and a hamza at the start of the text', '\u0654\u06e1\u0654'],
  ])('keeps %s', (_, input) => {
    expect(fold(input)).toBe(codePoints(input));
  });

  it('keeps the marks that belong to a fold that is turned off', () => {
    expect(fold('ا\u0653', { foldAlef: false })).toBe(codePoints('ا\u0653'));
    expect(fold('ي\u0654 و\u0654', { foldHamza: false })).toBe(codePoints('ي\u0654 و\u0654'));
    expect(fold('و\u0653', { foldQuranicMarks: false })).toBe(codePoints('و\u0653'));
  });
});

describe('foldForSearch options', () => {
  it('with every fold off, returns the text untouched', () => {
    const text = 'إلى مدينة مسؤول ا\u0653';
    expect(
      foldForSearch(text, {
        foldAlef: false,
        foldAlefMaksura: false,
        foldTehMarbuta: false,
        foldHamza: false,
        foldQuranicMarks: false,
      }),
    ).toBe(text);
  });

  // One table is kept per combination of folds: each call must still apply exactly its own folds.
  it.each([
    [{ foldAlefMaksura: false, foldTehMarbuta: false, foldHamza: false }, 'ا ى ة ؤ ئ'],
    [{ foldAlef: false, foldTehMarbuta: false, foldHamza: false }, 'أ ي ة ؤ ئ'],
    [{ foldAlef: false, foldAlefMaksura: false, foldHamza: false }, 'أ ى ه ؤ ئ'],
    [{ foldAlef: false, foldAlefMaksura: false, foldTehMarbuta: false }, 'أ ى ة و ي'],
    [{ foldAlef: false, foldHamza: false }, 'أ ي ه ؤ ئ'],
    [{}, 'ا ي ه و ي'],
    [{ foldAlefMaksura: false, foldTehMarbuta: false, foldHamza: false }, 'ا ى ة ؤ ئ'],
  ])('with %j folds "أ ى ة ؤ ئ" to "%s"', (options, expected) => {
    expect(foldForSearch('أ ى ة ؤ ئ', options)).toBe(expected);
  });

  it('folds every alef variant, alef wasla and the wavy hamza alefs included', () => {
    expect(fold('\u0622\u0623\u0625\u0671\u0672\u0673', { foldAlef: true })).toBe(
      codePoints('\u0627'.repeat(6)),
    );
  });
});
