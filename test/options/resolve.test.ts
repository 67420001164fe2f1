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
import { resolveOptions } from '../../src/options/resolve.js';
import { OPTION_SPECS } from '../../src/options/schema.js';
import type { PresetName, ResolvedOptions } from '../../src/options/types.js';

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

  it("an override is its preset with that option changed, its options in the preset's order", () => {
    for (const preset of Object.keys(presets) as PresetName[]) {
      for (const [key, spec] of Object.entries(OPTION_SPECS)) {
        for (const value of spec.values) {
          const resolved = resolveOptions({ preset, [key]: value }, 'normalize');
          const expected = { ...presets[preset], [key]: value };
          expect(resolved).toEqual(expected);
          expect(Object.keys(resolved)).toEqual(Object.keys(presets[preset]));
        }
      }
    }
  });

  it('an override made by one call is its own: changing it changes no later call', () => {
    for (const preset of Object.keys(presets) as PresetName[]) {
      const first = resolveOptions({ preset, zwnj: 'space' }, 'normalize') as ResolvedOptions;
      (first as { digits: string }).digits = 'persian';
      (first as { quotes: string }).quotes = 'guillemets';
      const second = resolveOptions({ preset, dashes: 'hyphen' }, 'normalize');
      expect(second).toEqual({ ...presets[preset], dashes: 'hyphen' });
      expect(second).not.toBe(first);
    }
  });
});
