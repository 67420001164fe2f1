import { describe, expect, it } from 'vitest';
import { ARABIC, charClasses } from '../../src/punctuation/char-class.js';
import { startsToken } from '../../src/punctuation/protected-spans.js';
import { SPAN_START } from '../../src/punctuation/scan/protected-span.js';

describe('where stage 3 tries its protected-span detectors', () => {
  it('SPAN_START is 1 exactly at a token start, an Arabic-class unit and & / . ~ ( !', () => {
    const classes = charClasses();
    const expected = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      if (
        startsToken(code) ||
        classes[code] === ARABIC ||
        '&/.~(!'.includes(String.fromCharCode(code))
      )
        expected[code] = 1;
    }
    const differing = [];
    for (let code = 0; code < 0x10000; code++) {
      if (SPAN_START[code] !== expected[code]) differing.push(code);
    }
    expect(differing).toEqual([]);
    expect(SPAN_START.length).toBe(0x10000);
  });
});
