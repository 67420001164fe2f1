import { describe, expect, it } from 'vitest';
import { formLetterTables } from '../../src/letters/map-farsi-letters.js';
import { normalize } from '../../src/normalize.js';
import { presentationForms } from '../../src/unicode/presentation-forms.generated.js';

/** The tables as they were built at import before they were filled at the first word looked up. */
function eagerTables() {
  const letters: string[] = [];
  const index = new Uint16Array(0x10000);
  for (const [form, formLetters] of presentationForms()) {
    letters.push(formLetters);
    index[form] = letters.length;
  }
  return { index, letters };
}

describe('the final-yeh look-up spells presentation forms from tables filled at its first word', () => {
  it('are, once filled, the tables built at import, entry for entry', () => {
    // A word-final FARSI YEH (U+06CC) is looked up: the first look-up of the process fills them.
    expect(normalize('\u0639\u0644\u06cc')).toBe('\u0639\u0644\u0649');
    const filled = formLetterTables();
    const eager = eagerTables();
    expect(filled.index.length).toBe(0x10000);
    expect(Buffer.from(filled.index.buffer, filled.index.byteOffset, 0x20000)).toEqual(
      Buffer.from(eager.index.buffer),
    );
    expect(filled.letters).toEqual(eager.letters);
  });
});
