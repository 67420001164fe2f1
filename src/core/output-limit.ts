/**
 * Outputs longer than a JavaScript string can be. A ligature such as U+FDFA expands to 18 letters,
 * so an input that fits in a string may give an output that does not; the engine then throws a bare
 * `RangeError: Invalid string length`. The library throws {@link outputTooLong} instead, which
 * says what happened and what to do.
 */

/**
 * The longest output a pass may build, in UTF-16 code units. The engine's own limit applies
 * whatever this says (V8: 2^29 - 24); tests lower it to check the error without building
 * gigabytes. @internal
 */
export const outputLimit = { maxLength: Number.POSITIVE_INFINITY };

/** The error thrown when an output would exceed the maximum string length. */
export function outputTooLong(cause?: unknown): RangeError {
  return new RangeError(
    'arabic-normalize: the output would exceed the maximum string length of this JavaScript ' +
      'engine; normalise long text in pieces with createNormalizeStream() (or the CLI), which ' +
      'never holds the whole output in one string',
    cause === undefined ? undefined : { cause },
  );
}

/** True for the engine's own error for a string that would be too long. */
export function isStringLengthError(error: unknown): boolean {
  return error instanceof RangeError && /invalid string length|string length/i.test(error.message);
}

/**
 * `error` as the library throws it: {@link outputTooLong} (with `error` as its cause) where it is
 * the engine's own error for a string too long, else `error` itself.
 */
export function asOutputTooLong(error: unknown): unknown {
  return isStringLengthError(error) ? outputTooLong(error) : error;
}
