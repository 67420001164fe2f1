/**
 * Fills of module tables run on first use instead of at import.
 *
 * Why: importing the library compiles it and runs every module's top level, and the fills of its
 * larger tables (combining classes, the first pass's kinds, the protected-span and sentence
 * classes...) ran there in the interpreter, once: about 3 of an import's 26 ms. A module whose
 * tables are filled from data hands its fill to {@link fillOnFirstUse}; its tables are still
 * created at import (the same objects, which the optimised loops read as constants), only empty.
 * Every public function calls {@link fillTables} before it reads any table.
 *
 * The fills run in the order they were handed over, which is the order the modules were
 * evaluated: a module is evaluated after those it imports, so a fill that reads another module's
 * table runs after the fill of that table, as the fills ran at import. Code at a module's top
 * level must not read a table whose fill is deferred (it would read it empty): such code is a
 * fill itself, handed over after the one it reads.
 */

const fills: (() => void)[] = [];
let filled = 0;
/** What a fill threw: every later call throws it too (a table may be half filled). */
let failure: { readonly error: unknown } | undefined;

/** Defers `fill` (a module's fill of its own tables) to the first {@link fillTables}. */
export function fillOnFirstUse(fill: () => void): void {
  fills.push(fill);
}

/**
 * Runs every fill not yet run, in the order they were handed over (at once when none is left).
 * Where a fill throws, this call and every later one throw its error: the library never runs on
 * tables a failed fill left half filled (at import, the error stopped the import).
 */
export function fillTables(): void {
  if (filled !== fills.length) runFills();
}

/** Out of line: {@link fillTables} runs at every public call and finds nothing to do. */
function runFills(): void {
  if (failure !== undefined) throw failure.error;
  while (filled < fills.length) {
    const fill = fills[filled++]!;
    try {
      fill();
    } catch (error) {
      failure = { error };
      // Never equal to the number of fills again: every later call comes here and throws.
      filled = -1;
      throw error;
    }
  }
}
