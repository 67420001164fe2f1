import { Rule } from '../../core/rules.js';
import { COMMA, ROLES, SPACE_CODE } from './roles.js';
import type { PunctuationScan } from './scan-state.js';

/**
 * The rule that drops the commas left right after a sentence end (`الإرهاب. , من` →
 * `الإرهاب. من`), with the spaces before them. `i` is just after the sentence mark; returns
 * where the scan goes on.
 */
export function dropStrayCommas(s: PunctuationScan, i: number): number {
  const text = s.text;
  const n = s.n;
  let dropEnd = i;
  for (let j = i; ; j++) {
    while (j < n && text.charCodeAt(j) === SPACE_CODE) j++;
    if (j >= n || (ROLES[text.charCodeAt(j)]! & COMMA) === 0) break;
    dropEnd = j + 1;
  }
  if (dropEnd === i) return i;
  s.editor.remove(i, dropEnd, Rule.StrayComma);
  return dropEnd;
}
