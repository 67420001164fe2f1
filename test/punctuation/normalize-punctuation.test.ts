import { describe, expect, it } from 'vitest';
import { Rule } from '../../src/core/rules.js';
import { type EditRecorder, TextEditor } from '../../src/core/text-editor.js';
import { presets } from '../../src/options/presets.js';
import type { PunctuationOptions } from '../../src/options/types.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';
import { normalizePunctuationResolved } from '../../src/punctuation/normalize-punctuation.js';
import { document } from '../support/fixtures.js';

const f = (text: string, options?: PunctuationOptions) => normalizePunctuation(text, options);

describe('Latin , ; ? beside Arabic words become ، ؛ ؟', () => {
  it.each([
    ['a comma after an Arabic word', 'قال, ثم', 'قال، ثم'],
    ['a semicolon after an Arabic word', 'أولا; ثانيا', 'أولا؛ ثانيا'],
    ['a question mark at the end of an Arabic sentence', 'هل هذا صحيح?', 'هل هذا صحيح؟'],
    ['a comma after a number before an Arabic word', 'في 2014, أطلقت', 'في 2014، أطلقت'],
    ['a comma after a closing bracket that follows an Arabic word', '(داعش), ثم', '(داعش)، ثم'],
    ['a comma at a line start before an Arabic word', ', من', '، من'],
    ['a comma after an Arabic word with a diacritic', 'جدًّا, ثم', 'جدًّا، ثم'],
  ])('%s', (_name, input, expected) => {
    expect(f(input)).toBe(expected);
  });

  it.each([
    ['Latin text', 'Hello, world; ok?'],
    ['a Latin word between Arabic ones', 'شركة Apple, Inc ثم'],
    ['a thousands separator', 'حوالي 110,000 كم'],
    ['a comma between numbers in Latin context', 'items 1, 2'],
    ['Arabic marks already', 'نعم، لا؛ لماذا؟'],
  ])('leaves %s', (_name, input) => {
    expect(f(input)).toBe(input);
  });

  it('punctuation: latin turns Arabic marks into Latin ones', () => {
    expect(f('نعم، لا؛ لماذا؟', { punctuation: 'latin' })).toBe('نعم, لا; لماذا?');
  });

  it('punctuation: latin keeps an Arabic comma between two digits, which would join two numbers', () => {
    expect(f('0،5', { punctuation: 'latin' })).toBe('0،5');
  });

  it('punctuation: keep leaves both', () => {
    expect(f('قال, ثم؟', { punctuation: 'keep' })).toBe('قال, ثم؟');
  });
});

describe('spacing around punctuation', () => {
  it.each([
    [
      'a full stop on the wrong side of a space (document 001)',
      'أیلول 2018 .دعمت',
      'أیلول 2018. دعمت',
    ],
    ['a comma with no space after it', 'نعم،لا', 'نعم، لا'],
    ['a space before an Arabic comma', 'نعم ، لا', 'نعم، لا'],
    ['a space before a colon', 'قال : نعم', 'قال: نعم'],
    ['spaces before a question mark', 'لماذا  ؟', 'لماذا؟'],
    ['a space before an exclamation mark', 'رائع !', 'رائع!'],
    ['a space before a semicolon', 'أولا ؛ ثانيا', 'أولا؛ ثانيا'],
    ['a space before an ellipsis', 'ثم \u2026', 'ثم\u2026'],
    ['spaces inside brackets', '( كلمة )', '(كلمة)'],
    ['spaces inside square and curly brackets', '[ كلمة ] { كلمة }', '[كلمة] {كلمة}'],
    ['spaces inside guillemets', '« داعش »', '"داعش"'],
    ['spaces inside curly quotes', 'قال “ نعم ” ثم', 'قال "نعم" ثم'],
    ['a full stop glued to the next sentence', 'الاجتماع.وبدأ', 'الاجتماع. وبدأ'],
    ['a comma glued to a Latin word after Arabic', 'كلمة،Apple', 'كلمة، Apple'],
    ['a comma glued to a number after Arabic', 'نعم،2018', 'نعم، 2018'],
    ['a mark run followed by a word', 'حقا؟!ثم', 'حقا؟! ثم'],
    ['a mark and a closing quote followed by a word', 'قال "نعم".ثم', 'قال "نعم". ثم'],
    ['a full stop before a closing bracket', '(نعم .)', '(نعم.)'],
  ])('repairs %s', (_name, input, expected) => {
    expect(f(input)).toBe(expected);
  });

  it.each([
    ['one space after a mark', 'نعم، لا'],
    ['a decimal without a leading zero', 'القيمة .5'],
    ['a full stop followed by a digit', 'عام.2018'],
    ['Latin text without spaces after commas', 'a,b;c'],
    ['indentation before a mark at a line start', '  . بداية'],
    ['a mark at the very start', '.كلمة'],
    ['a line break before a mark', 'كلمة\n، كلمة'],
    ['two spaces after a mark (collapsing is stage 1)', 'نعم،  لا'],
    ['a NO-BREAK SPACE before a mark (only U+0020 is removed)', 'كلمة\u00a0، كلمة'],
    ['a NO-BREAK SPACE beside a space (document 000)', 'ذلك\u00a0 في'],
    ['a hyphen-minus used as a dash (document 004)', 'المشتركة - عملية'],
    ['a byline ending in a bar (document 004)', 'فريق عمل الفاصل |'],
  ])('leaves %s', (_name, input) => {
    expect(f(input)).toBe(input);
  });

  it.each([
    ['after a full stop', 'الإرهاب. , من خلال', 'الإرهاب. من خلال'],
    ['glued to the full stop', 'الإرهاب., من', 'الإرهاب. من'],
    ['an Arabic comma after a question mark', 'لماذا؟ ، لأن', 'لماذا؟ لأن'],
    ['glued to the next word', 'الإرهاب. ,من', 'الإرهاب. من'],
  ])('drops a stray comma %s', (_name, input, expected) => {
    expect(f(input)).toBe(expected);
  });

  it('keeps a comma after a Latin abbreviation', () => {
    expect(f('Apple Inc., Ltd')).toBe('Apple Inc., Ltd');
  });

  it('punctuationSpacing: false changes no spacing and keeps the stray comma', () => {
    const input = 'أیلول 2018 .دعمت نعم،لا الإرهاب. , من ( كلمة )';
    expect(f(input, { punctuationSpacing: false, punctuation: 'keep' })).toBe(input);
  });
});

