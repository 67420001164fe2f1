import { describe, expect, it } from 'vitest';
import { NFC_SENSITIVE } from '../../src/unicode/canonical.js';
import { SPACES } from '../../src/unicode/character-sets.js';
import { expandForms } from '../../src/unicode/expand-forms.js';

const POLICY = {
  zwnj: 'keep',
  removeTatweel: false,
  stripDiacritics: false,
  stripShadda: false,
} as const;

describe('the code units NFC may change (NFC_SENSITIVE)', () => {
  it('include every BMP code unit that NFC changes on its own', () => {
    const missing: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const char = String.fromCharCode(unit);
      if (char.normalize('NFC') !== char && NFC_SENSITIVE[unit] !== 1) missing.push(unit);
    }
    expect(missing).toEqual([]);
  });

  it('so the first pass of stage 1 writes every space that NFC changes as its NFC form', () => {
    for (const [first, last] of SPACES) {
      for (let unit = first; unit <= last; unit++) {
        const space = String.fromCharCode(unit);
        expect(expandForms(space, POLICY)).toBe(space.normalize('NFC'));
      }
    }
    expect(expandForms('\u2000', POLICY)).toBe('\u2002');
  });
});
