import { Rule, type RuleNumber } from '../../core/rules.js';
import { type EditRecorder, TextEditor } from '../../core/text-editor.js';
import type { Pending } from './cluster.js';

/** The options the marks pass reads. */
export interface MarksPolicy {
  repair: boolean;
  stripDiacritics: boolean;
  stripShadda: boolean;
}

const IDLE_EDITOR = new TextEditor('');
const NO_POLICY: MarksPolicy = { repair: false, stripDiacritics: false, stripShadda: false };

/**
 * Everything the marks pass knows while it runs, in one object that its rules read and update
 * (module-level functions taking it first: no closure per call). One instance is reused from call
 * to call (see {@link acquireMarksScan}).
 */
export class MarksScan {
  text = '';
  editor: TextEditor = IDLE_EDITOR;
  policy: MarksPolicy = NO_POLICY;
  /**
   * Where the current line is known to hold only spaces and dropped marks so far (set when a
   * detached run at a line start is dropped), so that a second run on that line counts as at the
   * line start too.
   */
  blankUntil = 0;
  /** What the last `compose` did beyond NFC, as the rule of its edit. */
  composeRule: RuleNumber = Rule.Nfc;
  /** The cluster a detached-run rule left open (not yet written), if any. */
  open: Pending | undefined = undefined;
  /** True while a call uses this instance. */
  busy = false;
}

let shared: MarksScan | undefined;

/** The state for one call over `text`, reset; give it back with {@link releaseMarksScan}. */
export function acquireMarksScan(
  text: string,
  policy: MarksPolicy,
  recorder: EditRecorder | undefined,
): MarksScan {
  let s = shared;
  if (s === undefined || s.busy) {
    s = new MarksScan();
    if (shared === undefined) shared = s;
  }
  s.busy = true;
  s.text = text;
  s.editor = new TextEditor(text, recorder);
  s.policy = policy;
  s.blankUntil = 0;
  s.composeRule = Rule.Nfc;
  s.open = undefined;
  return s;
}

/** Ends a call: drops the references to its text and output so that they can be collected. */
export function releaseMarksScan(s: MarksScan): void {
  s.text = '';
  s.editor = IDLE_EDITOR;
  s.policy = NO_POLICY;
  s.open = undefined;
  s.busy = false;
}
