import { describe, expect, it } from 'vitest';
import { cleanUnicode, mapFarsiLetters } from '../../src/index.js';
import { document } from '../support/fixtures.js';

/**
 * Document 001 is a PDF extraction through a Persian font: FARSI YEH and HEH DOACHASHMEE
 * everywhere (never word-final), and four places where a haraka came loose from its letter.
 */
const raw = document('001');
const both = (text: string) => mapFarsiLetters(cleanUnicode(text));
const out = both(raw);

const FARSI = /[\u06cc\u06be\u06a9\u06c1\u06d5\u06d2\u06c3\u06c0]/g;

describe('document 001 through stages 1 and 2', () => {
  it('holds FARSI YEH and HEH DOACHASHMEE before, and no Farsi letter after', () => {
    expect(raw.match(/\u06cc/g)).toHaveLength(106);
    expect(raw.match(/\u06be/g)).toHaveLength(52);
    expect(out.match(FARSI)).toBeNull();
  });

  it.each([
    ['tanween back on the end of its word, twice', 'جھدا ً جماعیا ًمن', 'جهداً جماعياً من'],
    ['tanween on teh marbuta', 'أیدیولوجیة ً داعش', 'أيديولوجيةً داعش'],
    ['a shadda that split أنّ in two', 'كما أ ّن إعادة', 'كما أنّ إعادة'],
    ['a damma written before its letter', 'أن ُتساعد', 'أن تُساعد'],
  ])('puts every detached mark back: %s', (_, before, after) => {
    expect(raw).toContain(before);
    expect(out).toContain(after);
  });

  it('leaves no haraka after a space', () => {
    expect(out).not.toMatch(/ [\u064b-\u0652]/);
  });

  it('changes nothing else: undoing the letter map and the four repairs gives back the input', () => {
    // Every output character is the input's, or the Arabic letter for the Farsi one.
    const repairs: [string, string][] = [
      ['جهداً جماعياً من', 'جهدا ً جماعيا ًمن'],
      ['أيديولوجيةً داعش', 'أيديولوجية ً داعش'],
      ['أنّ إعادة', 'أ ّن إعادة'],
      ['أن تُساعد', 'أن ُتساعد'],
    ];
    let undone = out;
    for (const [fixed, broken] of repairs) undone = undone.replace(fixed, broken);
    const farsiAsArabic = raw.replace(/\u06cc/g, '\u064a').replace(/\u06be/g, '\u0647');
    expect(undone).toBe(farsiAsArabic);
  });

  it('keeps the diacritics that were already in place', () => {
    for (const word of ['استُشهد', 'نُصلي', 'قدّم', 'يُمكن', 'قائلاً', 'وسنّركز']) {
      expect(out).toContain(word);
    }
  });
});
