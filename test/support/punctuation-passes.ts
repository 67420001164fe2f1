import type { EditRecorder } from '../../src/core/text-editor.js';
import { resolveOptions } from '../../src/options/resolve.js';
import type { PunctuationOptions, ResolvedOptions } from '../../src/options/types.js';
import type { normalizePunctuationResolved } from '../../src/punctuation/normalize-punctuation.js';

/** Stage 3's options, resolved as `normalizePunctuation` resolves them. */
export const resolvePunctuation = (options: PunctuationOptions) =>
  resolveOptions(options, 'normalizePunctuation', 'punctuation');

/**
 * The output of one of stage 3's paths (`normalizePunctuationResolved`, or the general path
 * `normalizePunctuationUnskipped`) and the edits it recorded, each as start, end, length and rule.
 */
export function runRecorded(
  pass: typeof normalizePunctuationResolved,
  text: string,
  options: Readonly<ResolvedOptions>,
): { output: string; edits: number[][] } {
  const edits: number[][] = [];
  const recorder: EditRecorder = { record: (s, e, l, r) => edits.push([s, e, l, r]) };
  return { output: pass(text, options, recorder), edits };
}
