import { describe, expect, it } from 'vitest';
import {
  cleanUnicode,
  createNormalizer,
  foldForSearch,
  mapFarsiLetters,
  normalize,
  normalizePunctuation,
  presets,
} from '../../src/index.js';
import { resolveOptions } from '../../src/options/resolve.js';

// What a caller reads when an argument is wrong: the error type, the argument or option it names,
// and what it got. Complements resolve.test.ts.
describe('a text that is not a string', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'number'],
    [{}, 'object'],
    [['x'], 'object'],
  ])('%j is reported as "got %s"', (text, got) => {
    expect(() => normalize(text as never)).toThrow(
      new RegExp(`^normalize: argument "text" must be a string, got ${got}$`),
    );
  });
});

describe('the options argument', () => {
  it.each([
    ['null', null],
    ['a string', 'search'],
    ['a number', 1],
    ['an array', []],
  ])('is a TypeError when it is %s', (_, options) => {
    expect(() => normalize('x', options as never)).toThrow(TypeError);
    expect(() => normalize('x', options as never)).toThrow(
      /^normalize: argument "options" must be an object or undefined$/,
    );
  });

  it('may be an empty object, which means the standard preset', () => {
    expect(resolveOptions({}, 'test')).toEqual(presets.standard);
    expect(normalize('۳ ى', {})).toBe(normalize('۳ ى'));
  });
});

describe('option "preset"', () => {
  it('given as undefined means the standard preset', () => {
    expect(resolveOptions({ preset: undefined }, 'test')).toEqual(presets.standard);
  });

  it.each([
    ['search', presets.search],
    ['minimal', presets.minimal],
  ] as const)('"%s" selects that preset', (preset, expected) => {
    expect(resolveOptions({ preset }, 'test')).toEqual(expected);
  });

  it.each([
    ['a number', 3, 'got 3'],
    ['a boolean', true, 'got true'],
    ['null', null, 'got null'],
  ])('of the wrong type (%s) is a TypeError listing the presets', (_, preset, got) => {
    const call = () => normalize('x', { preset } as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(
      new RegExp(`option "preset" must be one of "standard", "search", "minimal", ${got}$`),
    );
  });

  it('is not taken from an inherited property', () => {
    const options = Object.create({ preset: 'search' }) as object;
    expect(resolveOptions(options, 'test')).toEqual(presets.standard);
  });
});

describe('option names', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__defineGetter__'])(
    'the name of an Object.prototype member, "%s", is an unknown option',
    (name) => {
      const options = JSON.parse(`{"${name}": "keep"}`) as object;
      expect(() => normalize('x', options)).toThrow(TypeError);
      expect(() => normalize('x', options)).toThrow(new RegExp(`unknown option "${name}"`));
    },
  );

  it('the error of a stage lists only that stage\u2019s options, after "preset"', () => {
    expect(() => foldForSearch('x', { digits: 'ascii' } as never)).toThrow(
      /^foldForSearch: unknown option "digits"; known options are "preset", "foldAlef", "foldAlefMaksura", "foldTehMarbuta", "foldHamza", "foldQuranicMarks"$/,
    );
    expect(() => mapFarsiLetters('x', { foldAlef: true } as never)).toThrow(
      /known options are "preset", "farsiLetters", "elongation"$/,
    );
  });

  it('each stage accepts its own options', () => {
    expect(cleanUnicode('a\u0640b', { tatweel: 'keep' })).toBe('a\u0640b');
    expect(mapFarsiLetters('ک', { farsiLetters: 'keep' })).toBe('ک');
    expect(normalizePunctuation('۳', { digits: 'keep' })).toBe('۳');
    expect(foldForSearch('ة', { foldTehMarbuta: false })).toBe('ة');
  });
});

describe('option values', () => {
  it.each([
    ['a boolean for a string option', { digits: true }, TypeError, 'got true'],
    ['a string for a boolean option', { repairDiacritics: 'true' }, TypeError, 'got "true"'],
    ['null', { quotes: null }, TypeError, 'got object'],
    ['an object', { quotes: {} }, TypeError, 'got object'],
    ['a string outside the allowed ones', { zwnj: 'drop' }, RangeError, 'got "drop"'],
  ])('%s is reported with what it got', (_, options, type, got) => {
    const call = () => normalize('x', options as never);
    expect(call).toThrow(type);
    expect(call).toThrow(new RegExp(`${got}$`));
  });

  it('a boolean option lists true and false as its values', () => {
    expect(() => normalize('x', { foldHamza: 1 } as never)).toThrow(
      /option "foldHamza" must be one of true, false, got number$/,
    );
  });

  it('an option set to the value its preset already has changes nothing', () => {
    expect(resolveOptions({ preset: 'search', foldAlef: true }, 'test')).toEqual(presets.search);
  });

  it('an override does not change the preset object itself', () => {
    const resolved = resolveOptions({ digits: 'keep' }, 'test');
    expect(resolved.digits).toBe('keep');
    expect(resolved.farsiLetters).toBe(presets.standard.farsiLetters);
    expect(presets.standard.digits).toBe('ascii');
  });

  it('several overrides all apply', () => {
    const resolved = resolveOptions({ preset: 'minimal', digits: 'ascii', quotes: 'keep' }, 't');
    expect(resolved).toEqual({ ...presets.minimal, digits: 'ascii', quotes: 'keep' });
  });
});

describe('the function an error comes from', () => {
  it.each([
    ['normalize', () => normalize(1 as never)],
    ['normalize', () => normalize('x', { x: 1 } as never)],
    ['cleanUnicode', () => cleanUnicode(1 as never)],
    ['cleanUnicode', () => cleanUnicode('x', { x: 1 } as never)],
    ['mapFarsiLetters', () => mapFarsiLetters(1 as never)],
    ['mapFarsiLetters', () => mapFarsiLetters('x', { x: 1 } as never)],
    ['normalizePunctuation', () => normalizePunctuation(1 as never)],
    ['normalizePunctuation', () => normalizePunctuation('x', { x: 1 } as never)],
    ['foldForSearch', () => foldForSearch(1 as never)],
    ['foldForSearch', () => foldForSearch('x', { x: 1 } as never)],
    ['createNormalizer', () => createNormalizer({ x: 1 } as never)],
    ['normalizer', () => createNormalizer()(1 as never)],
  ])('is named at the start of the message: %s', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
