import { describe, expectTypeOf, it } from 'vitest';
import {
  type Change,
  cleanUnicode,
  createNormalizer,
  explain,
  foldForSearch,
  mapFarsiLetters,
  type NormalizeOptions,
  normalize,
  normalizePunctuation,
  presets,
  type RuleId,
  type Sentence,
  splitSentences,
} from '../src/index.js';

describe('public types', () => {
  it('explain returns changes whose rule is one of the known rule ids', () => {
    expectTypeOf(explain).returns.toEqualTypeOf<Change[]>();
    expectTypeOf<Change['rule']>().toEqualTypeOf<RuleId>();
    expectTypeOf<'farsi-yeh'>().toExtend<RuleId>();
    // @ts-expect-error not a rule id
    const unknown: RuleId = 'farsi-yeah';
    expectTypeOf(unknown).toEqualTypeOf<RuleId>();
  });

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

  it('every stage alone accepts a preset name', () => {
    expectTypeOf(cleanUnicode)
      .parameter(1)
      .toExtend<{ preset?: 'standard' | 'search' | 'minimal' } | undefined>();
    cleanUnicode('x', { preset: 'minimal' });
    mapFarsiLetters('x', { preset: 'minimal' });
    normalizePunctuation('x', { preset: 'search' });
    foldForSearch('x', { preset: 'standard' });
  });

  it('presets can be spread into options', () => {
    expectTypeOf(presets.search).toExtend<NormalizeOptions>();
  });
});
