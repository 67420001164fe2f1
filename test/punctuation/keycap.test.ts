import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { normalizePunctuation } from '../../src/punctuation/index.js';
import { codePoints } from '../support/code-points.js';

const VS16 = '\ufe0f';
const KEYCAP = '\u20e3';

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

describe('a keycap emoji keeps its digit whatever the digits option says', () => {
  it.each(['ascii', 'arabic-indic', 'persian', 'keep'] as const)('digits: %s', (digits) => {
    const input = `الخطوة 1${VS16}${KEYCAP} ثم 2${KEYCAP}`;
    expectSame(normalizePunctuation(input, { digits }), input);
    expectSame(normalize(input, { digits }), input);
  });

  it('a number beside it is still rewritten', () => {
    expect(normalize(`رقم 12 و 3${VS16}${KEYCAP}.`, { digits: 'arabic-indic' })).toBe(
      `رقم ١٢ و 3${VS16}${KEYCAP}.`,
    );
  });

  it('a digit followed by a variation selector alone is a digit like any other', () => {
    expect(normalize(`رقم 5${VS16}`, { digits: 'arabic-indic' })).toBe(`رقم ٥${VS16}`);
  });
});
