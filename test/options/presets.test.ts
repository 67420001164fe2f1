import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, presets } from '../../src/options/presets.js';

// The engine's own answer to "do these objects share a hidden class?" (V8's `%HaveSameMap`), which
// a function compiled after the flag is set may ask.
setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
  a: object,
  b: object,
) => boolean;

describe('the presets', () => {
  it('share one hidden class, so that code optimised on one preset keeps working on another', () => {
    for (const name of PRESET_NAMES) {
      expect(haveSameMap(presets.standard, presets[name]), name).toBe(true);
    }
  });

  it('are frozen, each with every option in the same order', () => {
    for (const name of PRESET_NAMES) {
      expect(Object.isFrozen(presets[name]), name).toBe(true);
      expect(Object.keys(presets[name]), name).toEqual(Object.keys(presets.standard));
    }
  });
});
