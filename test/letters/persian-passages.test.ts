import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUnicode, explain, mapFarsiLetters, normalize } from '../../src/index.js';
import { isPersianLine } from '../../src/letters/persian-passages.js';
import { createNormalizeStream } from '../../src/stream/normalize-stream.js';
import { collect, cutAt } from '../stream/chunking.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import {
  ARABIC_LINES,
  PERSIAN_LINES,
  SHORT_ARABIC_LINES,
  SHORT_PERSIAN_URDU_LINES,
  URDU_LINES,
} from './language-samples.js';

const ZWNJ = '\u200c';
/** The letters and the ZWNJ that only Persian and Urdu spelling has (what mapping would change). */
const PERSIAN_SPELLING = /[\u06cc\u06a9\u06be\u06c0-\u06c3\u06d2\u06d3\u06d5\u200c]/g;
const spelling = (text: string) => (text.match(PERSIAN_SPELLING) ?? []).join('');
/** Whether normalize keeps every Persian/Urdu letter and ZWNJ of `line`. */
const keptWhole = (line: string) => spelling(normalize(line)) === spelling(line);
/** Whether normalize leaves no Persian/Urdu look-alike letter in `line` (PEH, GAF... may stay). */
const mappedWhole = (line: string) => spelling(normalize(line)) === '';
const share = (lines: readonly string[], test: (line: string) => boolean) =>
  lines.filter(test).length / lines.length;

describe('Persian and Urdu lines are left in their own script (farsiLetters: auto, the default)', () => {
  it('keeps every Persian letter and ZWNJ of at least 98% of the Persian lines of four words or more', () => {
    expect(share(PERSIAN_LINES, keptWhole)).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps every Urdu letter of at least 98% of the Urdu lines of four words or more', () => {
    expect(share(URDU_LINES, keptWhole)).toBeGreaterThanOrEqual(0.98);
  });

  it.each([
    ['a Persian verb with its ZWNJ', 'می\u200cخواهم به خانه بروم', 'می\u200cخواهم به خانه بروم'],
    ['روی and فعلی stay Persian', 'روی میز نسخه فعلی است', 'روی میز نسخه فعلی است'],
    ['Urdu کے stays', 'پاکستان کے وزیر اعظم نے کہا', 'پاکستان کے وزیر اعظم نے کہا'],
    ['presentation forms are still expanded', 'ا\ufbfe\ufee6 کتاب را خواندم', 'این کتاب را خواندم'],
    ['invisible controls still go', 'این\u200f کتاب را خواندم', 'این کتاب را خواندم'],
    ['spaces are still collapsed', 'این  کتاب   را خواندم', 'این کتاب را خواندم'],
    ['a doubled ZWNJ becomes one', 'کتاب\u200c\u200cها را خواندم', 'کتاب\u200cها را خواندم'],
    ['a ZWNJ beside a space goes', 'کتاب\u200c را دیروز خواندم', 'کتاب را دیروز خواندم'],
  ])('%s', (_, input, expected) => expect(normalize(input)).toBe(expected));

  it('decides per line: an Arabic line beside a Persian one is mapped', () => {
    const text = 'این کتاب را دیروز خواندم\nوأکد البیان أن العملیات مستمرة';
    expect(normalize(text)).toBe('این کتاب را دیروز خواندم\nوأكد البيان أن العمليات مستمرة');
  });

  it('maps every Persian line with farsiLetters: arabic', () => {
    expect(normalize('می\u200cخواهم به خانه بروم', { farsiLetters: 'arabic' })).toBe(
      'ميخواهم به خانه بروم',
    );
  });

  it('cleanUnicode alone follows the zwnj option in every line (language is stage 2)', () => {
    expect(cleanUnicode('می\u200cخواهم به خانه بروم')).toBe('میخواهم به خانه بروم');
  });

  it('explain names the rule that kept each letter and ZWNJ', () => {
    const changes = explain('کتاب\u200cها را خواندی');
    expect(changes.map((c) => [c.before, c.after, c.rule])).toEqual([
      ['ک', 'ک', 'persian-passage'],
      [ZWNJ, ZWNJ, 'persian-passage'],
      ['ی', 'ی', 'persian-passage'],
    ]);
  });
});

describe('Arabic lines are mapped, Persian keyboard or not', () => {
  it('maps every look-alike letter of the Arabic lines (Persian keyboard, Persian names)', () => {
    for (const line of ARABIC_LINES) expect(mappedWhole(line), line).toBe(true);
  });

  it.each(DOCUMENT_NAMES)('reads no line of document %s as Persian', (name) => {
    const text = readDocument(name);
    expect(normalize(text)).toBe(normalize(text, { farsiLetters: 'arabic' }));
  });
});

describe('short lines (one to three words): measured, and mapped only on Arabic evidence', () => {
  it('keeps at least 50% of short Persian/Urdu lines and maps at least 95% of short Arabic ones', () => {
    const persian = share(SHORT_PERSIAN_URDU_LINES, keptWhole);
    const arabic = share(SHORT_ARABIC_LINES, mappedWhole);
    console.info(
      `short lines: Persian/Urdu kept ${(100 * persian).toFixed(0)}% (${SHORT_PERSIAN_URDU_LINES.length}), Arabic mapped ${(100 * arabic).toFixed(0)}% (${SHORT_ARABIC_LINES.length})`,
    );
    expect(persian).toBeGreaterThanOrEqual(0.5);
    expect(arabic).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['a word with no evidence either way is mapped (the Arabic reading)', 'مستوی', false],
    ['one Persian function word alone is not enough', 'است', false],
    ['two Persian function words are Persian', 'این است', true],
    ['a ZWNJ inside a word and a Persian prefix are Persian', 'می\u200cخواهم', true],
    ['a ZWNJ before a Persian suffix counts once with it', 'کتاب\u200cها', false],
    ['a stray ZWNJ in an Arabic word is not Persian', 'أم\u200cن', false],
    ['a letter only Urdu uses weighs two', 'ہاں', true],
    ['HEH GOAL alone is no evidence (Urdu keyboards type Arabic with it)', 'ہذا', false],
    ['Arabic evidence outweighs one Persian word', 'ذهب إلی المدرسة از', false],
    ['a tie goes to Arabic', 'في را', false],
  ])('%s', (_, line, persian) => expect(isPersianLine(line, 0, line.length)).toBe(persian));
});

const mixedLines = fc.array(
  fc.oneof(
    fc.constantFrom(...PERSIAN_LINES, ...URDU_LINES, ...ARABIC_LINES, ...SHORT_PERSIAN_URDU_LINES),
    fc.constantFrom(...SHORT_ARABIC_LINES),
  ),
  { minLength: 1, maxLength: 6 },
);
const mixedText = mixedLines.map((lines) => lines.join('\n'));

describe('Persian passages keep the invariants', () => {
  it('normalize is idempotent on mixed Persian, Urdu and Arabic lines (property)', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const once = normalize(text);
        expect(normalize(once)).toBe(once);
        expect(mapFarsiLetters(once)).toBe(once);
      }),
    );
  });

  it('normalize gives the same output for a text and its NFD (property)', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(normalize(text.normalize('NFD'))).toBe(normalize(text));
      }),
    );
  });

  it('any chunking of the stream gives normalize(whole) (property)', async () => {
    await fc.assert(
      fc.asyncProperty(mixedText, fc.array(fc.nat(), { maxLength: 8 }), async (text, cuts) => {
        const parts = await collect(createNormalizeStream(), cutAt(text, cuts));
        expect(parts.join('')).toBe(normalize(text));
      }),
      { numRuns: 50 },
    );
  });
});
