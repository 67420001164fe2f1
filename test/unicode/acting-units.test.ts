import { describe, expect, it } from 'vitest';
import { actingUnits } from '../../src/unicode/acting-units.js';
import { KINDS as GAP_KINDS } from '../../src/unicode/collapse-gaps.js';
import { KINDS as FORM_KINDS } from '../../src/unicode/expand-forms.js';
import { FLAGS as MARK_FLAGS, SLOW } from '../../src/unicode/marks/mark-flags.js';

describe('the code units some pass of stage 1 acts on', () => {
  it('are exactly those with a forms or gaps kind, or flagged SLOW by the marks pass', () => {
    const expected: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (FORM_KINDS[unit] !== 0 || GAP_KINDS[unit] !== 0 || (MARK_FLAGS[unit]! & SLOW) !== 0) {
        expected.push(unit);
      }
    }
    const listed = [...new Set(actingUnits())].sort((a, b) => a - b);
    expect(listed).toEqual(expected);
  });
});
