import { TextEditor } from '../core/text-editor.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { LettersOptions, ResolvedOptions } from '../options/types.js';
import { FARSI_TO_ARABIC } from './farsi-letter-table.js';

/** Replacement code unit for each code unit, 0 where the letter stays. */
const REPLACEMENT = (() => {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of FARSI_TO_ARABIC) table[from] = to;
  return table;
})();

/**
 * Stage 2: maps Persian and Urdu look-alike letters (FARSI YEH, KEHEH, HEH DOACHASHMEE, ...) to the
 * Arabic letters they stand for. PEH, TCHEH, JEH and GAF are kept.
 */
export function mapFarsiLetters(text: string, options?: LettersOptions): string {
  assertText(text, 'mapFarsiLetters');
  return mapFarsiLettersResolved(text, resolveOptions(options, 'mapFarsiLetters', 'letters'));
}

/** {@link mapFarsiLetters} with options already resolved (used by `normalize`). */
export function mapFarsiLettersResolved(text: string, options: Readonly<ResolvedOptions>): string {
  if (options.farsiLetters === 'keep') return text;
  const editor = new TextEditor(text);
  for (let i = 0; i < text.length; i++) {
    const to = REPLACEMENT[text.charCodeAt(i)]!;
    if (to !== 0) editor.replace(i, i + 1, String.fromCharCode(to));
  }
  return editor.finish();
}
