import { describe, expect, it } from 'vitest';
import type { PunctuationOptions } from '../../src/options/types.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';

const f = (text: string, options?: PunctuationOptions) => normalizePunctuation(text, options);

describe('digits', () => {
  it.each([
    ['Arabic-Indic digits become ASCII', 'في ٢٠١٨', {}, 'في 2018'],
    ['Persian digits become ASCII', 'في ۲۰۱۸', {}, 'في 2018'],
    ['ASCII digits become Arabic-Indic', 'في 2018', { digits: 'arabic-indic' }, 'في ٢٠١٨'],
    ['ASCII digits become Persian', 'في 2018', { digits: 'persian' }, 'في ۲۰۱۸'],
    ['Persian digits become Arabic-Indic', '۱۲۳', { digits: 'arabic-indic' }, '١٢٣'],
    ['a number mixing systems becomes one system', '٢٠1٨ و۲019', {}, '2018 و2019'],
    ['keep leaves a number written in one system', '٢٠١٨ و2019', { digits: 'keep' }, '٢٠١٨ و2019'],
    [
      'keep gives a number mixing systems the system of its first digit',
      '٢٠1٨ و2٠19',
      { digits: 'keep' },
      '٢٠١٨ و2019',
    ],
    ['digits glued to Arabic letters are converted too', 'و٢٠١٩', {}, 'و2019'],
  ] as const)('%s', (_name, input, options, expected) => {
    expect(f(input, options)).toBe(expected);
  });
});

describe('numbers of every length are rewritten unit for unit', () => {
  const arabicIndic = (ascii: string) =>
    ascii.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  // Lengths 1 to 8 are made in one call with one argument per unit, longer ones from a view.
  const lengths = Array.from({ length: 20 }, (_, k) => k + 1);
  it.each(lengths)('%i digits alone', (length) => {
    const ascii = '9876543210'.repeat(2).slice(0, length);
    expect(f(`في ${arabicIndic(ascii)} هنا`)).toBe(`في ${ascii} هنا`);
  });
  it.each(lengths.filter((length) => length >= 3))(
    '%i units with an ARABIC DECIMAL SEPARATOR inside',
    (length) => {
      const ascii = '1234567890'.repeat(2).slice(0, length - 1);
      const input = `${arabicIndic(ascii.slice(0, 1))}٫${arabicIndic(ascii.slice(1))}`;
      expect(f(`في ${input} هنا`)).toBe(`في ${ascii.slice(0, 1)}.${ascii.slice(1)} هنا`);
    },
  );
});

describe('decimal and thousands separators', () => {
  it.each([
    ['ARABIC DECIMAL SEPARATOR between digits becomes a full stop', '١٠٫٥', {}, '10.5'],
    ['ARABIC THOUSANDS SEPARATOR between digits becomes a comma', '١١٠٬٠٠٠', {}, '110,000'],
    ['both in one number', '١٬٢٣٤٫٥', {}, '1,234.5'],
    [
      'a full stop in a decimal becomes U+066B for arabic-indic',
      '7.3',
      { digits: 'arabic-indic' },
      '٧٫٣',
    ],
    [
      'a thousands comma becomes U+066C for arabic-indic',
      '110,000',
      { digits: 'arabic-indic' },
      '١١٠٬٠٠٠',
    ],
    ['persian uses the same separators', '42,471.5', { digits: 'persian' }, '۴۲٬۴۷۱٫۵'],
    ['U+066B not between digits is left', 'كلمة ٫ كلمة', {}, 'كلمة ٫ كلمة'],
    ['U+066C after the last digit is left', '١٠٬ كلمة', {}, '10٬ كلمة'],
    [
      'several full stops (a version or dotted date) keep their dots',
      '1.2.3',
      { digits: 'arabic-indic' },
      '١.٢.٣',
    ],
    [
      'a comma not followed by three digits is not a thousands separator',
      '1,5',
      { digits: 'arabic-indic' },
      '١,٥',
    ],
    ['keep leaves separators alone', '١٠.٥', { digits: 'keep' }, '١٠.٥'],
    [
      'with ASCII digits, Arabic decimal separators follow the digits in any number (a version)',
      'الإصدار ٢٫٠٫١',
      {},
      'الإصدار 2.0.1',
    ],
    [
      'with ASCII digits, an Arabic thousands separator follows them in a number that is not plain',
      '١٢٬٣٤٥-٦',
      {},
      '12,345-6',
    ],
    [
      'an Arabic comma between digit groups of thousands is a thousands separator',
      'بلغ ٢٠،٠٠٠ دولار',
      {},
      'بلغ 20,000 دولار',
    ],
    ['several of them', '١،٢٣٤،٥٦٧', {}, '1,234,567'],
    ['it becomes U+066C for arabic-indic', '20،000', { digits: 'arabic-indic' }, '٢٠٬٠٠٠'],
    [
      'keep changes nothing inside the number',
      'بلغ ٢٠،٠٠٠ دولار',
      { digits: 'keep' },
      'بلغ ٢٠،٠٠٠ دولار',
    ],
    [
      'keep with Latin punctuation leaves the Arabic comma of the number too',
      'بلغ ٢٠،٠٠٠ دولار',
      { digits: 'keep', punctuation: 'latin' },
      'بلغ ٢٠،٠٠٠ دولار',
    ],
    [
      'an Arabic comma before fewer than three digits separates numbers',
      'البنود ١،٢،٣',
      {},
      'البنود 1،2،3',
    ],
    ['an Arabic comma after four digits separates numbers', '١٢٣٤،٥٦٧', {}, '1234،567'],
    ['an Arabic comma before four digits separates numbers', '١٢،٣٤٥٦', {}, '12،3456'],
  ] as const)('%s', (_name, input, options, expected) => {
    expect(f(input, options)).toBe(expected);
  });
});

