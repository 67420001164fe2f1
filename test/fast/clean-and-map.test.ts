import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanAndMapLetters, unitsGivenToReference } from '../../src/fast/clean-and-map.js';
import { useFusedKernel } from '../../src/fast/fused-kernel.js';
import { mapFarsiLettersResolved } from '../../src/letters/map-farsi-letters.js';
import { presets } from '../../src/options/presets.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { NormalizeOptions, ResolvedOptions } from '../../src/options/types.js';
import { zwnjLeftForStage2 } from '../../src/pipeline.js';
import { cleanUnicodeResolved } from '../../src/unicode/clean-unicode.js';
import {
  anyOptions,
  hostileArabicText,
  protectedToken,
  tokenMixText,
} from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import { propertyRuns } from '../support/property-runs.js';

/**
 * The fused pass of stages 1 and 2 against the reference passes it stands in for: equal on every
 * text and every options object. RUNS as in the other hostile properties.
 */
const RUNS = propertyRuns(20_000, 1_000);

function reference(text: string, options: Readonly<ResolvedOptions>): string {
  const zwnj = zwnjLeftForStage2(options);
  const cleaned = cleanUnicodeResolved(text, options, undefined, zwnj !== undefined);
  return mapFarsiLettersResolved(cleaned, options, undefined, zwnj);
}

function fused(text: string, options: Readonly<ResolvedOptions>): string {
  return cleanAndMapLetters(text, options, zwnjLeftForStage2(options));
}

const resolve = (options: NormalizeOptions) => resolveOptions(options, 'normalize');

const pick = (chars: string) => fc.constantFrom(...Array.from(chars));
const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));

/**
 * What the fused pass decides itself, packed densely: letters and Farsi look-alikes, their
 * presentation forms, controls, ZWNJ, TATWEEL, harakat, every kind of space and line break, and
 * Persian words (so that lines are read as Persian), with an occasional unit it leaves to the
 * reference (other marks, surrogates, ligatures).
 */
const fusedUnit = fc.oneof(
  { weight: 30, arbitrary: range(0x0621, 0x064a) },
  { weight: 10, arbitrary: pick(' ') },
  { weight: 4, arbitrary: pick('\u06cc\u06a9\u06be\u06c1\u06d5\u06c0\u06d2\u067e\u0686\u06af') },
  { weight: 4, arbitrary: range(0xfe80, 0xfefc) },
  { weight: 2, arbitrary: range(0xfb50, 0xfbff) },
  { weight: 3, arbitrary: pick('\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2067\u2069\ufeff') },
  { weight: 3, arbitrary: pick('\u200c\u0640') },
  { weight: 4, arbitrary: range(0x064b, 0x0652) },
  { weight: 1, arbitrary: pick('\u0653\u0654\u0670\u06e5') },
  { weight: 3, arbitrary: pick('\u00a0\u202f\u2009\u3000\t') },
  { weight: 4, arbitrary: fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r', ' \n ', '\u2029') },
  { weight: 2, arbitrary: fc.constantFrom('این', 'است', 'می\u200cشود', 'که', 'را', 'ہے', 'کی') },
  { weight: 2, arbitrary: fc.constantFrom('.', '،', '5', '٥', 'a', '«', '»', '-', '؟') },
  { weight: 1, arbitrary: fc.constantFrom('😀', '👩\u200d🔬', '\ud800', 'ﷺ', 'ﰀ', '\u0610') },
);
const fusedText = (maxLength: number) =>
  fc.array(fusedUnit, { maxLength }).map((units) => units.join(''));

/**
 * Short words (one to three units: letters, digits, marks, forms, TATWEEL, ZWNJ) between spaces:
 * where the rules of the marks pass look across words (a one-letter word after a number, a mark
 * cut off between two words), so that a seam the fused pass cuts at would show.
 */
const shortWord = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: range(0x0621, 0x064a) },
      { weight: 2, arbitrary: pick('05٥۵\u06cc\u06a9') },
      { weight: 3, arbitrary: range(0x064b, 0x0652) },
      { weight: 1, arbitrary: pick('\u0640\u200c\u0654\u0670\ufef7\ufe8e\ufbc3') },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((units) => units.join(''));
