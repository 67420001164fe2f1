/**
 * The WHATWG stream types that this package's declarations name, declared so that they compile
 * in a project with neither the DOM library nor `@types/node` (a bare `lib: ["ES2022"]`, as in
 * Deno-style or worker code). Each declaration merges with the full one when the DOM library or
 * `@types/node` is present: same names, same type parameters, and members of the same types.
 * Nothing here exists at run time; the streams themselves are the runtime's own.
 */
declare global {
  // biome-ignore lint/suspicious/noExplicitAny: the default must match the DOM library's to merge.
  interface ReadableStream<R = any> {}
  // biome-ignore lint/suspicious/noExplicitAny: the default must match the DOM library's to merge.
  interface WritableStream<W = any> {}
  // biome-ignore lint/suspicious/noExplicitAny: the defaults must match the DOM library's to merge.
  interface TransformStream<I = any, O = any> {
    readonly readable: ReadableStream<O>;
    readonly writable: WritableStream<I>;
  }
}

/**
 * A WHATWG `TransformStream` (the global one). Named here so that the declarations above travel
 * with the functions that return it.
 */
export type WebTransformStream<I, O> = TransformStream<I, O>;
