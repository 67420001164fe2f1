import { describe, expect, it } from 'vitest';
import { ARABIC_LETTERS } from '../../src/chars/sets.js';
import type { RuleNumber } from '../../src/core/rules.js';
import { FARSI_TO_ARABIC, FARSI_YEH } from '../../src/letters/farsi-letter-table.js';
import { mapFarsiLetters, replacementTables } from '../../src/letters/map-farsi-letters.js';
import { presentationForms } from '../../src/unicode/presentation-forms.generated.js';

const ZWNJ = 0x200c;
const ZWNJ_HIT = 0xffff;

/** Stage 2's tables as they were built at import, before they were filled at first use. */
function eagerTables() {
  const index = new Uint16Array(0x10000);
  const replacements: string[] = [];
  const rules: RuleNumber[] = [];
  const isFarsiYeh = new Uint8Array(0x10000);
  const isLetter = new Uint8Array(0x10000);
  const toArabic = new Map(FARSI_TO_ARABIC.map(([from, to, rule]) => [from, { to, rule }]));
  for (const [from, to, rule] of FARSI_TO_ARABIC) {
    replacements.push(to);
    rules.push(rule);
    index[from] = replacements.length;
  }
  for (const [form, letters] of presentationForms()) {
    const mapped = letters.length === 1 ? toArabic.get(letters.charCodeAt(0)) : undefined;
    if (mapped !== undefined) {
      replacements.push(mapped.to);
      rules.push(mapped.rule);
      index[form] = replacements.length;
      if (letters.charCodeAt(0) === FARSI_YEH) isFarsiYeh[form] = 1;
    }
  }
  isFarsiYeh[FARSI_YEH] = 1;
  for (const [first, last] of ARABIC_LETTERS) isLetter.fill(1, first, last + 1);
  const indexWithZwnj = new Uint16Array(0x10000);
  for (const [from] of FARSI_TO_ARABIC) indexWithZwnj[from] = index[from]!;
  for (const [form] of presentationForms()) indexWithZwnj[form] = index[form]!;
  indexWithZwnj[ZWNJ] = ZWNJ_HIT;
  return { index, replacements, rules, isFarsiYeh, isLetter, indexWithZwnj };
}

const bytesOf = (table: Uint8Array | Uint16Array) =>
  Buffer.from(table.buffer, table.byteOffset, table.byteLength);

describe("stage 2's letter tables, filled at its first use", () => {
  it('are, once filled, the tables built at import, entry for entry', () => {
    // KEHEH (U+06A9) written as KAF: the first use of stage 2 fills them.
    expect(mapFarsiLetters('\u06a9\u062a\u0627\u0628')).toBe('\u0643\u062a\u0627\u0628');
    const filled = replacementTables();
    const eager = eagerTables();
    for (const name of ['index', 'isFarsiYeh', 'isLetter', 'indexWithZwnj'] as const) {
      expect(filled[name].length, name).toBe(0x10000);
      expect(bytesOf(filled[name]), name).toEqual(bytesOf(eager[name]));
    }
    expect(filled.replacements).toEqual(eager.replacements);
    expect(filled.rules).toEqual(eager.rules);
  });
});

/** Whether `search` (a global expression for one code unit) stops at `unit`. */
function stopsAt(search: RegExp, unit: number): boolean {
  search.lastIndex = 0;
  return search.test(String.fromCharCode(unit));
}

describe("stage 2's native searches", () => {
  it('stop at the units its tables mark (ZWNJ too for the one of `auto`), and nowhere else', () => {
    mapFarsiLetters('\u06a9');
    const { index, indexWithZwnj, searches } = replacementTables();
    const [hits, hitsOrZwnj] = searches;
    for (let unit = 0; unit < 0x10000; unit++) {
      expect(stopsAt(hits!, unit), `${unit}`).toBe(index[unit] !== 0);
      expect(stopsAt(hitsOrZwnj!, unit), `${unit}`).toBe(indexWithZwnj[unit] !== 0);
    }
  });
});