const shortWords = fc
  .array(fc.tuple(shortWord, fc.constantFrom(' ', ' ', '  ', '\u00a0', '\n', ' \n')), {
    maxLength: 14,
  })
  .map((words) => words.map(([word, gap]) => word + gap).join(''));

/**
 * Vowelled words: letters (some of them Farsi, some with HAMZA or MADDA composed) carrying runs of
 * one to four marks (harakat, superscript alef, Quranic small letters and pause signs, MADDA and
 * HAMZA), in canonical order or not, with duplicates, after a TATWEEL, between every kind of gap:
 * where the pass leaves marks inside a word itself and where it must give them to the reference.
 */
const quranicMark = fc.oneof(
  { weight: 6, arbitrary: range(0x064b, 0x0652) },
  { weight: 3, arbitrary: pick('\u0670\u06e1\u06e2\u06e5\u06e6\u06ed\u06d6\u06d7\u06da\u06dc') },
  { weight: 2, arbitrary: range(0x0610, 0x061a) },
  { weight: 2, arbitrary: range(0x0653, 0x065f) },
  { weight: 2, arbitrary: range(0x06d6, 0x06ed) },
  { weight: 1, arbitrary: range(0x08ca, 0x08ff) },
);
const vowelledWord = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 8, arbitrary: range(0x0621, 0x064a) },
        { weight: 1, arbitrary: pick('\u0671\u06cc\u06a9\u0640\u06c1\u06d2\u06c0\u06d3\u00e95') },
      ),
      fc.array(quranicMark, { maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((letters) => letters.map(([letter, marks]) => letter + marks.join('')).join(''));
const vowelledText = fc
  .array(
    fc.tuple(vowelledWord, fc.constantFrom(' ', ' ', '  ', '\u00a0', '\n', ' \n', ' \u064e ')),
    { maxLength: 12 },
  )
  .map((words) => words.map(([word, gap]) => word + gap).join(''));

/**
 * Harakat cut off from their words: short words (bare letters, ALEF, Farsi letters, forms,
 * TATWEEL, digits, Latin, marks), gaps of every kind, and harakat standing between gaps, glued to a word
 * or doubled, so that each condition under which the fused pass decides a detached haraka itself
 * (`detached-haraka.ts`) is met and missed by one unit.
 */
const cutOffWord = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: range(0x0628, 0x064a) },
      {
        weight: 2,
        arbitrary: pick('\u0627\u0621\u0671\u06cc\u06a9\u0640\ufe8e\u200c\u200b\u200d5a'),
      },
      { weight: 1, arbitrary: pick('\u064e\u0651\u0652\u0670\u0654') },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((units) => units.join(''));
/** A word, sometimes with a haraka glued before it (cut off from the word before). */
const cutOffWordOrGlued = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: range(0x064b, 0x0652) },
    ),
    cutOffWord,
  )
  .map(([mark, word]) => mark + word);
const cutOffGap = fc.oneof(
  { weight: 8, arbitrary: fc.constant(' ') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '  ', '\u00a0', '\n', ' \n', '\u200b ', ' \u200b', ' \u200c'),
  },
);
const cutOffRun = fc.oneof(
  { weight: 6, arbitrary: range(0x064b, 0x0652) },
  { weight: 1, arbitrary: fc.constantFrom('', '\u064e\u064e', '\u0651\u064b', '\u0653', '\u0670') },
  { weight: 1, arbitrary: pick('\u0654\u06d6\u0300.،)\u200b') },
);
const cutOffHarakat = fc
  .array(fc.tuple(cutOffWordOrGlued, cutOffGap, cutOffRun, cutOffGap), { maxLength: 8 })
  .map((words) => words.map((parts) => parts.join('')).join(''));

/**
 * Lines that start with what noisy text puts there (an invisible control, a ZWNJ, a presentation
 * form of a letter or of a haraka, a Farsi letter, a TATWEEL, a haraka, a digit), each holding Farsi
 * letters and Persian words and, now and then, what the pass gives to the reference, so that
 * each kind of line start is met both where a line may end at a seam and where it may not.
 */
