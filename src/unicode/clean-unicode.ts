import { fillTables } from '../core/table-fills.js';
import type { EditRecorder } from '../core/text-editor.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { ResolvedOptions, UnicodeOptions } from '../options/types.js';
import { collapseGaps } from './collapse-gaps.js';
import { expandForms } from './expand-forms.js';
import { NEEDS_FORMS, NEEDS_GAPS, NEEDS_MARKS, passesNeeded } from './pre-scan.js';
import { repairMarks } from './repair-marks.js';

/**
 * Receives the edits of each pass of stage 1, in pass order (each pass's offsets are into the
 * output of the pass before it), so that output offsets can be mapped back to the input.
 */
export interface UnicodeRecorders {
  forms?: EditRecorder;
  marks?: EditRecorder;
  gaps?: EditRecorder;
}

/**
 * Stage 1: Unicode cleanup. Three left-to-right passes, each returning its input itself when it
 * has nothing to do:
 * 1. presentation forms and ligatures to letters; invisible controls, ZWNJ and tatweel;
 * 2. marks: local NFC, diacritics repair (option `repairDiacritics`) and stripping (`diacritics`);
 * 3. line breaks to `\n`, and with `whitespace: 'collapse'` spaces collapsed, lines trimmed and
 *    blank lines limited to one.
 * Marks are repaired before gaps are collapsed, so that a space left behind by a moved mark is
 * collapsed like any other.
 */
export function cleanUnicode(text: string, options?: UnicodeOptions): string {
  fillTables();
  assertText(text, 'cleanUnicode');
  return cleanUnicodeResolved(text, resolveOptions(options, 'cleanUnicode', 'unicode'));
}

/**
 * {@link cleanUnicode} with options already resolved (used by `normalize`). `deferZwnj`: the ZWNJs
 * inside words are left for stage 2, which removes them (option `zwnj`) only outside Persian and
 * Urdu lines (`normalize` with `farsiLetters: 'auto'`; `cleanUnicode` alone follows `zwnj` in
 * every line). Redundant ones (doubled, beside a space, at either end of a word) still go here.
 */
export function cleanUnicodeResolved(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorders?: UnicodeRecorders,
  deferZwnj = false,
): string {
  const zwnj = deferZwnj ? 'keep' : options.zwnj;
  const collapse = options.whitespace === 'collapse';
  const removeTatweel = options.tatweel === 'remove';
  const stripDiacritics = options.diacritics !== 'keep';
  // One scan first: passes with nothing to do are skipped (clean text is returned as it is).
  const stripShadda = options.diacritics === 'strip';
  const zwnjInWords = options.zwnj;
  // Once the first pass edits, all three run (the marks and gaps passes read what it wrote): the
  // scan stops there, where noisy text has it stop within its first words.
  const needs = passesNeeded(
    text,
    { zwnj, zwnjInWords, removeTatweel, stripDiacritics, stripShadda, collapse },
    NEEDS_FORMS,
  );
  if (needs === 0) return text;
  let out = text;
  if (needs & NEEDS_FORMS) {
    out = expandForms(
      out,
      { zwnj, zwnjInWords, removeTatweel, stripDiacritics, stripShadda },
      recorders?.forms,
    );
  }
  // The scan looked at the gaps of `text`: after an edit they are looked at again.
  let gaps = (needs & (NEEDS_FORMS | NEEDS_GAPS)) !== 0;
  if (needs & (NEEDS_FORMS | NEEDS_MARKS)) {
    const marked = repairMarks(
      out,
      {
        repair: options.repairDiacritics,
        stripDiacritics,
        stripShadda,
      },
      recorders?.marks,
    );
    if (!gaps && marked !== out) gaps = true;
    out = marked;
  }
  if (gaps) out = collapseGaps(out, collapse, recorders?.gaps);
  return out;
}
