import { describe, expect, it } from 'vitest';
import { HARAKA_MARK, MARK, unitActions } from '../../src/fast/unit-actions.js';
import { isAlefHamza } from '../../src/unicode/marks/vowels.js';

/** Every BMP code point that has a canonical decomposition, with its NFD. */
function decompositions(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const nfd = String.fromCharCode(cp).normalize('NFD');
    if (nfd.length > 1 || nfd.charCodeAt(0) !== cp) out.push(nfd);
  }
  return out;
}

describe('the actions of the fused pass', () => {
  it('leave inside words only marks that NFC never decomposes, and that compose only if MADDA or HAMZA', () => {
    const actions = unitActions();
    const marks: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (actions[unit] === HARAKA_MARK || actions[unit] === MARK) marks.push(unit);
    }
    // Superscript alef, a Quranic pause sign and a small high letter are among them.
    expect(marks).toEqual(expect.arrayContaining([0x0670, 0x06d6, 0x06e1, 0x064e]));
    const seconds = new Set<number>();
    for (const nfd of decompositions()) {
      for (let k = 1; k < nfd.length; k++) seconds.add(nfd.charCodeAt(k));
    }
    for (const unit of marks) {
      const mark = String.fromCharCode(unit);
      expect(mark.normalize('NFD'), `U+${unit.toString(16)}`).toBe(mark);
      expect(seconds.has(unit) && !isAlefHamza(unit), `U+${unit.toString(16)} composes`).toBe(
        false,
      );
    }
  });
});