const lineStart = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: pick('\u200b\u200c\u200d\u200e\u200f\u202b\u2067\ufeff') },
  { weight: 3, arbitrary: range(0xfe80, 0xfefc) },
  { weight: 1, arbitrary: range(0xfe70, 0xfe7f) },
  { weight: 2, arbitrary: pick('\ufbfc\ufbfd\ufb8e\ufbaa\u06cc\u06a9\u06c1') },
  { weight: 2, arbitrary: pick('\u0640\u064e\u064b\u0651\u0654\u0670\u06e5') },
  { weight: 1, arbitrary: pick('5٥\u200b\u200b\u200c\u0640') },
);
const lineWord = fc.oneof(
  { weight: 8, arbitrary: fusedText(6) },
  { weight: 3, arbitrary: fc.constantFrom('فی', 'کتاب', 'این', 'است', 'می\u200cشود', 'إل\u06cc') },
  { weight: 1, arbitrary: fc.constantFrom('\u0610', 'ﷺ', '😀', '\ud800', '\u064e', 'ب \u064e') },
);
const lineWithStart = fc
  .tuple(lineStart, fc.array(lineWord, { minLength: 1, maxLength: 6 }))
  .map(([start, words]) => start + words.join(' '));
const linesWithStarts = fc
  .array(
    fc.tuple(
      lineWithStart,
      fc.constantFrom('\n', '\n\n', ' \n', '\n ', '\r\n', '\n\u200b', '\u200b\n', '\n\u200c'),
    ),
    { minLength: 2, maxLength: 8 },
  )
  .map((lines) => lines.map(([line, gap]) => line + gap).join(''));

/**
 * Lines of words that end in FARSI YEH, many of them words of the final-yeh lexicon (على حتى
 * موسى ...) asked about again from line to line, with proclitics, marks on the YEH, ZWNJ and
 * TATWEEL around it, long words, and separators other than spaces before them: where stage 2
 * asks about a word on its own units, reading back from the YEH to the space or line feed before
 * it, and the lexicon answers a word asked about before from its remembered answers.
 */
const finalYehWord = fc
  .tuple(
    fc.constantFrom(
      '',
      '',
      '',
      'و',
      'ف',
      'ب',
      'ال',
      '\u200c',
      '\u0640',
      'و\u200c',
      `${'ب'.repeat(31)}\u200c`,
    ),
    fc.constantFrom(
      'عل',
      'حت',
      'موس',
      'مستشف',
      'إل',
      'ال',
      'الذ',
      'الت',
      'ف',
      'لد',
      'مبن',
      'کرس',
      '\u06cc\u06cc',
      '',
      'مصطف',
      'مستو',
      'ال\u064e',
      'ب'.repeat(40),
    ),
    fc.constantFrom(
      '\u06cc',
      '\u06cc',
      '\u06cc',
      '\ufbfc',
      '\ufbfd',
      '\u06cc\u064e',
      '\u06cc\u0651',
    ),
    fc.constantFrom('', '', '', '\u200c', '\u0640', '\u200cها', '\u064c'),
  )
  .map((parts) => parts.join(''));
const finalYehLines = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 5, arbitrary: finalYehWord }, { weight: 2, arbitrary: fusedText(4) }),
      fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '،', '.', '5', 'a', '\u00a0', ' \u200b', '\t'),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((words) => words.map(([word, gap]) => word + gap).join(''));

/**
 * Words with the noise the copy loop writes itself (forms of one letter, invisible controls, odd
 * spaces, TATWEEL) inside them and in the gaps between them, beside what it leaves to the pass
 * (a second space, a form of two letters, a ZWJ, a ZWNJ, a digit, a line break, the text's ends)
 * and, now and then, what goes to the reference (a haraka cut off, a mark after a form, a
 * ligature), so that a stretch given to the reference starts at a seam found after removed units.
 */
