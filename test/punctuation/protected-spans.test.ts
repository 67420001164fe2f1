import { describe, expect, it } from 'vitest';
import type { PunctuationOptions } from '../../src/options/types.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';

/** Option sets that leave digits in their system, so a numeric span can be found verbatim. */
const every: PunctuationOptions[] = [
  { digits: 'keep' },
  { digits: 'keep', quotes: 'guillemets', punctuation: 'latin', dashes: 'hyphen' },
  { digits: 'keep', visualOrderNumbers: true },
  { digits: 'keep', punctuationSpacing: false, quotes: 'keep' },
];

describe('protected shapes are never changed inside', () => {
  it.each([
    ['an ASCII decimal', 'بلغ 7.3 مليون', '7.3'],
    ['an Arabic-Indic decimal', 'بلغ ١٠٫٥ مليون', '١٠٫٥'],
    ['a thousands comma', 'حوالي 110,000 كيلومتر', '110,000'],
    ['a time', 'الساعة 10:30 صباحا', '10:30'],
    ['an ISO date', 'بتاريخ 2024-05-03، قال', '2024-05-03'],
    ['a day/month/year date', 'في 15/04/2024 قال', '15/04/2024'],
    ['a month pair', 'في نيسان/أبريل. ثم', 'نيسان/أبريل'],
    [
      'a URL with a query and commas',
      'راجع https://example.com/a?b=1,2;c=3 ثم',
      'https://example.com/a?b=1,2;c=3',
    ],
    [
      'a URL right after an Arabic colon',
      'الموقع: http://x.org/٢٠٢٤/news.html، ثم',
      'http://x.org/٢٠٢٤/news.html',
    ],
    ['a www address', 'زوروا www.example.com/path?x=1 الآن', 'www.example.com/path?x=1'],
    ['a bare domain', 'موقع example.com الرسمي', 'example.com'],
    ['an e-mail address', 'راسلنا على info.news@example.co.uk، شكرا', 'info.news@example.co.uk'],
    [
      'a path',
      'الصورة /gc1/images/2026/01/24/53570-1-600_384.webp هنا',
      '/gc1/images/2026/01/24/53570-1-600_384.webp',
    ],
    ['a relative path', 'الملف ./docs/a,b.txt هنا', './docs/a,b.txt'],
    ['a file name with an Arabic name', 'أرسل التقرير.docx غدا', 'التقرير.docx'],
    ['a file name with an upper-case extension', 'الملف ملف.PDF هنا', 'ملف.PDF'],
    ['a file name with two extensions', 'حمّل الأرشيف.tar.gz الآن', 'الأرشيف.tar.gz'],
    ['a file name with a digit in its extension', 'الأغنية.mp3، ثم', 'الأغنية.mp3'],
    ['a dotfile in prose', 'أضف .gitignore إلى المستودع', ' .gitignore '],
    ['an extension mentioned in prose', 'ملفات بامتداد .csv فقط', ' .csv '],
    ['a dotfile in brackets', 'الملف (.env) سري', '(.env)'],
    ['a dotted abbreviation (professor doctor)', 'قال أ.د.محمد', 'أ.د.'],
    ['a dotted abbreviation (post office box)', 'ص.ب.1234 دبي', 'ص.ب.'],
    ['a three-letter dotted abbreviation', 'شركة ش.م.ع.', 'ش.م.ع.'],
    ['a Latin dotted abbreviation', 'الولايات U.S.A ثم', 'U.S.A'],
    [
      'a Markdown image',
      '![عنصر من القوات. [الجيش الأميركي]](/gc1/images/2026/01/24/53570-1-600_384.webp)',
      '](/gc1/images/2026/01/24/53570-1-600_384.webp)',
    ],
    [
      'a Markdown link target',
      'انظر [التقرير](https://example.com/r?a=1,2) هنا',
      '](https://example.com/r?a=1,2)',
    ],
  ])('%s', (_name, input, span) => {
    expect(input).toContain(span);
    for (const options of every) {
      const output = normalizePunctuation(input, options);
      expect(output, JSON.stringify(options)).toContain(span);
    }
  });

  it.each([
    ['a decimal keeps its full stop and gets no space', 'بلغ 7.3', 'بلغ 7.3'],
    ['a thousands comma is not made Arabic', 'حوالي 110,000 كم', 'حوالي 110,000 كم'],
    ['a comma inside a number in brackets', '(42,471 میل مربع)', '(42,471 میل مربع)'],
    ['the colon of a time gets no space', 'الساعة 10:30', 'الساعة 10:30'],
    ['the full stop of an abbreviation gets no space', 'أ.د.محمد', 'أ.د.محمد'],
    [
      'the exclamation mark of a Markdown image keeps its place',
      'صورة ![بديل](a.png)',
      'صورة ![بديل](a.png)',
    ],
    ['an initial inside a name is left', 'لويد ج. أوستن', 'لويد ج. أوستن'],
    [
      'a question mark after a URL beside Arabic is made Arabic',
      'هل زرت https://example.com ?',
      'هل زرت https://example.com؟',
    ],
    [
      'a comma after an e-mail address before Arabic is made Arabic',
      'a@b.com, شكرا',
      'a@b.com، شكرا',
    ],
    [
      'a full stop after a URL is not part of it',
      'راجع https://example.com. ثم',
      'راجع https://example.com. ثم',
    ],
    [
      'a closing bracket around a URL is not part of it',
      '(https://example.com/a)',
      '(https://example.com/a)',
    ],
    [
      'balanced brackets inside a URL are part of it',
      'https://en.wikipedia.org/wiki/A_(b) ثم',
      'https://en.wikipedia.org/wiki/A_(b) ثم',
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });

  it('converts digits in a date or time to the target but keeps its separators', () => {
    expect(normalizePunctuation('2024-05-03 10:30 15/04/2024', { digits: 'arabic-indic' })).toBe(
      '٢٠٢٤-٠٥-٠٣ ١٠:٣٠ ١٥/٠٤/٢٠٢٤',
    );
  });

  it('leaves digits inside URLs, paths and e-mail addresses in ASCII for every target', () => {
    const input = 'https://x.org/2024 /a/2026/1.webp u2024@x.org';
    for (const digits of ['arabic-indic', 'persian'] as const) {
      expect(normalizePunctuation(input, { digits })).toBe(input);
    }
  });
});

describe('a full stop glued to a word is a file extension only in the shape of one', () => {
  it.each([
    [
      'an Arabic word after it is a sentence end to repair',
      'انتهى الاجتماع.وبدأ العمل',
      'انتهى الاجتماع. وبدأ العمل',
    ],
    [
      'a capitalised Latin word after it is a sentence end',
      'انتهى الاجتماع.The end',
      'انتهى الاجتماع. The end',
    ],
    ['an extension longer than five letters is not one', 'الملف.abcdefg هنا', 'الملف. abcdefg هنا'],
    ['a full stop before a bare digit is not one', 'العدد.5 هنا', 'العدد.5 هنا'],
  ])('%s', (_name, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });
});

describe('decisions are taken on the text as this stage leaves it, so a second pass changes nothing', () => {
  it.each([
    // The space before the comma is kept (it would join two numbers); adding one after it would
    // let the next pass remove the first.
    ['a token ending in a digit, then space, comma, digit', 'قال v2.5 ,4'],
    ['a mark between digits after a token', 'رقم V1.9\u2013\u0667\u060c\u06f8\u06f1 هنا'],
    // The Arabic decimal separator becomes a full stop, a token character: the token is the same
    // before and after.
    ['an Arabic decimal glued to a Latin letter', 'قال \u0662\u066b\u0665a, ثم'],
    ['a dotfile after a space that a full stop would glue to the word before', 'x .PDF23\u0663,0'],
    ['a dotfile after a single quote that becomes a guillemet', "قال '.bt61b ثم"],
  ])('%s', (_name, input) => {
    for (const options of [
      {},
      { quotes: 'guillemets', digits: 'arabic-indic' },
      { punctuation: 'latin' },
    ] as const) {
      const once = normalizePunctuation(input, options);
      expect(normalizePunctuation(once, options), JSON.stringify(options)).toBe(once);
    }
  });
});

describe('markup and code inside prose', () => {
  it.each([
    [
      'a decimal character reference keeps its semicolon and gets no space',
      'الحرف &#1575;كلمة',
      'الحرف &#1575;كلمة',
    ],
    ['a hexadecimal character reference', 'الحرف &#x627; هنا', 'الحرف &#x627; هنا'],
    ['a named reference glued to Arabic words', 'كلمة&nbsp;كلمة', 'كلمة&nbsp;كلمة'],
    ['a named reference inside a Latin name', 'شركة AT&amp;T هنا', 'شركة AT&amp;T هنا'],
    ['a reference ending a path keeps its semicolon', 'الملف ./a/b&lt; هنا', 'الملف ./a/b&lt; هنا'],
    ['a wildcard list', 'استخدم النمط *,? في البحث', 'استخدم النمط *,? في البحث'],
    ['a named group of a regular expression', 'التعبير (?<name> يلتقط', 'التعبير (?<name> يلتقط'],
    ['a format string', 'الصيغة %-10s هنا', 'الصيغة %-10s هنا'],
    ['a conditional expression keeps its spaces', 'إذا كان x ? y : z فإن', 'إذا كان x ? y : z فإن'],
  ])('%s', (_name, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });

  it('leaves the digits of a character reference as they are for every target', () => {
    for (const digits of ['arabic-indic', 'persian', 'ascii'] as const) {
      expect(normalizePunctuation('الحرف &#1575; و&#\u0661\u0665;', { digits })).toBe(
        'الحرف &#1575; و&#\u0661\u0665;',
      );
    }
  });

  it.each([
    ['after an Arabic word', 'ماذا?', 'ماذا\u061f'],
    ['after an Arabic word and another mark', 'ماذا!? ثم', 'ماذا!\u061f ثم'],
    ['after a number in Arabic prose', 'في عام 2018, قال', 'في عام 2018\u060c قال'],
    ['after a percent sign in Arabic prose', 'ارتفع 50%, ثم', 'ارتفع 50%\u060c ثم'],
  ])('a Latin mark acting as prose punctuation is made Arabic: %s', (_name, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });
});
