/**
 * A regular expression built at its first use instead of written as a literal.
 *
 * Why: the engine checks the syntax of every regular-expression literal when it compiles the
 * source that holds it, even inside a function that never runs, and a Unicode property class
 * (`\p{L}`, `\p{M}`, `\p{Extended_Pictographic}`) makes that check build the property's set of
 * code points: about 0.1–0.3 ms each, paid by every import of the library for expressions that
 * only rare text (a ZWNJ, a ZWJ, a number in visual order) reaches. A pattern given as a string
 * is checked only when `new RegExp` runs.
 *
 * The expressions built here have neither the `g` nor the `y` flag, so one object serves every
 * call (`test` keeps no state between calls).
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => {
    built ??= new RegExp(source, flags);
    return built;
  };
}
