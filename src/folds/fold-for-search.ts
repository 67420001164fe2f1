import { Rule, type RuleNumber } from '../core/rules.js';
import { type EditRecorder, TextEditor } from '../core/text-editor.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { FoldOptions, ResolvedOptions } from '../options/types.js';
import { SEARCH_FOLDS } from './search-fold-table.js';

const FOLD_NAMES = Object.keys(SEARCH_FOLDS) as (keyof typeof SEARCH_FOLDS)[];

/** The rule of each fold option. */
const FOLD_RULES: { readonly [K in (typeof FOLD_NAMES)[number]]: RuleNumber } = {
  foldAlef: Rule.FoldAlef,
  foldAlefMaksura: Rule.FoldAlefMaksura,
  foldTehMarbuta: Rule.FoldTehMarbuta,
  foldHamza: Rule.FoldHamza,
};

/** The rule that folds each code unit (a code unit is in one fold at most). */
const RULE_OF_UNIT = new Uint8Array(0x10000);
for (const name of FOLD_NAMES) {
  for (const [from] of SEARCH_FOLDS[name]) RULE_OF_UNIT[from] = FOLD_RULES[name];
}

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

const ALEF = 0x0627;
const WAW = 0x0648;
const YEH = 0x064a;

const isArabicMark = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670;

/**
 * Whether a combining MADDA or HAMZA after `carrier` goes with the fold. NFC composes ALEF with a
 * following MADDA ABOVE, HAMZA ABOVE or HAMZA BELOW, and WAW or YEH with HAMZA ABOVE; a mark left
 * behind a folded letter would rebuild the folded letter on the next run and break idempotence.
 */
function absorbsMark(carrier: number, mark: number, options: Readonly<ResolvedOptions>): boolean {
  if (carrier === ALEF) return options.foldAlef && mark >= 0x0653 && mark <= 0x0655;
  if (carrier === WAW || carrier === YEH) return options.foldHamza && mark === 0x0654;
  return false;
}

/**
 * {@link foldForSearch} with options already resolved (used by `normalize`). `recorder`, when
 * given, receives every edit (see `normalizeWithOffsets`).
 */
export function foldForSearchResolved(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder?: EditRecorder,
): string {
  const table = tableFor(options);
  if (!table) return text;
  const editor = new TextEditor(text, recorder);
  // The letter (after folding) that the marks being scanned sit on.
  let carrier = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (carrier !== 0 && isArabicMark(code)) {
      // The mark goes with the fold that takes hamza and madda off its carrier.
      if (absorbsMark(carrier, code, options)) {
        editor.remove(i, i + 1, carrier === ALEF ? Rule.FoldAlef : Rule.FoldHamza);
      }
      continue;
    }
    const to = table[code]!;
    if (to !== 0)
      editor.replace(i, i + 1, String.fromCharCode(to), RULE_OF_UNIT[code] as RuleNumber);
    carrier = to || code;
  }
  return editor.finish();
}
