import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PieceOutput } from '../../src/stream/piece-output.js';
import { withoutBuffer } from '../support/native-copy.js';

/** The text a PieceOutput for `inputLength` units gives for `pieces`. */
function joined(pieces: readonly string[], inputLength: number, maxArrayLength?: number): string {
  const output = new PieceOutput(inputLength, maxArrayLength);
  for (const piece of pieces) output.add(piece);
  return output.text();
}

/** Pieces of any code units, lone surrogates and empty pieces among them. */
const pieces = fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 40 });

describe('PieceOutput (the output of normalize on a very long text, piece by piece)', () => {
  it('gives the pieces joined in order, every code unit as it was (lone surrogates too)', () => {
    fc.assert(
      fc.property(pieces, fc.nat(2_000), (parts, inputLength) => {
        expect(joined(parts, inputLength)).toBe(parts.join(''));
      }),
    );
  });

  it('grows past the length of its input when the pieces are longer (a ligature writes 18 letters)', () => {
    const ligatures = Array.from({ length: 200 }, (_, k) => `${k} \uFDFA صلى الله عليه وسلم `);
    expect(joined(ligatures, 10)).toBe(ligatures.join(''));
  });

  it('goes on with strings past the longest output it copies, and gives the same text', () => {
    fc.assert(
      fc.property(pieces, fc.integer({ min: 1, max: 500 }), (parts, maxArrayLength) => {
        expect(joined(parts, 100, maxArrayLength)).toBe(parts.join(''));
      }),
    );
  });

  it('gives each output its own pieces when one starts before the last is read (a run inside a run)', () => {
    const outer = new PieceOutput(5_000);
    outer.add('قال الوزير ');
    const inner = new PieceOutput(5_000);
    inner.add('نص آخر');
    outer.add('إن العمل مستمر');
    expect(inner.text()).toBe('نص آخر');
    expect(outer.text()).toBe('قال الوزير إن العمل مستمر');
  });

  it('leaves nothing of a longer output in the next, shorter one (its array is used again)', () => {
    expect(joined(['ب'.repeat(3_000), 'ت'.repeat(3_000)], 6_000)).toBe(
      'ب'.repeat(3_000) + 'ت'.repeat(3_000),
    );
    expect(joined(['كتاب'], 6_000)).toBe('كتاب');
    expect(joined([], 6_000)).toBe('');
  });

  it('keeps the pieces copied so far when Buffer goes away before the array must grow', () => {
    const output = new PieceOutput(10);
    output.add('قال ');
    // Longer than any array an output before this one kept for the next.
    const long = 'الوزير '.repeat(5_000);
    withoutBuffer(() => output.add(long));
    output.add('.');
    expect(output.text()).toBe(`قال ${long}.`);
  });

  it('joins the pieces as strings where the runtime has no Buffer', () => {
    const parts = ['عام ', '٢٠١٩', '\uD800', ' م'];
    expect(withoutBuffer(() => joined(parts, 10))).toBe('عام ٢٠١٩\uD800 م');
    expect(withoutBuffer(() => joined(parts, 10, 3))).toBe('عام ٢٠١٩\uD800 م');
  });
});
