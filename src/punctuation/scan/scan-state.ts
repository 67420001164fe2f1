import type { EditRecorder } from '../../core/text-editor.js';
import { TextEditor } from '../../core/text-editor.js';
import type { ResolvedOptions } from '../../options/types.js';
import { arabicEmailSpans, type ScanState } from '../protected-spans.js';

/** Class of `prev` before the first significant character of a line. */
export const NONE = -1;

const NO_EMAILS: number[] = [];
const IDLE_EDITOR = new TextEditor('');

/**
 * Everything the stage 3 scan knows while it runs, in one object that the rules read and update:
 * the rules are module-level functions that take it as their first argument, so that no closure
 * is created per call. One instance is reused from call to call (see {@link acquireScan}).
 */
export class PunctuationScan {
  text = '';
  /** `text.length`. */
  n = 0;
  options: Readonly<ResolvedOptions>;
  /** `options.punctuationSpacing`. */
  spacing = false;
  editor: TextEditor = IDLE_EDITOR;
  /** Memo of the protected-span detectors (linear time). */
  readonly spans: ScanState = {
    failedUpTo: -1,
    noEmailBefore: -1,
    noAbbreviationBefore: -1,
    plainFrom: -1,
    plainTo: -1,
  };
  /** E-mail addresses with an Arabic local part, as `[start, end)` pairs, found before the scan. */
  emails: number[] = NO_EMAILS;
  /** Index in {@link emails} of the next address, and its start (`n` when none is left). */
  emailIndex = 0;
  nextEmail = 0;
  /** Class of the last letter, digit or other non-punctuation character on this line. */
  prev = NONE;
  lineStart = 0;
  /** The clause mark (as written to the output) that a space may have to follow, or -1. */
  pendingMark = -1;
  /** `prev` as it was before the pending run of marks. */
  markPrev = NONE;
  /** Whether an ASCII `"` would close a quotation (the last double quote opened one). */
  doubleOpen = false;
  /** Where the last run of marks (and the closers after it) ended, and its pending state. */
  markEnd = -1;
  savedMark = -1;
  savedMarkPrev = NONE;
  /** True while a call uses this instance. */
  busy = false;

  constructor(options: Readonly<ResolvedOptions>) {
    this.options = options;
  }
}

let shared: PunctuationScan | undefined;

/**
 * The scan state for one call over `text`, reset: the shared instance, or a fresh one when a call
 * is already running (never in practice: the scan calls nothing that scans again). Give it back
 * with {@link releaseScan}.
 */
export function acquireScan(
  text: string,
  options: Readonly<ResolvedOptions>,
  recorder: EditRecorder | undefined,
): PunctuationScan {
  let s = shared;
  if (s === undefined || s.busy) {
    s = new PunctuationScan(options);
    if (shared === undefined) shared = s;
  }
  s.busy = true;
  s.text = text;
  s.n = text.length;
  s.options = options;
  s.spacing = options.punctuationSpacing;
  s.editor = new TextEditor(text, recorder);
  s.spans.failedUpTo = -1;
  s.spans.noEmailBefore = -1;
  s.spans.noAbbreviationBefore = -1;
  s.spans.plainFrom = -1;
  s.spans.plainTo = -1;
  const emails = arabicEmailSpans(text);
  s.emails = emails.length > 0 ? emails : NO_EMAILS;
  s.emailIndex = 0;
  s.nextEmail = emails.length > 0 ? emails[0]! : text.length;
  s.prev = NONE;
  s.lineStart = 0;
  s.pendingMark = -1;
  s.markPrev = NONE;
  s.doubleOpen = false;
  s.markEnd = -1;
  s.savedMark = -1;
  s.savedMarkPrev = NONE;
  return s;
}

/** Ends a call: drops the references to its text and output so that they can be collected. */
export function releaseScan(s: PunctuationScan): void {
  s.text = '';
  s.editor = IDLE_EDITOR;
  s.emails = NO_EMAILS;
  s.busy = false;
}
