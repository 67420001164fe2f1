import { describe, expect, it } from 'vitest';
import { type SplitOptions, splitSentences } from '../../src/sentences/index.js';

// The class tests that the scan's functions write out instead of calling small helpers (a
// superscript digit or a dash glued to a terminator, the first letter of a dotted token, the first
// visible code unit of a sentence): each member of a set, and a neighbour that is not one.

const texts = (text: string, options?: SplitOptions) =>
  splitSentences(text, options).map((s) => s.text);

describe('marks glued after a terminator', () => {
  const glued = [
    '\u00b9',
    '\u00b2',
    '\u00b3',
    '\u2070',
    '\u2074',
    '\u2079',
    '*',
    '-',
    '\u2013',
    '\u2014',
  ];

  it.each(glued)(
    '%s glued after a full stop or an exclamation mark stays in its sentence',
    (mark) => {
      expect(texts(`انتهى الأمر.${mark} ثم بدأ`)).toEqual([`انتهى الأمر.${mark}`, 'ثم بدأ']);
      expect(texts(`انتهى الأمر.${mark}ثم بدأ`)).toEqual([`انتهى الأمر.${mark}`, 'ثم بدأ']);
      expect(texts(`انتهى الأمر!${mark} ثم`)).toEqual([`انتهى الأمر!${mark}`, 'ثم']);
    },
  );

  // U+2073 is unassigned between ³ and ⁴'s block; ⁺ is a superscript sign; ‒ and ― are no dashes
  // of the list.
  const notGlued = ['\u2073', '\u207a', '\u2012', '\u2015'];

  it.each(notGlued)('%s after a terminator keeps the sentence going', (mark) => {
    expect(texts(`انتهى الأمر.${mark} ثم بدأ`)).toEqual([`انتهى الأمر.${mark} ثم بدأ`]);
    expect(texts(`انتهى الأمر.${mark}ثم بدأ`)).toEqual([`انتهى الأمر.${mark}ثم بدأ`]);
    expect(texts(`انتهى الأمر!${mark} ثم`)).toEqual([`انتهى الأمر!${mark} ثم`]);
  });
});

describe('the first letter of a dotted token', () => {
  it('is looked for past an opening bracket, so that a listed dotted abbreviation is found', () => {
    expect(texts('في (ق.م. الأول')).toEqual(['في (ق.م. الأول']);
  });

  it('makes an unlisted dotted token end the sentence like a word', () => {
    expect(texts('قال Dipl.Ing. أحمد')).toEqual(['قال Dipl.Ing.', 'أحمد']);
    const listed = 'نال درجة (Dipl.Ing. من الجامعة.';
    expect(texts(listed, { abbreviations: ['Dipl.Ing'] })).toEqual([listed]);
  });
});

describe('the first visible code unit of a sentence', () => {
  it('is found past spaces, format controls and marks: a number there numbers an item', () => {
    expect(texts(' \u200f\u064e1. البند')).toEqual(['\u200f\u064e1. البند']);
    expect(texts('\u200f 2. ثم')).toEqual(['\u200f 2. ثم']);
    expect(texts('مقدمة\n\u200f\u064e 3. البند الثالث')).toEqual([
      'مقدمة',
      '\u200f\u064e 3. البند الثالث',
    ]);
  });
});
