import { describe, expect, it } from 'vitest';
import {
  COPY,
  expansionOf,
  FLOW_DROP,
  FLOW_LETTER,
  FLOW_SPACE,
  FLOW_STOP,
  FLOW_WRITES,
  FORM,
  flowTable,
  HARAKA_MARK,
  INVISIBLE,
  MARK,
  SPACE,
  unitActions,
} from '../../src/fast/unit-actions.js';
import { isAlefHamza } from '../../src/unicode/marks/vowels.js';
import { tatweelKeptFrom } from '../../src/unicode/tatweel.js';

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

  it('let the copy loop write only COPY units, forms of one letter, spaces, controls and TATWEEL', () => {
    const actions = unitActions();
    for (const collapse of [false, true]) {
      for (const removeTatweel of [false, true]) {
        const table = flowTable(collapse, removeTatweel);
        // Each unit the loop writes, with what it writes and why, when that is not as it should be.
        const wrong: string[] = [];
        for (let unit = 0; unit < 0x10000; unit++) {
          const entry = table[unit]!;
          const action = actions[unit]!;
          const written = unit ^ (entry >> FLOW_WRITES);
          let right: boolean;
          if (entry & FLOW_STOP) right = true;
          else if (entry & FLOW_DROP) {
            right = action === INVISIBLE || (unit === 0x0640 && removeTatweel);
          } else if (entry & FLOW_SPACE) {
            right = action === SPACE && written === (collapse ? 0x20 : unit);
          } else if (action === FORM) {
            right = String.fromCharCode(written) === expansionOf(unit);
          } else {
            right = (action === COPY || (unit === 0x0640 && !removeTatweel)) && written === unit;
          }
          if (!right) wrong.push(`U+${unit.toString(16)} ${action} ${entry}`);
        }
        expect(wrong).toEqual([]);
        expect(table[0x200d]! & FLOW_STOP, 'ZWJ').toBe(FLOW_STOP);
        expect(table[0x200c]! & FLOW_STOP, 'ZWNJ').toBe(FLOW_STOP);
      }
    }
  });

  it('mark as letters for the copy loop only units before which the tatweel rule removes a TATWEEL', () => {
    const table = flowTable(true, true);
    const policy = { zwnj: 'remove', stripDiacritics: false, stripShadda: false } as const;
    let letters = 0;
    for (let unit = 0; unit < 0x10000; unit++) {
      if ((table[unit]! & FLOW_LETTER) === 0) continue;
      letters++;
      // After a letter, before a space, and alone: the rule reads the unit after the TATWEEL.
      for (const text of [
        `\u0628\u0640${String.fromCharCode(unit)}`,
        `\u0640${String.fromCharCode(unit)} `,
      ]) {
        const at = text.indexOf('\u0640');
        expect(tatweelKeptFrom(text, at, at + 1, policy), `U+${unit.toString(16)}`).toBe(at + 1);
      }
    }
    // The Arabic letters and their presentation forms, at least.
    expect(letters).toBeGreaterThan(200);
  });
});