describe('percent and per mille signs follow the digit target', () => {
  it.each([
    ['ARABIC PERCENT SIGN after ASCII digits becomes %', 'أكثر من 90٪ من', {}, 'أكثر من 90% من'],
    ['ARABIC PERCENT SIGN after Arabic-Indic digits becomes % with them', '٩٠٪', {}, '90%'],
    ['% becomes ARABIC PERCENT SIGN for arabic-indic', '90%', { digits: 'arabic-indic' }, '٩٠٪'],
    ['% becomes ARABIC PERCENT SIGN for persian', '90%', { digits: 'persian' }, '۹۰٪'],
    ['a percent sign after one space is converted, the space kept', '90 ٪', {}, '90 %'],
    ['per mille', '5؉', {}, '5‰'],
    ['per mille to Arabic', '5‰', { digits: 'arabic-indic' }, '٥؉'],
    ['per ten thousand', '5؊', {}, '5‱'],
    ['a percent sign not after a number is left', 'نسبة ٪ كبيرة', {}, 'نسبة ٪ كبيرة'],
    ['keep leaves the sign', '90٪', { digits: 'keep' }, '90٪'],
  ] as const)('%s', (_name, input, options, expected) => {
    expect(f(input, options)).toBe(expected);
  });
});

describe('hyphen look-alikes inside numbers', () => {
  it.each([
    ['MINUS SIGN between digits', '5\u22123', '5-3'],
    ['FIGURE DASH between digits', '2024\u201205\u201203', '2024-05-03'],
    ['NON-BREAKING HYPHEN between digits', '1\u20112', '1-2'],
    ['FULLWIDTH HYPHEN-MINUS between digits', '1\uff0d2', '1-2'],
    ['MINUS SIGN not between digits is left', 'x \u22125', 'x \u22125'],
    ['EN DASH between digits is a dash, kept by default', '2010\u20132014', '2010\u20132014'],
  ])('%s', (_name, input, expected) => {
    expect(f(input)).toBe(expected);
  });
});

describe('numbers stored in visual order (visualOrderNumbers)', () => {
  const on = { visualOrderNumbers: true } as const;
  it.each([
    ['the phone number of document 003', 'به 1037-294-202-1+، أو', 'به +1-202-294-1037، أو'],
    ['at the end of the text', '1037-294-202-1+', '+1-202-294-1037'],
    ['with a three-digit country code', '567-234-971+', '+971-234-567'],
    ['digits are converted to the target as well', '١٠٣٧-٢٩٤-٢٠٢-١+', '+1-202-294-1037'],
  ])('repairs %s', (_name, input, expected) => {
    expect(f(input, on)).toBe(expected);
  });

  it.each([
    ['only two groups', '294-1+'],
    ['a country code longer than three digits', '294-202-1037+'],
    ['no trailing plus', '1037-294-202-1'],
    ['a plus already in front', '+1-202-294-1037'],
    ['the plus glued to a word', '1037-294-202-1+أ'],
    ['separators other than hyphens', '1037/294/202/1+'],
    ['a sum', '1+2'],
    ['a separator and a digit after the plus', '0-0-0+\u22120'],
  ])('leaves %s', (_name, input) => {
    expect(f(input, on)).toBe(input);
  });

  it('rewrites a sign after the repaired number as it would after any number', () => {
    expect(f('1037-294-202-1+\u2031', { ...on, digits: 'arabic-indic' })).toBe(
      '+\u0661-\u0662\u0660\u0662-\u0662\u0669\u0664-\u0661\u0660\u0663\u0667\u060a',
    );
  });

  it('is off by default', () => {
    expect(f('1037-294-202-1+')).toBe('1037-294-202-1+');
  });
});
