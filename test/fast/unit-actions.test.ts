import { describe, expect, it } from 'vitest';
import {
  COPY,
  expansionOf,
  FARSI,
  FLOW_AFTER,
  FLOW_DROP,
  FLOW_INVERTED,
  FLOW_LETTER,
  FLOW_MARK,
  FLOW_SPACE,
  FLOW_STOP,
  FLOW_WRITES,
  FORM,
  flowTable,
  HARAKA_MARK,
  INVISIBLE,
  KEEP_MARKS,
  MARK,
  SPACE,
  STRIP_MARKS,
  STRIP_MARKS_BUT_SHADDA,
  unitActions,
} from '../../src/fast/unit-actions.js';
import { farsiReplacement } from '../../src/letters/map-farsi-letters.js';
import { isAlefHamza, strippedBy } from '../../src/unicode/marks/vowels.js';
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

/** Every options triple a table of the copy loop is for: collapse, removeTatweel, marks. */
const flowOptions: [boolean, boolean, number][] = [];
for (const collapse of [false, true]) {
  for (const removeTatweel of [false, true]) {
    for (const marks of [KEEP_MARKS, STRIP_MARKS, STRIP_MARKS_BUT_SHADDA]) {
      flowOptions.push([collapse, removeTatweel, marks]);
    }
  }
}

/** The marks policy of a table's `marks`, as `strippedBy` reads it. */
const stripPolicy = (marks: number) => ({
  stripDiacritics: marks !== KEEP_MARKS,
  stripShadda: marks === STRIP_MARKS,
});

/** In how many of the copy loop's tables `mark` is removed. */
function tablesStripping(mark: number): number {
  let count = 0;
  for (const [collapse, removeTatweel, marks] of flowOptions) {
    if (flowTable(collapse, removeTatweel, marks)[mark]! & FLOW_DROP) count++;
  }
  return count;
}

/** Whether the copy loop goes on from a unit of `entry` to one of `nextEntry` (as `copyRun` tests). */
const goesOn = (entry: number, nextEntry: number) =>
  ((entry >> FLOW_AFTER) & (nextEntry ^ FLOW_INVERTED)) === 0;

/** The unit the copy loop writes for `unit` of `entry` (as `copyRun` stores it: 16 bits). */
const writtenAs = (unit: number, entry: number) => (unit ^ (entry >> FLOW_WRITES)) & 0xffff;

