import { Rule } from '../../core/rules.js';
import { DASH, HYPHEN } from './roles.js';
import type { PunctuationScan } from './scan-state.js';

/**
 * The rule that unifies hyphens (always) and dashes (option `dashes: 'hyphen'`) to `-`. `role`
 * holds the roles of the character at `i`; returns where the scan goes on. Hyphens and dashes
 * leave `prev` alone: the words around them decide, whatever shape the dash has (it may become
 * `-` and then start a token).
 */
export function dashEnd(s: PunctuationScan, i: number, role: number): number {
  if ((role & HYPHEN) !== 0 || ((role & DASH) !== 0 && s.options.dashes === 'hyphen')) {
    s.editor.replace(i, i + 1, '-', Rule.Dash);
  }
  s.pendingMark = -1;
  return i + 1;
}
