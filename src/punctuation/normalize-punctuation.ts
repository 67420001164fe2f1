import { TextEditor } from '../core/text-editor.js';
import { assertText, resolveOptions } from '../options/resolve.js';
import type { PunctuationOptions, ResolvedOptions } from '../options/types.js';
import { DIGIT_ZERO, digitValue } from './digit-systems.js';

/**
 * Stage 3: numerals and punctuation. Converts every decimal digit (ASCII, Arabic-Indic, Persian) to
 * the `digits` target system.
 */
export function normalizePunctuation(text: string, options?: PunctuationOptions): string {
  assertText(text, 'normalizePunctuation');
  return normalizePunctuationResolved(
    text,
    resolveOptions(options, 'normalizePunctuation', 'punctuation'),
  );
}

/** {@link normalizePunctuation} with options already resolved (used by `normalize`). */
export function normalizePunctuationResolved(
  text: string,
  options: Readonly<ResolvedOptions>,
): string {
  if (options.digits === 'keep') return text;
  const zero = DIGIT_ZERO[options.digits];
  const editor = new TextEditor(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = digitValue(code);
    if (value >= 0 && code !== zero + value) {
      editor.replace(i, i + 1, String.fromCharCode(zero + value));
    }
  }
  return editor.finish();
}
