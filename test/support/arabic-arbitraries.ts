import fc from 'fast-check';

/** Strings made of the characters real scraped Arabic text is made of; fast-check's own string
 * arbitraries produce almost no Arabic, so properties must not rely on them alone. */

const char = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));
const oneOfChars = (chars: string) => fc.constantFrom(...Array.from(chars));

/** Arabic base letters U+0621–U+063A and U+0641–U+064A. */
export const arabicLetter = fc.oneof(char(0x0621, 0x063a), char(0x0641, 0x064a));
/** Harakat, tanween, shadda, sukun, superscript alef, hamza above/below, madda. */
export const arabicMark = fc.oneof(char(0x064b, 0x0655), fc.constant('\u0670'));
/** A digit in ASCII, Arabic-Indic or Persian. */
export const anyDigit = fc.oneof(char(0x30, 0x39), char(0x0660, 0x0669), char(0x06f0, 0x06f9));
export const invisibleControl = oneOfChars(
  '\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u2060\ufeff\u00ad\u0000\u0007\u001b\u0085',
);
export const unicodeSpace = oneOfChars('\u00a0\u2000\u2002\u2007\u2009\u200a\u202f\u205f\u3000\t');
export const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n', '\n\n\n');
export const punctuation = oneOfChars('.,،;؛?؟!:"“”«»()[]-–—/%٪٫٬…\'');
export const latinWord = fc.stringMatching(/^[A-Za-z]{1,8}$/);
export const url = fc.webUrl({ withFragments: false, withQueryParameters: false });
export const email = fc.emailAddress();
export const number = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.option(fc.integer({ min: 0, max: 99 })))
  .map(([whole, fraction]) => (fraction === null ? `${whole}` : `${whole}.${fraction}`));
export const loneSurrogate = char(0xd800, 0xdfff);

/** One unit of text; `hostile` adds presentation forms, other Arabic blocks and arbitrary UTF-16. */
function unit(hostile: boolean) {
  const common = [
    { weight: 30, arbitrary: arabicLetter },
    { weight: 12, arbitrary: fc.constant(' ') },
    { weight: 6, arbitrary: arabicMark },
    { weight: 5, arbitrary: anyDigit },
    { weight: 5, arbitrary: punctuation },
    { weight: 3, arbitrary: unicodeSpace },
    { weight: 3, arbitrary: lineBreak },
    { weight: 3, arbitrary: invisibleControl },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '\u0640',
        '\u06cc',
        '\u06a9',
        '\u06be',
        '\u06c1',
        '\u06d5',
        '\u06c0',
        '\u06d2',
      ),
    },
    { weight: 2, arbitrary: latinWord },
    { weight: 2, arbitrary: number },
  ];
  const extra = [
    { weight: 4, arbitrary: char(0x0600, 0x06ff) },
    { weight: 2, arbitrary: char(0x0750, 0x077f) },
    { weight: 2, arbitrary: char(0x08a0, 0x08ff) },
    { weight: 3, arbitrary: char(0xfb50, 0xfdff) },
    { weight: 3, arbitrary: char(0xfe70, 0xfeff) },
    { weight: 1, arbitrary: url.map((u) => ` ${u} `) },
    { weight: 1, arbitrary: email.map((e) => ` ${e} `) },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  ];
  return fc.oneof(...common, ...(hostile ? extra : []));
}

/** Arabic-weighted text of well-formed UTF-16 units from the common blocks. */
export const arabicText = (maxLength = 60) =>
  fc.array(unit(false), { maxLength }).map((u) => u.join(''));

/** Arabic-weighted text that also holds presentation forms, rare blocks, URLs and lone surrogates. */
export const hostileArabicText = (maxLength = 60) =>
  fc.array(unit(true), { maxLength }).map((u) => u.join(''));
