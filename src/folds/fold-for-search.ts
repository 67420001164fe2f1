import { TextEditor } from '../core/text-editor.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { FoldOptions, ResolvedOptions } from '../options/types.js';
import { SEARCH_FOLDS } from './search-fold-table.js';

const FOLD_NAMES = Object.keys(SEARCH_FOLDS) as (keyof typeof SEARCH_FOLDS)[];

/** One replacement table per combination of enabled folds, built on first use. */
const tables = new Map<number, Uint16Array>();

function tableFor(options: Readonly<ResolvedOptions>): Uint16Array | undefined {
  let key = 0;
  FOLD_NAMES.forEach((name, bit) => {
    if (options[name]) key |= 1 << bit;
  });
  if (key === 0) return undefined;
  let table = tables.get(key);
  if (!table) {
    table = new Uint16Array(0x10000);
    for (const name of FOLD_NAMES) {
      if (!options[name]) continue;
      for (const [from, to] of SEARCH_FOLDS[name]) table[from] = to;
    }
    tables.set(key, table);
  }
  return table;
}

/**
 * The lossy folds used for search and matching: alef variants to ALEF, ALEF MAKSURA to YEH, TEH
 * MARBUTA to HEH, hamza carriers to their letters. Called alone, it applies every fold not turned
 * off in `options` (or every fold of the preset given in `options.preset`).
 */
export function foldForSearch(text: string, options?: FoldOptions): string {
  assertText(text, 'foldForSearch');
  // Alone, this stage starts from the `search` preset, so every fold is on unless turned off.
  const resolved = resolveOptions({ preset: 'search', ...options }, 'foldForSearch', 'fold');
  return foldForSearchResolved(text, resolved);
}

/** {@link foldForSearch} with options already resolved (used by `normalize`). */
export function foldForSearchResolved(text: string, options: Readonly<ResolvedOptions>): string {
  const table = tableFor(options);
  if (!table) return text;
  const editor = new TextEditor(text);
  for (let i = 0; i < text.length; i++) {
    const to = table[text.charCodeAt(i)]!;
    if (to !== 0) editor.replace(i, i + 1, String.fromCharCode(to));
  }
  return editor.finish();
}
