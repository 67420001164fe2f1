import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { OPTION_EXAMPLES } from '../../src/options/examples.js';
import { presets } from '../../src/options/presets.js';
import { OPTION_NAMES, OPTION_SPECS } from '../../src/options/schema.js';

const cases = Object.entries(OPTION_EXAMPLES).flatMap(([name, examples]) =>
  (examples ?? []).map((example) => ({ name, ...example })),
);

describe('the documented option examples (src/options/examples.ts)', () => {
  it('cover every option: docs/reference/options.md shows each one at work', () => {
    const missing = OPTION_NAMES.filter((name) => !OPTION_EXAMPLES[name]?.length);
    expect(missing, 'add examples for these options to src/options/examples.ts').toEqual([]);
  });

  it.each(cases)('$name: normalize($input, $options) is what the docs say', (example) => {
    expect(normalize(example.input, example.options)).toBe(example.output);
  });

  it.each(OPTION_NAMES)('%s: some example changes when the option takes another value', (name) => {
    const shows = (OPTION_EXAMPLES[name] ?? []).some(({ input, options }) => {
      const current = options[name] ?? presets[options.preset ?? 'standard'][name];
      return OPTION_SPECS[name].values.some(
        (value) =>
          value !== current &&
          normalize(input, { ...options, [name]: value }) !== normalize(input, options),
      );
    });
    expect(shows).toBe(true);
  });
});