const loopNoise = fc.oneof(
  { weight: 4, arbitrary: range(0xfe80, 0xfefc) },
  { weight: 3, arbitrary: pick('\u200b\u200e\u200f\u202b\u202c\u2067\u2069\ufeff\u200d\u200c') },
  { weight: 2, arbitrary: pick('\u00a0\u202f\u2009\t') },
  { weight: 3, arbitrary: pick('\u0640') },
);
const loopWord = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: range(0x0621, 0x064a) },
      { weight: 4, arbitrary: loopNoise },
      { weight: 1, arbitrary: pick('5٥a.،\u06cc') },
      { weight: 1, arbitrary: pick('\u064e\u0651\u0610ﷺ') },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((units) => units.join(''));
const loopGap = fc.oneof(
  { weight: 8, arbitrary: fc.constant(' ') },
  { weight: 4, arbitrary: loopNoise.map((noise) => ` ${noise}`) },
  { weight: 2, arbitrary: loopNoise },
  {
    weight: 2,
    arbitrary: fc.constantFrom('', '  ', '\n', ' \n', '\n\n', ' \u064b ', ' \u0651 ', '\u0640 '),
  },
);
const loopNoisyText = fc
  .array(fc.tuple(loopWord, loopGap), { maxLength: 16 })
  .map((words) => words.map(([word, gap]) => word + gap).join(''));

/**
 * Lines dense in Farsi letters, some with a sign of Persian or Urdu (YEH BARREE, HEH WITH YEH
 * ABOVE, a ZWNJ inside a word) after which the copy loop writes Farsi letters without a note:
 * Persian, Urdu and Arabic words, with marks, forms, controls and every kind of gap between them.
 */
const farsiWord = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('کتاب', 'یک', 'کی', 'ہے', 'این', 'است', 'می\u200cشود') },
  { weight: 4, arbitrary: fc.constantFrom('في', 'الکتاب', 'علی', 'مکتب', 'فی', 'إلی', 'التی') },
  { weight: 2, arbitrary: fc.constantFrom('ے', 'ۀ', 'خانۀ', 'کتاب\u200cها', 'ﯾﮏ', 'کِتاب', 'یَ') },
  { weight: 1, arbitrary: fc.constantFrom('ی\u0654', 'ک\u200b', 'ـی', '5', '،', 'پ', 'ہ') },
);
const farsiGap = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(' ', '  ', '\u00a0', '\u200c') },
  { weight: 1, arbitrary: fc.constantFrom('\n', ' \n', '\n\n') },
);
const farsiLines = fc
  .array(fc.tuple(farsiWord, farsiGap), { minLength: 8, maxLength: 60 })
  .map((words) => words.map(([word, gap]) => word + gap).join(''));

/**
 * The fused pass runs its copy loop in WebAssembly where it can (src/fast/fused-kernel.ts) and in
 * JavaScript elsewhere: every property below holds for both loops.
 */
const COPY_LOOPS = [
  { loop: 'with the copy loop in WebAssembly', kernel: true },
  { loop: 'with the copy loop in JavaScript', kernel: false },
];

