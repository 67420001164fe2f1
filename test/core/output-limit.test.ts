import { afterEach, describe, expect, it } from 'vitest';
import { asOutputTooLong, isStringLengthError, outputLimit } from '../../src/core/output-limit.js';
import { createNormalizer, explain, normalize, normalizeWithOffsets } from '../../src/index.js';

/** U+FDFA (ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM) expands to 18 letters and spaces. */
const SALLALLAHOU = '\ufdfa';

describe('an output longer than a JavaScript string can be', () => {
  const engineLimit = outputLimit.maxLength;
  afterEach(() => {
    outputLimit.maxLength = engineLimit;
  });

  it('throws a RangeError that names the limit and suggests the stream API', () => {
    // A small limit stands for the engine's (2^29 - 24 code units in V8): same path, no gigabytes.
    outputLimit.maxLength = 100;
    const input = SALLALLAHOU.repeat(10); // 10 code units in, 180 out
    for (const run of [
      () => normalize(input),
      () => createNormalizer()(input),
      () => normalizeWithOffsets(input),
      () => explain(input),
    ]) {
      expect(run).toThrow(RangeError);
      expect(run).toThrow(/exceed the maximum string length.*createNormalizeStream/);
    }
  });

  it('does not throw for an output within the limit', () => {
    outputLimit.maxLength = 1000;
    expect(normalize(SALLALLAHOU.repeat(10)).length).toBeLessThanOrEqual(1000);
  });

  it("recognises the engine's own error for a string too long", () => {
    let error: unknown;
    try {
      'x'.repeat(2 ** 30); // the engine refuses before allocating anything
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect(isStringLengthError(error)).toBe(true);
    expect(isStringLengthError(new RangeError('normalize: option "digits" must be one of'))).toBe(
      false,
    );
  });

  it("throws the library's error for the engine's, with it as the cause, and any other error as it is", () => {
    let engines: unknown;
    try {
      'x'.repeat(2 ** 30);
    } catch (caught) {
      engines = caught;
    }
    const mapped = asOutputTooLong(engines);
    expect(mapped).toBeInstanceOf(RangeError);
    expect((mapped as RangeError).message).toMatch(/maximum string length.*createNormalizeStream/);
    expect((mapped as RangeError).cause).toBe(engines);
    const other = new TypeError('not a string');
    expect(asOutputTooLong(other)).toBe(other);
  });
});