describe('dashes', () => {
  it.each([
    ['HYPHEN becomes HYPHEN-MINUS', 'شمال\u2010شرق', {}, 'شمال-شرق'],
    ['NON-BREAKING HYPHEN becomes HYPHEN-MINUS', 'a\u2011b', {}, 'a-b'],
    ['EN DASH is kept by default (document 000)', 'العراق – بدعوة', {}, 'العراق – بدعوة'],
    ['EM DASH is kept by default', 'العراق — بدعوة', {}, 'العراق — بدعوة'],
    [
      'EN DASH becomes a hyphen with dashes: hyphen',
      'العراق – بدعوة',
      { dashes: 'hyphen' },
      'العراق - بدعوة',
    ],
    [
      'EM DASH becomes a hyphen with dashes: hyphen',
      'العراق — بدعوة',
      { dashes: 'hyphen' },
      'العراق - بدعوة',
    ],
    [
      'HORIZONTAL BAR becomes a hyphen with dashes: hyphen',
      'أ \u2015 ب',
      { dashes: 'hyphen' },
      'أ - ب',
    ],
  ] as const)('%s', (_name, input, options, expected) => {
    expect(f(input, options)).toBe(expected);
  });
});

describe('the five documents', () => {
  it('000: the ARABIC PERCENT SIGN becomes % beside ASCII digits', () => {
    expect(f(document('000'))).toContain('أكثر من 90% من الأراضي');
  });
  it('000: the stray comma after a full stop is dropped', () => {
    const out = f(document('000'));
    expect(out).toContain('ودعم مكافحة الإرهاب. من خلال دعم');
    expect(out).not.toContain('. ,');
  });
  it('000: the NO-BREAK SPACE is left to stage 1, the decimal and en dashes kept', () => {
    const out = f(document('000'));
    expect(out).toContain('ذلك\u00a0 في');
    expect(out).toContain('7.3 مليون');
    expect(out).toContain('العراق – بدعوة من العراق – لتقديم');
  });
  it('001: the full stop before دعمت moves to the number and a space follows it', () => {
    expect(f(document('001'))).toContain('في أیلول 2018. دعمت قوات');
  });
  it('001: numbers with thousands separators and the decimal are untouched', () => {
    const out = f(document('001'));
    for (const n of ['110,000 كیلومتر', '(42,471 میل مربع)', '7.7 ملیون', '60,000 إرھابي']) {
      expect(out).toContain(n);
    }
  });
  it('001: curly quotes become ASCII and the unbalanced one stays alone', () => {
    const input = document('001');
    const out = f(input);
    expect(out).not.toMatch(/[“”]/);
    const quotes = (s: string) => s.match(/["“”]/g)?.length ?? 0;
    expect(quotes(out)).toBe(quotes(input));
    expect(out).toContain('من جدید".');
  });
  it('002: guillemets become ASCII quotes by default and stay with guillemets', () => {
    expect(f(document('002'))).toContain('ضد "داعش" الشهر');
    expect(f(document('002'), { quotes: 'guillemets' })).toBe(document('002'));
  });
  it('003: the URL-like date, month pairs and initial are unchanged', () => {
    expect(f(document('003'))).toBe(document('003'));
  });
  it('003: the phone number in visual order is repaired only when asked', () => {
    expect(f(document('003'))).toContain('1037-294-202-1+،');
    expect(f(document('003'), { visualOrderNumbers: true })).toContain(
      'رقم واتساب الخاص به +1-202-294-1037، أو عبر',
    );
  });
  it('003: ASCII quotes become guillemets by their position', () => {
    expect(f(document('003'), { quotes: 'guillemets' })).toContain('خمسة «خلفاء»، قُتل');
  });
  it('004: the Markdown image and its relative URL are unchanged', () => {
    const out = f(document('004'), { digits: 'arabic-indic', quotes: 'guillemets' });
    expect(out).toContain('](/gc1/images/2026/01/24/53570-1-600_384.webp)');
    expect(out).toContain('![عنصر من قوات');
  });
});

describe('the pass', () => {
  it('returns its input itself when nothing changes', () => {
    const input = document('004');
    expect(f(input)).toBe(input);
  });

  it('reports its edits in source order to an EditRecorder, enough to rebuild the output', () => {
    const input = document('001');
    const edits: [number, number, number][] = [];
    const recorder: EditRecorder = { record: (s, e, l) => edits.push([s, e, l]) };
    const out = normalizePunctuationResolved(input, presets.standard, recorder);
    expect(out).toBe(f(input));
    expect(edits.length).toBeGreaterThan(0);
    // Replaying the edits with the output's own replacement text gives the output back.
    const editor = new TextEditor(input);
    let o = 0;
    let last = 0;
    for (const [s, e, l] of edits) {
      expect(s).toBeGreaterThanOrEqual(last);
      o += s - last;
      editor.replace(s, e, out.slice(o, o + l), Rule.Punctuation);
      o += l;
      last = e;
    }
    expect(editor.finish()).toBe(out);
  });

  it('rejects options of other stages', () => {
    expect(() => normalizePunctuation('x', { zwnj: 'keep' } as never)).toThrow(TypeError);
  });
});

describe('spacing outside brackets and quotes in Arabic prose', () => {
  it.each([
    [
      'a bracket glued on both sides, spaces inside',
      'كذلك نصوص( بين أقواس )أو حتى',
      'كذلك نصوص (بين أقواس) أو حتى',
    ],
    ['a bracket whose inside spans two lines', 'نصوص( بين\nأقواس )أو', 'نصوص (بين\nأقواس) أو'],
    ['square brackets', 'كلمة[ تعليق ]كلمة', 'كلمة [تعليق] كلمة'],
    ['only the opening bracket on the wrong side', 'نصوص( بين أقواس) أو', 'نصوص (بين أقواس) أو'],
    ['guillemets glued on both sides', 'قال«داعش»أو', 'قال "داعش" أو'],
    ['ASCII quotes glued on both sides', 'مؤطرة"بإشارات"أو', 'مؤطرة "بإشارات" أو'],
    ['vowelled words outside', 'قَالَ«نَعَم»ثُمَّ', 'قَالَ "نَعَم" ثُمَّ'],
  ])('gives back the space outside: %s', (_name, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });

  it.each([
    ['a function call', 'الدالة f(x) هنا'],
    ['a plural mark', 'الملف(ات) و file(s)'],
    ['a Markdown link', '[نص](رابط)أو'],
    ['a URL with brackets', 'https://ar.wikipedia.org/wiki/أ_(ب)ثم'],
    ['a number in brackets', 'البند(1)ثم'],
    ['a Latin word in brackets', 'الدولار(USD) هنا'],
    ['a one-letter proclitic before a quote', 'و«الأهرام» ثم'],
    ['a one-letter proclitic before a bracket', 'ب(الأحرى) ثم'],
    ['a tatweel after a proclitic before a quote', 'لـ«الأهرام» ثم'],
    ['a bracket glued on both sides with no space inside', 'كلمة(كلمة)كلمة'],
  ])('leaves %s', (_name, input) => {
    expect(normalizePunctuation(input, { quotes: 'keep' })).toBe(input);
  });

  it('leaves the outside alone without punctuationSpacing', () => {
    expect(normalizePunctuation('نصوص(بين)أو', { punctuationSpacing: false })).toBe('نصوص(بين)أو');
  });

  it.each(['نصوص( بين أقواس )أو', 'قال«داعش»أو', 'أ«ب»ج«د»هـ', 'كلمة(كلمة)كلمة(كلمة'])(
    'is idempotent on %s',
    (input) => {
      for (const quotes of ['ascii', 'guillemets', 'keep'] as const) {
        const once = normalizePunctuation(input, { quotes });
        expect(normalizePunctuation(once, { quotes })).toBe(once);
      }
    },
  );
});