describe.each(COPY_LOOPS)('the fused pass of stages 1 and 2, $loop', ({ kernel }) => {
  beforeAll(() => useFusedKernel(kernel));
  afterAll(() => useFusedKernel(true));

  it('equals the reference passes on lines dense in Farsi letters, with any options', () => {
    fc.assert(
      fc.property(farsiLines, anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on harakat cut off between words, with any options', () => {
    fc.assert(
      fc.property(cutOffHarakat, anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on vowelled words with Quranic marks, with any options', () => {
    fc.assert(
      fc.property(vowelledText, anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on short words between spaces, with any options', () => {
    fc.assert(
      fc.property(shortWords, anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on text dense in what it decides itself, with any options', () => {
    fc.assert(
      fc.property(fusedText(80), anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on words with the noise its copy loop writes, with any options', () => {
    fc.assert(
      fc.property(loopNoisyText, anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on hostile mixed text, with any options', () => {
    const text = fc.oneof(tokenMixText(), hostileArabicText(40), protectedToken);
    fc.assert(
      fc.property(text, anyOptions, (input, options) => {
        const resolved = resolve(options);
        expect(fused(input, resolved)).toBe(reference(input, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on many lines, some of which go to the reference', () => {
    const lines = fc.array(fusedText(30), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(
        lines,
        fc.constantFrom('\n', '\n\n', ' \n', '\r\n'),
        anyOptions,
        (parts, sep, options) => {
          const text = parts.join(sep);
          const resolved = resolve(options);
          expect(fused(text, resolved)).toBe(reference(text, resolved));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on lines that start with controls, forms, Farsi letters or marks', () => {
    fc.assert(
      fc.property(linesWithStarts, anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on lines of words that end in FARSI YEH, asked about again and again, with any options', () => {
    fc.assert(
      fc.property(finalYehLines, anyOptions, (text, options) => {
        const resolved = resolve(options);
        expect(fused(text, resolved)).toBe(reference(text, resolved));
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the reference passes on the five press releases, in every preset', () => {
    for (const name of DOCUMENT_NAMES) {
      const document = readDocument(name);
      for (const preset of Object.values(presets)) {
        expect(fused(document, preset)).toBe(reference(document, preset));
      }
    }
  });

  it('reads a FARSI YEH at the end of a line as word-final, whatever the buffer held after it before', () => {
    // A first call leaves letters in the reusable buffer beyond where the next call's lines end.
    fused(`${'ب'.repeat(200)}\u06a9`, presets.standard);
    for (const text of ['ذهب إل\u06cc', 'ذهب إل\u06cc\nوعاد', 'ذهب إل\u06cc \nوعاد']) {
      const expected = reference(text, presets.standard);
      expect(expected).toContain('إلى');
      expect(fused(text, presets.standard)).toBe(expected);
    }
  });

  it('ends each text at its own end, though a longer text before left letters in the buffer', () => {
    const options = resolve({});
    const long = 'كتاب جديد ومفيد '.repeat(40);
    // Endings the copy loop goes on from (a letter, a form, a removed control, a mark), and ones
    // it stops at (a space, a line break).
    const endings = ['كتاب', 'كتا\ufe8e', 'كتاب\u200b', 'كتبَ', 'كتاب ', 'كتاب\n', 'كتاب \u200b'];
    for (const text of endings) {
      fused(long, options);
      expect(fused(text, options), JSON.stringify(text)).toBe(reference(text, options));
    }
  });

  it('returns its input itself when stages 1 and 2 change nothing', () => {
    const clean = 'قال الوزير إن العمليات مستمرة.\nوأضاف أن الخطة تسير بنجاح.';
    expect(fused(clean, presets.standard)).toBe(clean);
    expect(fused(`${clean}\n`, presets.standard)).toBe(`${clean}\n`);
    expect(fused(`${clean}\n`, presets.minimal)).toBe(`${clean}\n`);
  });

  it('returns fully vowelled text that stages 1 and 2 leave as its input itself', () => {
    const verse = 'بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ\nٱلۡحَمۡدُ لِلَّهِ رَبِّ ٱلۡعَٰلَمِينَ';
    expect(reference(verse, presets.standard)).toBe(verse);
    expect(fused(verse, presets.standard)).toBe(verse);
  });

  it('maps every Farsi letter of an Arabic line, those it wrote without a note too', () => {
    // After eight Farsi letters, at a sign of Persian or Urdu (here YEH BARREE, or a ZWNJ inside a
    // word), the copy loop writes the others itself, and stage 2 finds them again in a line it
    // maps: an Arabic line loses them all, a Persian line keeps them.
    const start = 'قال الوزیر إن الاجتماع سیعقد فی مکتب الرئیس فی کل یوم';
    const end = 'وإن الوفد وصل إلی کل المدن التی فی کل مکان';
    const arabic = `${start} ے ${end}`;
    const zwnj = `${start} الاجت\u200cماع ${end}`;
    const persian = 'این یک متن فارسی است که می\u200cخواهم آن را بررسی کنم و کتاب\u200cها را ببرم';
    for (const preset of [presets.standard, presets.search, presets.minimal]) {
      for (const text of [arabic, zwnj, `${arabic}\n${persian}\n${zwnj}`, `${persian} ${arabic}`]) {
        expect(fused(text, preset), JSON.stringify(text)).toBe(reference(text, preset));
      }
    }
    expect(fused(arabic, presets.standard)).not.toMatch(/[\u06a9\u06cc]/);
    expect(fused(zwnj, presets.standard)).not.toMatch(/[\u06a9\u06cc]/);
    expect(fused(persian, presets.standard)).toBe(persian);
  });

  it('puts a run of marks in NFC order itself, as typed with SHADDA before the haraka', () => {
    // KAF SHADDA FATHA, and a Quranic run: NFC sorts them by class (FATHA 30 before SHADDA 33).
    const typed = 'إنَّ الحقَّ واضحٌ، وقد كتّبَ\u0651\u064f الدرس';
    const sorted = typed.normalize('NFC');
    expect(sorted).not.toBe(typed);
    for (const preset of [
      presets.standard,
      presets.minimal,
      resolve({ diacritics: 'strip-except-shadda' }),
    ]) {
      const before = unitsGivenToReference;
      expect(fused(typed, preset)).toBe(reference(typed, preset));
      expect(unitsGivenToReference - before).toBe(0);
    }
    expect(fused(typed, presets.standard)).toBe(sorted);
    // MADDA or HAMZA out of order, or a mark of class 0 among them: the reference.
    const before = unitsGivenToReference;
    for (const word of ['\u0628\u0651\u0654\u064e ', '\u0627\u0651\u0653 ']) {
      expect(fused(word, presets.standard)).toBe(reference(word, presets.standard));
    }
    expect(unitsGivenToReference - before).toBeGreaterThan(0);
  });

  it('ends a stretch it gives the reference at the next gap after marks left in their word', () => {
    // A haraka written twice needs the reference; every word after it ends in a haraka.
    const text = `بَََ ${'كَتَبَ الوَلَدُ '.repeat(40)}`;
    const before = unitsGivenToReference;
    expect(fused(text, presets.standard)).toBe(reference(text, presets.standard));
    expect(unitsGivenToReference - before).toBeLessThan(12);
    // Many such stretches: each starts at the gap the one before ended at (a gap after marks
    // left in their word), not at the last gap after a bare letter, so each is read once.
    const many = 'بَََ كَتَبَ '.repeat(40);
    const start = unitsGivenToReference;
    expect(fused(many, presets.standard)).toBe(reference(many, presets.standard));
    expect(unitsGivenToReference - start).toBeLessThan(40 * 12);
  });

  it('starts a stretch it gives the reference at the gap after the last word that ends in a mark', () => {
    // The copy loop writes a word's last mark and the space after it; the space, or a gap of two,
    // is still a clean seam, so the stretch holds only the last word.
    for (const gap of [' ', '  ', '\u00a0']) {
      const text = `${`كَتَبَ${gap}الوَلَدُ${gap}`.repeat(40)}بَََ`;
      const before = unitsGivenToReference;
      for (const preset of [presets.standard, presets.search, presets.minimal]) {
        expect(fused(text, preset)).toBe(reference(text, preset));
      }
      expect(unitsGivenToReference - before, JSON.stringify(gap)).toBeLessThan(3 * 12);
    }
  });

  it('gives MADDA and HAMZA on a letter they compose with, or on one composed already, to the reference', () => {
    for (const word of [
      '\u0627\u0653\u0628',
      '\u0622\u0655\u0621 ',
      '\u0648\u064e\u0654',
      '\u0628\u0653',
    ]) {
      expect(fused(word, presets.standard)).toBe(reference(word, presets.standard));
    }
    expect(fused('\u0622\u0655\u0621 ', presets.standard)).toBe('\u0625\u0653\u0621');
  });

  it('writes what the gaps pass makes of line feeds at the end of the text', () => {
    for (const preset of Object.values(presets)) {
      for (const end of ['\n', '\n\n', ' \n', '\n ', '\u064b\n']) {
        const text = `قال الوزير${end}`;
        expect(fused(text, preset)).toBe(reference(text, preset));
      }
    }
  });

  it('keeps, with spaces kept, the gap after each line it maps: short, past 4,096 units, then short again', () => {
    // A Farsi YEH and KEHEH in Arabic lines (mapped; the ZWNJ inside a word, which stage 1
    // leaves to stage 2, removed, so the line ends earlier), and a Persian line (kept).
    const lines = [
      'قال الوزیر إن الاجتماع',
      'وصل الوفد\u200cالرسمی صباحا',
      'این کتاب فارسی است',
      'وکان الوفد هنا',
    ];
    for (const options of [resolve({ whitespace: 'keep' }), resolve({ preset: 'minimal' })]) {
      for (const gap of [' \n  ', ` ${' '.repeat(5000)}\n\t`, '\n ', '\u00a0\n\n']) {
        const text = lines.join(gap) + gap;
        expect(fused(text, options)).toBe(reference(text, options));
      }
    }
  });

  it('uses the options of each call, not the policies made for the call before', () => {
    // The policies are made again only for another options object: objects that differ in each
    // option they read, one after the other (each output differs from the one before), must each
    // give the reference's output.
    const text = 'كتـــاب \u064b من مي\u200cخواهم منَّ';
    const options = [
      presets.standard,
      resolve({ tatweel: 'keep' }),
      resolve({ zwnj: 'space', farsiLetters: 'keep' }),
      resolve({ zwnj: 'keep', farsiLetters: 'keep' }),
      resolve({ diacritics: 'strip' }),
      resolve({ diacritics: 'strip-except-shadda' }),
      resolve({ repairDiacritics: false }),
    ];
    let before = '';
    for (const each of [...options, ...options.slice(0, -1).reverse()]) {
      const out = fused(text, each);
      expect(out).toBe(reference(text, each));
      expect(out).not.toBe(before);
      before = out;
    }
  });

  it('uses the ZWNJ treatment each call defers to stage 2, with the same options object', () => {
    const text = 'می\u200cخواهم کتاب\u200c ها';
    const options = presets.standard;
    for (const zwnj of [undefined, 'remove', undefined, 'space'] as const) {
      const cleaned = cleanUnicodeResolved(text, options, undefined, zwnj !== undefined);
      const expected = mapFarsiLettersResolved(cleaned, options, undefined, zwnj);
      expect(cleanAndMapLetters(text, options, zwnj)).toBe(expected);
    }
  });

  it('cuts no seam at spaces after a digit, where the marks pass looks back for a number', () => {
    // A one-letter word after a number is an abbreviation (`2018 م`), which a haraka cut off
    // after it does not go back onto: the stretch given to the reference must hold the number.
    // The gap is one the pass itself reads (two spaces: the copy loop writes one space alone).
    const texts = [
      'عام\u200b 2018  م \u064fتساعد',
      'كتاب\u00a0عام 2018 \u00a0م \u064f تساعد',
      'ﻛﺘﺎب 2018\t م \u064fمن',
      'ی ٢٠١٨  م \u064eمن',
      'كتاب\u200b 2018  ب \u064bمن',
    ];
    for (const preset of [presets.standard, presets.minimal, presets.search]) {
      for (const text of texts) expect(fused(text, preset), text).toBe(reference(text, preset));
    }
  });

  it('starts each text from its own start, not from the last seam and line of the text before', () => {
    // The pass notes where the last clean seam and the last line start: after a text that notes
    // both far in, a text that gives a stretch to the reference before either must start from 0.
    const far = 'قال الوزير إن العمل\nمستمر في كل الأقسام غدا\u200b';
    const texts = ['كتاب\ud800 من', 'كتابی\ud800', 'كتاب ی\nكتاب \ud800'];
    for (const preset of [presets.standard, presets.minimal, presets.search]) {
      for (const text of texts) {
        expect(fused(far, preset)).toBe(reference(far, preset));
        expect(fused(text, preset), text).toBe(reference(text, preset));
      }
    }
  });

  it("decides each haraka cut off after a word by that word's own last letter, call after call", () => {
    // A bare ALEF takes FATHATAN back but not DAMMA; another letter takes either.
    const texts = [
      'كتابا \u064b من',
      'كتابا \u064f من',
      'كتاب \u064f من',
      'كتابا \u064b من كتابا \u064f من',
    ];
    for (const text of [...texts, ...texts]) {
      expect(fused(text, presets.standard)).toBe(reference(text, presets.standard));
    }
    expect(fused(texts[0]!, presets.standard)).toBe('كتاباً من');
    expect(fused(texts[1]!, presets.standard)).toBe(texts[1]);
  });

  it('equals the reference passes on slices of a longer text and on texts longer than any before', () => {
    // The copy loop reads the input's code units from a buffer filled at each call: a slice
    // (read through its parent string), and texts of growing length, each after another text.
    const line = 'ﻛﺘﺎب\u200b جديد\u00a0كتـاب \u064b منَّ\u06cc\nکتاب فارسی در این است\n';
    const whole = line.repeat(600);
    for (const [start, end] of [
      [3, 200],
      [5, 201],
      [0, whole.length],
      [41, 9000],
      [2, 8],
    ]) {
      const text = whole.slice(start, end);
      for (const options of [presets.standard, presets.search, presets.minimal]) {
        expect(fused(text, options)).toBe(reference(text, options));
      }
    }
  });

  it('writes what stages 1 and 2 change, around a line left to the reference', () => {
    const text = 'ﻛﺘﺎب\u200b جديد\nسطر فيه علامة منفصلة \u064b هنا\nکتاب فارسی در این است';
    expect(fused(text, presets.standard)).toBe(reference(text, presets.standard));
    expect(fused(text, presets.standard)).not.toBe(text);
  });
});

describe.each(COPY_LOOPS)(
  'cleanAndMapLetters: changes made only inside copied runs, $loop',
  ({ kernel }) => {
    beforeAll(() => useFusedKernel(kernel));
    afterAll(() => useFusedKernel(true));

    // Each text's only change is one the copy loop makes without leaving its run (a removed
    // control, a form of one letter, a space unified, a TATWEEL before a letter): the pass must
    // still see that the output differs from the input.
    const runOnly = [
      'كتاب\u200bجديد',
      'كتاب\u00a0جديد',
      'كت\ufe8e\u0628 جديد',
      'كتـاب جديد',
      'كتاب جديد ومفيد\u200bجدا',
      `${'كتاب جديد '.repeat(200)}\u200bقديم`,
    ];

    it('returns what the copy runs changed when no other action changed anything', () => {
      for (const text of runOnly) {
        const expected = reference(text, presets.standard);
        expect(expected, JSON.stringify(text)).not.toBe(text);
        expect(fused(text, presets.standard), JSON.stringify(text)).toBe(expected);
      }
    });

    it('returns the text itself when the pass reads it all and changes nothing', () => {
      for (const text of [
        'كَتَبَ الولد',
        'قال كَتَبَ الولد\nثم كَتَبَ',
        'كتاب 😀 جديد',
        'كتاب جديد\n\nقديم',
      ]) {
        expect(reference(text, presets.standard), JSON.stringify(text)).toBe(text);
        expect(fused(text, presets.standard), JSON.stringify(text)).toBe(text);
      }
    });

    it('matches the reference on texts whose changes the copy loop alone makes', () => {
      const runUnit = fc.oneof(
        { weight: 20, arbitrary: range(0x0621, 0x064a) },
        { weight: 4, arbitrary: pick(' ') },
        { weight: 2, arbitrary: pick('\u200b\u200e\u200f\u2066\ufeff\u00a0\u2009\u0640') },
        { weight: 2, arbitrary: range(0xfe80, 0xfefc) },
      );
      fc.assert(
        fc.property(fc.array(runUnit, { maxLength: 60 }), (chars) => {
          const text = chars.join('');
          expect(fused(text, presets.standard)).toBe(reference(text, presets.standard));
        }),
        { numRuns: RUNS },
      );
    });
  },
);
