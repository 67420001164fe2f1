import { describe, expect, it } from 'vitest';
import type { PunctuationOptions } from '../../src/options/types.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';

const f = (text: string, options?: PunctuationOptions) => normalizePunctuation(text, options);

describe('quotes: ascii (default)', () => {
  it.each([
    ['curly double quotes', 'قال “نعم” ثم', 'قال "نعم" ثم'],
    ['guillemets', 'ضد «داعش» الشهر', 'ضد "داعش" الشهر'],
    ['low-9 and reversed-9 quotes', '„نعم‟', '"نعم"'],
    ['curly single quotes', 'قال ‘نعم’ ثم', "قال 'نعم' ثم"],
    ['a typographic apostrophe', 'O’Brien', "O'Brien"],
    ['single guillemets', '‹نعم›', "'نعم'"],
    [
      'an unbalanced closing quote stays one quote (document 001)',
      'قوتھا”. لقد جدید”.',
      'قوتھا". لقد جدید".',
    ],
  ])('%s', (_name, input, expected) => {
    expect(f(input)).toBe(expected);
  });
});

describe('quotes: guillemets', () => {
  const g = { quotes: 'guillemets' } as const;
  it.each([
    ['ASCII quotes by their position', 'قال "نعم" ثم', 'قال «نعم» ثم'],
    ['curly quotes', 'قال “نعم”.', 'قال «نعم».'],
    [
      'ASCII quotes after a comma and before a full stop',
      'وتابع، "لكن داعش".',
      'وتابع، «لكن داعش».',
    ],
    ['reversed guillemets by their position', 'ضد »داعش« الشهر', 'ضد «داعش» الشهر'],
    ['ASCII quotes with text on both sides alternate', 'a"b"c', 'a«b»c'],
    ['single quotes by their position', "قال 'نعم' ثم", 'قال ‹نعم› ثم'],
    ['an apostrophe between letters stays an apostrophe', 'O’Brien', "O'Brien"],
    ['an unbalanced opening quote stays alone', 'قال “نعم ثم', 'قال «نعم ثم'],
  ])('%s', (_name, input, expected) => {
    expect(f(input, g)).toBe(expected);
  });
});

describe('quotes: keep', () => {
  it('leaves every quote character', () => {
    const input = 'قال “نعم” و«لا» و"ربما" و‘كذا’';
    expect(f(input, { quotes: 'keep' })).toBe(input);
  });
  it('still removes the spaces inside a quotation written with spaces', () => {
    expect(f('« داعش »', { quotes: 'keep' })).toBe('«داعش»');
  });
});

describe('the ASCII double quote and spacing', () => {
  it.each([
    ['opens a quotation when none is open', 'قال " نعم', 'قال "نعم'],
    ['closes the open quotation', 'قال "نعم " ثم', 'قال "نعم" ثم'],
    ['in guillemets style too', 'قال " نعم', 'قال «نعم'],
  ])('an ASCII quote between spaces %s', (name, input, expected) => {
    expect(f(input, name === 'in guillemets style too' ? { quotes: 'guillemets' } : {})).toBe(
      expected,
    );
  });
});
