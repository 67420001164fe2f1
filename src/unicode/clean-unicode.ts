import type { EditRecorder } from '../core/text-editor.js';
import { TextEditor } from '../core/text-editor.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { ResolvedOptions, UnicodeOptions } from '../options/types.js';
import {
  type CodeRange,
  DIACRITICS,
  INVISIBLES,
  LINE_BREAKS,
  SHADDA,
  SPACES,
  TATWEEL,
  ZWNJ,
} from './character-sets.js';

/** What stage 1 does with one code unit; one byte per UTF-16 code unit, built once. */
enum Kind {
  Keep = 0,
  LineBreak = 1,
  Space = 2,
  Invisible = 3,
  Zwnj = 4,
  Tatweel = 5,
  Diacritic = 6,
  Shadda = 7,
}

const KINDS = (() => {
  const table = new Uint8Array(0x10000);
  const fill = (ranges: readonly CodeRange[], kind: Kind) => {
    for (const [first, last] of ranges) table.fill(kind, first, last + 1);
  };
  fill(DIACRITICS, Kind.Diacritic);
  fill(INVISIBLES, Kind.Invisible);
  fill(SPACES, Kind.Space);
  fill(LINE_BREAKS, Kind.LineBreak);
  table[ZWNJ] = Kind.Zwnj;
  table[TATWEEL] = Kind.Tatweel;
  table[SHADDA] = Kind.Shadda;
  return table;
})();

const CR = 0x0d;
const LF = 0x0a;

/** Options resolved to the three questions the scan asks about each code unit kind. */
interface ScanPolicy {
  collapse: boolean;
  zwnj: ResolvedOptions['zwnj'];
  removeTatweel: boolean;
  stripDiacritics: boolean;
  stripShadda: boolean;
}

function policyOf(options: Readonly<ResolvedOptions>): ScanPolicy {
  return {
    collapse: options.whitespace === 'collapse',
    zwnj: options.zwnj,
    removeTatweel: options.tatweel === 'remove',
    stripDiacritics: options.diacritics !== 'keep',
    stripShadda: options.diacritics === 'strip',
  };
}

/** Whether a code unit of this kind belongs to a whitespace gap under `policy`. */
function inGap(kind: number, policy: ScanPolicy): boolean {
  return (
    kind === Kind.LineBreak ||
    kind === Kind.Invisible ||
    (kind === Kind.Space && policy.collapse) ||
    (kind === Kind.Zwnj && policy.zwnj !== 'keep')
  );
}

/**
 * One left-to-right pass: invisible characters, line breaks, spaces, tatweel and (when asked)
 * diacritics. A maximal run of whitespace and invisible characters is a "gap" and is rewritten as a
 * whole, which is what makes space collapsing, line trimming and blank-line limiting one decision.
 */
function scan(text: string, policy: ScanPolicy, recorder?: EditRecorder): string {
  const editor = new TextEditor(text, recorder);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = KINDS[text.charCodeAt(i)]!;
    if (kind === Kind.Keep) {
      i++;
      continue;
    }
    if (inGap(kind, policy)) {
      const start = i;
      let lineBreaks = 0;
      let spaces = false;
      while (i < length) {
        const code = text.charCodeAt(i);
        const k = KINDS[code]!;
        if (!inGap(k, policy)) break;
        if (k === Kind.LineBreak) {
          lineBreaks++;
          if (code === CR && text.charCodeAt(i + 1) === LF) i++;
        } else if (k === Kind.Space || (k === Kind.Zwnj && policy.zwnj === 'space')) {
          spaces = true;
        }
        i++;
      }
      editor.replaceIfChanged(start, i, gapReplacement(text, start, i, lineBreaks, spaces, policy));
      continue;
    }
    if (
      (kind === Kind.Tatweel && policy.removeTatweel) ||
      (kind === Kind.Diacritic && policy.stripDiacritics) ||
      (kind === Kind.Shadda && policy.stripShadda)
    ) {
      editor.remove(i, i + 1);
    }
    i++;
  }
  return editor.finish();
}

function gapReplacement(
  text: string,
  start: number,
  end: number,
  lineBreaks: number,
  spaces: boolean,
  policy: ScanPolicy,
): string {
  if (!policy.collapse) {
    // Only line breaks are rewritten; spaces are not part of gaps in this mode.
    let out = '';
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const kind = KINDS[code]!;
      if (kind === Kind.LineBreak) {
        out += '\n';
        if (code === CR && text.charCodeAt(i + 1) === LF) i++;
      } else if (kind === Kind.Zwnj && policy.zwnj === 'space') {
        out += ' ';
      }
    }
    return out;
  }
  if (lineBreaks > 0) {
    if (start === 0) return '';
    if (end === text.length) return '\n';
    return lineBreaks === 1 ? '\n' : '\n\n';
  }
  if (spaces && start > 0 && end < text.length) return ' ';
  return '';
}

/**
 * Stage 1: Unicode cleanup. Removes control, zero-width and bidi formatting characters, unifies
 * line breaks to `\n`, collapses Unicode spaces, removes tatweel, optionally strips diacritics, and
 * puts the text in NFC. Text that needs none of this is returned as it is.
 */
export function cleanUnicode(text: string, options?: UnicodeOptions): string {
  assertText(text, 'cleanUnicode');
  return cleanUnicodeResolved(text, resolveOptions(options, 'cleanUnicode', 'unicode'));
}

/** {@link cleanUnicode} with options already resolved (used by `normalize`). */
export function cleanUnicodeResolved(text: string, options: Readonly<ResolvedOptions>): string {
  const scanned = scan(text, policyOf(options));
  return scanned.normalize('NFC');
}
