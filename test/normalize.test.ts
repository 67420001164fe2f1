import { describe, expect, it } from 'vitest';
import { createNormalizer, normalize, presets } from '../src/index.js';
import { document } from './support/fixtures.js';

describe('normalize', () => {
  it('returns the very same string when the text needs no change', () => {
    const clean = 'قالت الوزارة إن 22 عملية نفذت.';
    expect(normalize(clean)).toBe(clean);
  });

  it('runs the stages in order: Farsi letters, digits and whitespace in one call', () => {
    expect(normalize('الفریق\u00A0 في ۲۰۱۸')).toBe('الفريق في 2018');
  });

  it('the search preset folds alef variants, alef maksura, teh marbuta and hamza carriers, and strips diacritics', () => {
    expect(normalize('إلى المُستشفى الأكبر مسؤول', { preset: 'search' })).toBe(
      'الي المستشفي الاكبر مسوول',
    );
    expect(normalize('مدينة', { preset: 'search' })).toBe('مدينه');
  });

  it('the minimal preset keeps digits and spacing but maps Farsi letters', () => {
    expect(normalize('علیھا  ۲۰', { preset: 'minimal' })).toBe('عليها  ۲۰');
  });

  it('createNormalizer gives the same output as normalize with the same options', () => {
    const text = document('001');
    for (const preset of Object.keys(presets) as (keyof typeof presets)[]) {
      expect(createNormalizer({ preset })(text)).toBe(normalize(text, { preset }));
    }
  });
});
