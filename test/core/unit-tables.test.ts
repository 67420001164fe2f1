import { describe, expect, it } from 'vitest';
import { unitBytes, unitWords } from '../../src/core/unit-tables.js';

describe('tables of one entry per code unit, cut from shared buffers', () => {
  it('are zero-filled and hold 65,536 entries, like a table of its own', () => {
    for (const table of [unitBytes(), unitWords()]) {
      expect(table.length).toBe(0x10000);
      expect(table.every((entry) => entry === 0)).toBe(true);
    }
  });

  it('never share an entry: writing every entry of one leaves every other table zero', () => {
    // Enough tables to fill more than one shared buffer, bytes and words mixed.
    const tables = Array.from({ length: 40 }, (_, k) => (k % 3 === 0 ? unitWords() : unitBytes()));
    for (let k = 0; k < tables.length; k++) {
      tables[k]!.fill(k % 3 === 0 ? 0xffff : 0xff);
      for (let other = k + 1; other < tables.length; other++) {
        expect(tables[other]!.every((entry) => entry === 0)).toBe(true);
      }
      tables[k]!.fill(k + 1);
    }
    tables.forEach((table, k) => {
      expect(table.every((entry) => entry === k + 1)).toBe(true);
    });
  });
});