describe('the actions of the fused pass', () => {
  it('lay out every entry of the copy loop’s tables as the loop reads it, a small integer', () => {
    for (const [collapse, removeTatweel, marks] of flowOptions) {
      for (const writeFarsi of [false, true]) {
        const table = flowTable(collapse, removeTatweel, marks, writeFarsi);
        // Below 2 ** 30 (no bit above what may not follow it), and nothing between the unit
        // written and what may not follow: each is read by a shift alone. The units that break
        // either are collected and compared once (an assertion per unit timed out in CI).
        const misplaced: string[] = [];
        for (let unit = 0; unit < 0x10000; unit++) {
          const entry = table[unit]!;
          if (entry >>> 30 !== 0 || ((entry >> (FLOW_WRITES + 16)) & 0b11) !== 0) {
            misplaced.push(`U+${unit.toString(16)}`);
          }
        }
        expect(misplaced).toEqual([]);
      }
    }
  });

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

  it('let the copy loop write only COPY units, forms of one letter, spaces, controls, TATWEEL, marks and, in its Farsi tables, Farsi letters', () => {
    const actions = unitActions();
    for (const [collapse, removeTatweel, marks] of flowOptions) {
      for (const writeFarsi of [false, true]) {
        const table = flowTable(collapse, removeTatweel, marks, writeFarsi);
        // Each unit the loop writes, with what it writes and why, when that is not as it should be.
        const wrong: string[] = [];
        for (let unit = 0; unit < 0x10000; unit++) {
          const entry = table[unit]!;
          const action = actions[unit]!;
          const written = writtenAs(unit, entry);
          let right: boolean;
          if (entry & FLOW_STOP) right = true;
          else if (entry & FLOW_MARK) {
            // Written as it is, or removed where the option strips it.
            right =
              (action === HARAKA_MARK || action === MARK) &&
              !isAlefHamza(unit) &&
              written === unit &&
              (entry & FLOW_DROP) === (strippedBy(stripPolicy(marks), unit) ? FLOW_DROP : 0);
          } else if (entry & FLOW_DROP) {
            right = action === INVISIBLE || (unit === 0x0640 && removeTatweel);
          } else if (entry & FLOW_SPACE) {
            right = action === SPACE && written === (collapse ? 0x20 : unit);
          } else if (action === FORM) {
            right = String.fromCharCode(written) === expansionOf(unit);
          } else {
            const farsi = writeFarsi && action === FARSI && farsiReplacement(unit).length === 1;
            right =
              (action === COPY || farsi || (unit === 0x0640 && !removeTatweel)) && written === unit;
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
    const table = flowTable(true, true, KEEP_MARKS);
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

  it('let the copy loop write a Farsi letter only in its Farsi tables, and stop before a mark after it', () => {
    const KEHEH = 0x06a9;
    const FARSI_YEH = 0x06cc;
    const HEH_WITH_YEH_ABOVE = 0x06c0;
    for (const [collapse, removeTatweel, marks] of flowOptions) {
      const noting = flowTable(collapse, removeTatweel, marks, false);
      const writing = flowTable(collapse, removeTatweel, marks, true);
      for (const unit of [KEHEH, FARSI_YEH]) {
        expect(noting[unit]! & FLOW_STOP).toBe(FLOW_STOP);
        expect(writing[unit]! & FLOW_STOP).toBe(0);
        expect(writtenAs(unit, writing[unit]!)).toBe(unit);
        expect(goesOn(writing[0x0628]!, writing[unit]!)).toBe(true);
        expect(goesOn(writing[unit]!, writing[0x0628]!)).toBe(true);
        expect(goesOn(writing[unit]!, writing[0x064e]!)).toBe(false);
      }
      // HEH WITH YEH ABOVE becomes two letters: stage 2 must note it.
      expect(writing[HEH_WITH_YEH_ABOVE]! & FLOW_STOP).toBe(FLOW_STOP);
    }
  });

  it('let the copy loop pass a mark alone after a COPY unit, before a letter or a space, written or stripped', () => {
    const actions = unitActions();
    const marks: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if ((actions[unit] === HARAKA_MARK || actions[unit] === MARK) && !isAlefHamza(unit)) {
        marks.push(unit);
      }
    }
    const BEH = 0x0628;
    // Units a mark may not follow in the loop: a space, a removed control, a form, a TATWEEL.
    const notBases = [0x20, 0x00a0, 0x200b, 0xfe91, 0x0640];
    // Units the loop may not write after a mark: a line feed, another mark, a removed control, a
    // Farsi letter.
    const notAfter = [0x0a, 0x064e, 0x0651, 0x200b, 0x06cc];
    let stripped = 0;
    for (const [collapse, removeTatweel, mode] of flowOptions) {
      const table = flowTable(collapse, removeTatweel, mode);
      for (const mark of marks) {
        const entry = table[mark]!;
        expect(entry & FLOW_MARK, `U+${mark.toString(16)}`).toBe(FLOW_MARK);
        if (entry & FLOW_DROP) stripped++;
        // كَتَبَ الولد: from the letter to the mark, and from the mark to the next letter, its
        // form, a digit or a space (of any kind); not from the space to a mark.
        expect(goesOn(table[BEH]!, entry)).toBe(true);
        expect(goesOn(entry, table[BEH]!)).toBe(true);
        expect(goesOn(entry, table[0xfe91]!)).toBe(true);
        expect(goesOn(entry, table[0x35]!)).toBe(true);
        expect(goesOn(entry, table[0x20]!)).toBe(true);
        expect(goesOn(entry, table[0xa0]!)).toBe(true);
        // A TATWEEL after a mark: where tatweels go, the pass reads it.
        expect(goesOn(entry, table[0x0640]!)).toBe(!removeTatweel);
        for (const unit of notBases) {
          expect(goesOn(table[unit]!, entry), `U+${unit.toString(16)} U+${mark.toString(16)}`).toBe(
            false,
          );
        }
        for (const unit of notAfter) {
          expect(goesOn(entry, table[unit]!), `U+${mark.toString(16)} U+${unit.toString(16)}`).toBe(
            false,
          );
        }
      }
      // MADDA and HAMZA, which may compose with the letter before them, stop the loop.
      for (const mark of [0x0653, 0x0654, 0x0655]) expect(table[mark]! & FLOW_STOP).toBe(FLOW_STOP);
    }
    // FATHA and SHADDA go where they are stripped (SHADDA in one mode of the three), in the four
    // tables of each mode.
    expect(tablesStripping(0x064e)).toBe(8);
    expect(tablesStripping(0x0651)).toBe(4);
    expect(stripped).toBeGreaterThan(0);
  });
});
