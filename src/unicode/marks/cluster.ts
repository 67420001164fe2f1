import { Rule } from '../../core/rules.js';
import { codePointsOf, composeSpan, NFC_SENSITIVE } from '../canonical.js';
import { HARAKAT, SHADDA } from '../character-sets.js';
import { breakAt, DIACRITIC, FLAGS, HARAKA, isDigit, LETTER, spaceAt } from './mark-flags.js';
import type { MarksScan } from './marks-scan.js';

/**
 * A base character with its marks, not yet written: it may still receive a haraka cut off after
 * it. It replaces `source[start, end)` with `head + compose(cps) + tail`.
 */
export class Pending {
  tail = '';
  /** Detached marks were moved onto it as the ending of its word (its rule is `case-ending`). */
  back = false;
  /** A detached run that stripping removes entirely was taken into its span. */
  stripped = false;

  constructor(
    public start: number,
    public end: number,
    public head: string,
    public cps: number[],
    /** The cluster is one Arabic letter (with marks) standing alone as a word: a split fragment. */
    public fragment: boolean,
    /** The base is an Arabic letter, so it may take a tanween. */
    public arabic: boolean,
    /** Detached marks were moved onto it (the rule of its edit is `detached-mark`). */
    public moved: boolean,
  ) {}
}

/** The cluster from `start` (its base) to `end` (after its marks) of `text`. */
export function cluster(text: string, start: number, end: number): Pending {
  const arabic = (FLAGS[text.charCodeAt(start)]! & LETTER) !== 0;
  const fragment = arabic && isFragment(text, start, end);
  return new Pending(start, end, '', codePointsOf(text, start, end), fragment, arabic, false);
}

/**
 * Whether the Arabic letter cluster `[start, end)` stands alone between gaps: a fragment split
 * from its word. A letter after a number is an abbreviation (2018 م: AD), not a fragment.
 */
function isFragment(text: string, start: number, end: number): boolean {
  if (!(start === 0 || spaceAt(text, start - 1) || breakAt(text, start - 1))) return false;
  if (!(end >= text.length || spaceAt(text, end) || breakAt(text, end))) return false;
  let k = start - 1;
  while (spaceAt(text, k)) k--;
  return !(k >= 0 && isDigit(text.charCodeAt(k)));
}

/** The cluster of a letter that receives detached marks: `cps` holds it and them. */
export function receiver(start: number, end: number, head: string, cps: number[]): Pending {
  return new Pending(start, end, head, cps, false, true, true);
}

/**
 * The marks of a cluster composed: identical harakat collapse (repair), diacritics stripped, NFC.
 * Leaves in `s.composeRule` what it did beyond NFC.
 */
export function compose(s: MarksScan, cps: number[]): string {
  s.composeRule = Rule.Nfc;
  const policy = s.policy;
  if (!policy.repair && !policy.stripDiacritics) return composeSpan(cps);
  const out: number[] = [];
  let seen = 0;
  for (const cp of cps) {
    const f = cp <= 0xffff ? FLAGS[cp]! : 0;
    if (policy.stripDiacritics && f & DIACRITIC && (policy.stripShadda || cp !== SHADDA)) {
      s.composeRule = Rule.Diacritics;
      continue;
    }
    if (policy.repair && f & HARAKA) {
      const bit = 1 << (cp - HARAKAT[0]);
      if (seen & bit) {
        if (s.composeRule === Rule.Nfc) s.composeRule = Rule.DuplicateMark;
        continue;
      }
      seen |= bit;
    } else if (cp <= 0xffff && NFC_SENSITIVE[cp] === 0) {
      seen = 0; // a new starter
    }
    out.push(cp);
  }
  return composeSpan(out);
}

/** Writes the cluster `p`, by the rule of what was done to it. */
export function emit(s: MarksScan, p: Pending): void {
  const replacement = p.head + compose(s, p.cps) + p.tail;
  const rule = p.back
    ? Rule.CaseEnding
    : p.moved
      ? Rule.DetachedMark
      : p.stripped
        ? Rule.Diacritics
        : s.composeRule;
  s.editor.replaceIfChanged(p.start, p.end, replacement, rule);
}
