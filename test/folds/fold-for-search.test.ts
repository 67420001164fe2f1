import { describe, expect, it } from 'vitest';
import { foldKey, foldsAnything } from '../../src/folds/fold-for-search.js';
import { SEARCH_FOLDS } from '../../src/folds/search-fold-table.js';
import { foldForSearch, normalize } from '../../src/index.js';
import { resolveOptions } from '../../src/options/resolve.js';
import { codePoints } from '../support/code-points.js';

describe('foldForSearch', () => {
  it.each([
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إلى', 'الي'],
    ['alef with madda', 'آمنة', 'امنه'],
    ['alef wasla', '\u0671لله', 'الله'],
    ['alef maksura', 'مستوى', 'مستوي'],
    ['teh marbuta', 'العملية', 'العمليه'],
    ['waw with hamza', 'مسؤول', 'مسوول'],
    ['yeh with hamza', 'رئيس', 'رييس'],
  ])('folds %s', (_, input, expected) => {
    expect(codePoints(foldForSearch(input))).toBe(codePoints(expected));
  });

  it.each([
    ['a combining madda after alef', 'ا\u0653', 'ا'],
    ['a combining hamza below then madda after a folded alef', 'إ\u0653', 'ا'],
    ['a hamza above after waw, past a fatha', 'و\u064e\u0654', 'و\u064e'],
  ])(
    'drops %s, which NFC would otherwise compose back into the folded letter',
    (_, input, expected) => {
      expect(codePoints(foldForSearch(input))).toBe(codePoints(expected));
    },
  );

  it.each([
    ['HEH WITH YEH ABOVE (ۀ), mapped to HEH with HAMZA ABOVE by stage 2', 'كتاب\u06c0'],
    ['HEH with HAMZA ABOVE', 'كتابه\u0654'],
    ['HEH', 'كتابه'],
  ])('makes the three spellings of كتابه match: %s', (_, input) => {
    expect(normalize(input, { preset: 'search' })).toBe('كتابه');
  });

  it('each fold can be turned off alone', () => {
    expect(foldForSearch('إلى المدينة', { foldTehMarbuta: false })).toBe('الي المدينة');
    expect(foldForSearch('إلى', { foldAlef: false, foldAlefMaksura: false })).toBe('إلى');
  });

  it('the search preset is idempotent on alef with hamza below and a combining madda', () => {
    const once = normalize('إ\u0653', { preset: 'search' });
    expect(normalize(once, { preset: 'search' })).toBe(once);
  });

  it('returns the input itself when no fold applies', () => {
    const text = 'داعش في سوريا';
    expect(foldForSearch(text)).toBe(text);
  });
});

describe('foldsAnything (whether the folds step has work)', () => {
  const allOff = {
    foldAlef: false,
    foldAlefMaksura: false,
    foldTehMarbuta: false,
    foldHamza: false,
    foldQuranicMarks: false,
  };

  it('is false with every fold off, and true with any one fold of the table on, or the Quranic marks fold', () => {
    expect(foldsAnything(resolveOptions({ preset: 'search', ...allOff }, 'test'))).toBe(false);
    for (const name of [...Object.keys(SEARCH_FOLDS), 'foldQuranicMarks']) {
      const options = resolveOptions({ preset: 'standard', ...allOff, [name]: true }, 'test');
      expect(foldsAnything(options), name).toBe(true);
    }
  });

  it('names every fold option there is', () => {
    expect(Object.keys(allOff).sort()).toEqual(
      [...Object.keys(SEARCH_FOLDS), 'foldQuranicMarks'].sort(),
    );
  });

  it('keys each combination of the letter folds of the table differently (foldKey)', () => {
    const names = Object.keys(SEARCH_FOLDS);
    const keys = new Set<number>();
    for (let subset = 0; subset < 1 << names.length; subset++) {
      const on = Object.fromEntries(names.map((name, bit) => [name, (subset >> bit) % 2 === 1]));
      keys.add(foldKey(resolveOptions({ preset: 'standard', ...allOff, ...on }, 'test')));
    }
    expect(keys.size).toBe(1 << names.length);
  });
});
