import { describe, expect, it } from 'vitest';
import {
  cleanUnicode,
  createNormalizer,
  foldForSearch,
  mapFarsiLetters,
  normalize,
  normalizePunctuation,
  presets,
  splitSentences,
} from '../../src/index.js';

describe('arguments', () => {
  it.each([
    ['normalize', () => normalize(42 as unknown as string)],
    ['cleanUnicode', () => cleanUnicode(null as unknown as string)],
    ['mapFarsiLetters', () => mapFarsiLetters(undefined as unknown as string)],
    ['normalizePunctuation', () => normalizePunctuation({} as unknown as string)],
    ['foldForSearch', () => foldForSearch(['x'] as unknown as string)],
    ['splitSentences', () => splitSentences(Symbol() as unknown as string)],
    ['normalizer', () => createNormalizer()(1 as unknown as string)],
  ])('%s throws a TypeError naming the "text" argument when it is not a string', (_, call) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/argument "text" must be a string/);
  });

  it('a non-object options argument is a TypeError naming "options"', () => {
    expect(() => normalize('x', 'search' as never)).toThrow(TypeError);
    expect(() => normalize('x', 'search' as never)).toThrow(/argument "options"/);
    expect(() => splitSentences('x', [] as never)).toThrow(/argument "options"/);
  });
});

describe('options', () => {
  it('an unknown preset name is a RangeError listing the presets', () => {
    expect(() => normalize('x', { preset: 'fast' as never })).toThrow(RangeError);
    expect(() => normalize('x', { preset: 'fast' as never })).toThrow(
      /option "preset" must be one of "standard", "search", "minimal", got "fast"/,
    );
  });

  it('an unknown option name is a TypeError listing the known options', () => {
    expect(() => normalize('x', { digit: 'ascii' } as never)).toThrow(TypeError);
    expect(() => normalize('x', { digit: 'ascii' } as never)).toThrow(
      /unknown option "digit"; known options are .*"digits"/,
    );
    expect(() => splitSentences('x', { abbrevs: [] } as never)).toThrow(/unknown option "abbrevs"/);
  });

  it('a stage alone rejects the options of other stages', () => {
    expect(() => cleanUnicode('x', { digits: 'ascii' } as never)).toThrow(
      /cleanUnicode: unknown option "digits"/,
    );
    expect(() => normalizePunctuation('x', { tatweel: 'keep' } as never)).toThrow(
      /unknown option "tatweel"/,
    );
  });

  it('a value outside the allowed set is a RangeError listing the allowed values', () => {
    expect(() => normalize('x', { digits: 'roman' as never })).toThrow(RangeError);
    expect(() => normalize('x', { digits: 'roman' as never })).toThrow(
      /option "digits" must be one of "ascii", "arabic-indic", "persian", "keep", got "roman"/,
    );
  });

  it('a value of the wrong type is a TypeError', () => {
    expect(() => normalize('x', { repairDiacritics: 'yes' as never })).toThrow(TypeError);
    expect(() => normalize('x', { digits: 1 as never })).toThrow(
      /option "digits" must be one of .* got number/,
    );
  });

  it('createNormalizer checks its options once, when it is created', () => {
    expect(() => createNormalizer({ quotes: 'smart' as never })).toThrow(
      /createNormalizer: option "quotes"/,
    );
  });

  it('options given as undefined fall back to the preset', () => {
    expect(normalize('٣', { digits: undefined })).toBe('3');
  });

  it('user options override the preset they are given with', () => {
    expect(normalize('٣ ۴', { preset: 'minimal' })).toBe('٣ ۴');
    expect(normalize('٣ ۴', { preset: 'minimal', digits: 'ascii' })).toBe('3 4');
  });

  it('every preset names a value for every option, and only allowed values', () => {
    const names = Object.keys(presets.standard).sort();
    for (const preset of Object.values(presets)) {
      expect(Object.keys(preset).sort()).toEqual(names);
      expect(() => normalize('x', preset)).not.toThrow();
    }
  });
});
