import { describe, expectTypeOf, it } from 'vitest';
import {
  createNormalizer,
  type NormalizeOptions,
  normalize,
  presets,
  type Sentence,
  splitSentences,
} from '../src/index.js';

describe('public types', () => {
  it('normalize takes a string and typed options and returns a string', () => {
    expectTypeOf(normalize).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(normalize).parameter(1).toEqualTypeOf<NormalizeOptions | undefined>();
    expectTypeOf(normalize).returns.toEqualTypeOf<string>();
  });

  it('option values are string unions, so a typo is a compile error', () => {
    // @ts-expect-error 'roman' is not a digit system
    normalize('x', { digits: 'roman' });
    // @ts-expect-error unknown preset
    normalize('x', { preset: 'fast' });
    expectTypeOf<NormalizeOptions['digits']>().toEqualTypeOf<
      'ascii' | 'arabic-indic' | 'persian' | 'keep' | undefined
    >();
  });

  it('createNormalizer returns a text-to-text function', () => {
    expectTypeOf(createNormalizer({ preset: 'search' })).toEqualTypeOf<(text: string) => string>();
  });

  it('splitSentences returns sentences with offsets', () => {
    expectTypeOf(splitSentences('x')).toEqualTypeOf<Sentence[]>();
    expectTypeOf<Sentence>().toEqualTypeOf<{ text: string; start: number; end: number }>();
  });

  it('presets can be spread into options', () => {
    expectTypeOf(presets.search).toExtend<NormalizeOptions>();
  });
});
