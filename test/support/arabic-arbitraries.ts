import fc from 'fast-check';
import { presets } from '../../src/options/presets.js';
import { OPTION_SPECS, optionNamesOf } from '../../src/options/schema.js';
import type { NormalizeOptions, PunctuationOptions } from '../../src/options/types.js';

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

/** An Arabic word of one to six letters, a mark now and then. */
export const arabicWord = fc
  .array(fc.tuple(arabicLetter, fc.option(arabicMark, { freq: 4 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.map(([letter, mark]) => letter + (mark ?? '')).join(''));

/** Separators written inside numbers, in every shape stage 3 reads or writes. */
const numberSeparator = oneOfChars('.,\u066b\u066c\u060c:/-\u2010\u2212\u2013 ');
/** Signs written beside numbers: plus, minus look-alikes, percent and per mille in both forms. */
export const numberSign = oneOfChars('+-\u2212%\u066a\u2030\u0609\u2031\u060a');

/** Digits of one system (sometimes of mixed systems), `length` long. */
const digitRun = fc
  .tuple(
    fc.constantFrom(0x30, 0x0660, 0x06f0, -1),
    fc.array(fc.nat(9), { minLength: 1, maxLength: 4 }),
  )
  .chain(([zero, values]) =>
    zero >= 0
      ? fc.constant(values.map((v) => String.fromCharCode(zero + v)).join(''))
      : fc
          .array(anyDigit, { minLength: values.length, maxLength: values.length })
          .map((d) => d.join('')),
  );

/** A number in any digit system with any separators and signs around it (`١٠٫٥٪`, `-2,000`, `1-2-3+`). */
export const anyNumber = fc
  .tuple(
    fc.option(numberSign, { freq: 3 }),
    digitRun,
    fc.array(fc.tuple(numberSeparator, digitRun), { maxLength: 3 }),
    fc.option(numberSign, { freq: 3 }),
  )
  .map(
    ([before, first, rest, after]) =>
      (before ?? '') + first + rest.map(([s, d]) => s + d).join('') + (after ?? ''),
  );

const asciiLabel = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
/** A top-level domain: letters only. */
const topLevelDomain = fc.stringMatching(/^[a-z]{2,6}$/);
const label = fc.oneof(asciiLabel, arabicWord, digitRun);
const extension = fc.constantFrom('pdf', 'docx', 'csv', 'txt', 'json', 'md', 'tar.gz', 'PDF', 'js');

/**
 * Whether a generated URL ends as a URL in prose does: not in punctuation that follows URLs in
 * sentences (`.,;:!?'*`), nor in a `)` with no `(` for it in the URL. Stage 3 reads those as the
 * text's (src/punctuation/protected-spans.ts), so a URL ending in them is not a token it copies
 * whole (`http://a.aa/a,)` is the URL `http://a.aa/a`, then `,)`).
 */
function endsAsUrl(text: string): boolean {
  const last = text.charAt(text.length - 1);
  if (".,;:!?'*".includes(last)) return false;
  return last !== ')' || text.split('(').length >= text.split(')').length;
}

/**
 * Tokens stage 3 must copy as they are: URLs and e-mail addresses (Latin or Arabic labels, Eastern
 * digits), paths of every kind, file names and dotfiles, versions, HTML character references,
 * Markdown links, code-like runs of punctuation.
 */
export const protectedToken = fc.oneof(
  url.filter(endsAsUrl),
  email,
  fc
    .tuple(fc.constantFrom('http://', 'https://', 'www.', 'ftp://'), label, label)
    .map(([scheme, a, b]) => `${scheme}${a}.${b}/${a}`),
  fc.tuple(label, label, topLevelDomain).map(([local, domain, tld]) => `${local}@${domain}.${tld}`),
  fc.tuple(arabicWord, arabicWord, arabicWord).map(([a, b, c]) => `${a}.${b}@${c}.${a}`),
  fc.tuple(arabicWord, arabicWord).map(([a, b]) => `www.${a}.com/${b}`),
  fc.tuple(arabicWord, arabicWord, extension).map(([a, b, ext]) => `C:\\${a}\\${b}.${ext}`),
  fc.tuple(arabicWord, arabicWord).map(([a, b]) => `/${a}/${b}`),
  fc.tuple(label, extension).map(([name, ext]) => `${name}.${ext}`),
  fc.tuple(extension, fc.constantFrom('.', '.git')).map(([ext, dot]) => `${dot}${ext}`),
  fc
    .tuple(fc.constantFrom('/', './', '../', '~/', 'C:\\'), label, label)
    .map(([root, a, b]) => (root.includes('\\') ? `${root}${a}\\${b}` : `${root}${a}/${b}`)),
  fc.tuple(fc.constantFrom('v', 'V', 'ES'), digitRun, digitRun).map(([v, a, b]) => `${v}${a}.${b}`),
  fc.constantFrom('&#1575;', '&#x627;', '&amp;', '&nbsp;', '&quot;', '&lt;'),
  // The text of a link is prose; its target is protected.
  fc.tuple(arabicWord, label).map(([text, target]) => `[${text}](${target})`),
  fc.tuple(arabicWord, asciiLabel).map(([text, target]) => `![${text}](/${target}.png)`),
  fc.constantFrom('*,?', '(?<name>', '%-10s', 'x ? y : z', 'f(x)', '(s)', 'a;b', 'e.g.', 'أ.د.'),
);

/**
 * Text that mixes Arabic words, Latin words, numbers in every system with every separator and
 * sign, protected tokens, punctuation, quotes and brackets, with or without spaces between them:
 * the shapes where a decision taken on the input could differ from one taken on the output.
 */
export const tokenMixText = (maxLength = 12) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          { weight: 6, arbitrary: arabicWord },
          { weight: 2, arbitrary: latinWord },
          { weight: 3, arbitrary: anyNumber },
          { weight: 3, arbitrary: protectedToken },
          { weight: 4, arbitrary: punctuation },
          { weight: 1, arbitrary: numberSign },
          { weight: 1, arbitrary: oneOfChars('@&#*_~\\`|{}<>=^$') },
        ),
        fc.constantFrom('', '', ' ', ' ', ' ', '  ', '\n'),
      ),
      { maxLength },
    )
    .map((parts) => parts.map(([part, gap]) => part + gap).join(''));

/**
 * Any options object: a preset and, for each option of the schema (so a new option is covered as
 * soon as it exists), one of its values or nothing (the preset's value).
 */
export const anyOptions: fc.Arbitrary<NormalizeOptions> = fc
  .tuple(
    fc.constantFrom(...(Object.keys(presets) as (keyof typeof presets)[])),
    fc.record(
      Object.fromEntries(
        Object.entries(OPTION_SPECS).map(([name, spec]) => [
          name,
          fc.option(fc.constantFrom(...spec.values), { nil: undefined }),
        ]),
      ),
    ),
  )
  .map(([preset, chosen]) => {
    const options: Record<string, unknown> = { preset };
    for (const [name, value] of Object.entries(chosen))
      if (value !== undefined) options[name] = value;
    return options as NormalizeOptions;
  });

/** Any options object of stage 3 alone: every punctuation option set to one of its values. */
export const anyPunctuationOptions = fc.record(
  Object.fromEntries(
    optionNamesOf('punctuation').map((name) => [
      name,
      fc.constantFrom(...OPTION_SPECS[name].values),
    ]),
  ),
) as fc.Arbitrary<PunctuationOptions>;
