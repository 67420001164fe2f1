import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditRecorder } from '../../src/core/text-editor.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { ResolvedOptions, UnicodeOptions } from '../../src/options/types.js';
import { cleanUnicodeResolved, type UnicodeRecorders } from '../../src/unicode/clean-unicode.js';
import { collapseGaps } from '../../src/unicode/collapse-gaps.js';
import { expandForms } from '../../src/unicode/expand-forms.js';
import {
  NEEDS_FORMS,
  NEEDS_GAPS,
  NEEDS_MARKS,
  type PreScanPolicy,
  passesNeeded,
} from '../../src/unicode/pre-scan.js';
import { repairMarks } from '../../src/unicode/repair-marks.js';
import { hostileArabicText } from '../support/arabic-arbitraries.js';

type Edits = Record<'forms' | 'marks' | 'gaps', [number, number, number][]>;

function recording(): { recorders: UnicodeRecorders; edits: Edits } {
  const edits: Edits = { forms: [], marks: [], gaps: [] };
  const recorder = (into: [number, number, number][]): EditRecorder => ({
    record: (start, end, length) => into.push([start, end, length]),
  });
  return {
    recorders: {
      forms: recorder(edits.forms),
      marks: recorder(edits.marks),
      gaps: recorder(edits.gaps),
    },
    edits,
  };
}

/** Stage 1 as three passes run one after the other, none skipped: what the pre-scan must match. */
function everyPass(text: string, options: Readonly<ResolvedOptions>, recorders: UnicodeRecorders) {
  const forms = expandForms(
    text,
    {
      zwnj: options.zwnj,
      removeTatweel: options.tatweel === 'remove',
      stripDiacritics: options.diacritics !== 'keep',
      stripShadda: options.diacritics === 'strip',
    },
    recorders.forms,
  );
  const marks = repairMarks(
    forms,
    {
      repair: options.repairDiacritics,
      stripDiacritics: options.diacritics !== 'keep',
      stripShadda: options.diacritics === 'strip',
    },
    recorders.marks,
  );
  return collapseGaps(marks, options.whitespace === 'collapse', recorders.gaps);
}

/** Dense mixes of what the pre-scan looks at: words with harakat, gaps, controls, surrogates. */
const unit = fc.constantFrom(
  'ب',
  'ا',
  'ل',
  'a',
  '2',
  '.',
  ')',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\n\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2000',
  '\u064b',
  '\u064e',
  '\u0651',
  '\u0654',
  '\u0670',
  '\u0640',
  '\u200c',
  '\u200f',
  '\ufefb',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
  '\u0301',
  // Emoji sequences and the joiner, and what makes a tatweel kept or removed.
  '\u200d',
  '\ud83d\udc69',
  '\ufe0f',
  '\u0647',
  '"',
);
const mixedText = fc.array(unit, { maxLength: 30 }).map((units) => units.join(''));
/** Mostly clean text with little damage: the pre-scan skips passes here. */
const nearlyClean = fc
  .tuple(fc.array(fc.constantFrom('كتب', 'ولداً', 'مَن', 'هو', '2', '.'), { maxLength: 8 }), unit)
  .chain(([words, damage]) =>
    fc.nat(words.length).map((at) => [...words.slice(0, at), damage, ...words.slice(at)].join(' ')),
  );
const anyText = fc.oneof(mixedText, nearlyClean, hostileArabicText());

const OPTION_SETS: [string, UnicodeOptions][] = [
  ['defaults', {}],
  ['whitespace: keep', { whitespace: 'keep' }],
  ['zwnj: space', { zwnj: 'space' }],
  ['zwnj: keep, tatweel: keep', { zwnj: 'keep', tatweel: 'keep' }],
  ['diacritics: strip', { diacritics: 'strip' }],
  ['diacritics: strip-except-shadda', { diacritics: 'strip-except-shadda' }],
  ['repairDiacritics: false', { repairDiacritics: false }],
];

describe.each(OPTION_SETS)('stage 1 with its pre-scan, options %s', (_, given) => {
  const options = resolveOptions(given, 'test', 'unicode');

  it('gives the output and records the edits of running every pass', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const skipped = recording();
        const full = recording();
        expect(cleanUnicodeResolved(text, options, skipped.recorders)).toBe(
          everyPass(text, options, full.recorders),
        );
        expect(skipped.edits).toEqual(full.edits);
      }),
    );
  });

  it('returns a text no pass changes as it is', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = cleanUnicodeResolved(text, options);
        expect(cleanUnicodeResolved(clean, options)).toBe(clean);
      }),
    );
  });
});

describe('passesNeeded (defaults: collapse, zwnj and tatweel removed, diacritics kept)', () => {
  const policy: PreScanPolicy = {
    zwnj: 'remove',
    removeTatweel: true,
    stripDiacritics: false,
    stripShadda: false,
    collapse: true,
  };
  it.each([
    ['clean words and one space', 'كتب الولد', 0],
    ['a haraka inside a word', 'كَتب', 0],
    ['a tanween ending a word before a space and a letter', 'ولداً كتب', 0],
    ['a tanween ending the text', 'ولداً', 0],
    ['one blank line between paragraphs', 'أ\n\nب', 0],
    ['a presentation form', 'ب\ufefb', NEEDS_FORMS],
    ['a tatweel', 'كـتب', NEEDS_FORMS],
    ['a right-to-left mark', 'ب\u200fا', NEEDS_FORMS],
    ['a lone surrogate', 'ب\ud83d', NEEDS_FORMS | NEEDS_MARKS],
    ['a haraka after a space', 'ب \u064eا', NEEDS_MARKS],
    ['a tanween before a space and a detached haraka', 'اً \u064eب', NEEDS_MARKS],
    ['two spaces', 'ب  ا', NEEDS_GAPS],
    ['a space at the start', ' ب', NEEDS_GAPS],
    ['a space at the end', 'ب ', NEEDS_GAPS],
    ['two blank lines', 'أ\n\n\nب', NEEDS_GAPS],
    ['a carriage return', 'أ\r\nب', NEEDS_GAPS],
    ['a no-break space', 'أ\u00a0ب', NEEDS_GAPS],
  ])('%s: %j needs %i', (_, text, needs) => {
    expect(passesNeeded(text, policy)).toBe(needs);
  });

  it('stops at the first unit that sets a bit of `enough`, with the bits found up to there', () => {
    const text = 'ب\ufefb  ا \u064eب';
    expect(passesNeeded(text, policy)).toBe(NEEDS_FORMS | NEEDS_MARKS | NEEDS_GAPS);
    expect(passesNeeded(text, policy, NEEDS_FORMS)).toBe(NEEDS_FORMS);
    expect(passesNeeded('ب  ا\ufefb', policy, NEEDS_FORMS)).toBe(NEEDS_FORMS | NEEDS_GAPS);
  });

  it('keeps ZWNJ and tatweel out when their options keep them', () => {
    const keep: PreScanPolicy = {
      zwnj: 'keep',
      removeTatweel: false,
      stripDiacritics: false,
      stripShadda: false,
      collapse: true,
    };
    expect(passesNeeded('می\u200cروم كـتب', keep)).toBe(0);
  });

  it('without collapsing, needs the gap pass only for a line break other than LINE FEED', () => {
    const p: PreScanPolicy = {
      zwnj: 'remove',
      removeTatweel: true,
      stripDiacritics: false,
      stripShadda: false,
      collapse: false,
    };
    expect(passesNeeded('  أ\n\n\n\tب ', p)).toBe(0);
    expect(passesNeeded('أ\u2028ب', p)).toBe(NEEDS_GAPS);
  });
});
