import { ALEF, ALEF_HAMZA_MARKS, HARAKAT, SHADDA } from '../character-sets.js';
import { DIACRITIC, FLAGS, VOWEL, VOWELLESS_INITIAL } from './mark-flags.js';
import type { MarksPolicy } from './marks-scan.js';

/** Whether the diacritics option removes this mark. */
export function strippedBy(
  policy: Pick<MarksPolicy, 'stripDiacritics' | 'stripShadda'>,
  cp: number,
): boolean {
  return (
    policy.stripDiacritics &&
    cp <= 0xffff &&
    (FLAGS[cp]! & DIACRITIC) !== 0 &&
    (policy.stripShadda || cp !== SHADDA)
  );
}

/** The vowels among `cps` from index `from` on (those the options keep), one bit each. */
export function vowelsOf(policy: MarksPolicy, cps: readonly number[], from: number): number {
  let mask = 0;
  for (let k = from; k < cps.length; k++) {
    const cp = cps[k]!;
    if (cp <= 0xffff && FLAGS[cp]! & VOWEL && !strippedBy(policy, cp)) {
      mask |= 1 << (cp - HARAKAT[0]);
    }
  }
  return mask;
}

/** Whether `mask` (from {@link vowelsOf}) holds two different vowels or more. */
export const twoVowels = (mask: number) => (mask & (mask - 1)) !== 0;

/**
 * Whether `cp` is MADDA or HAMZA ABOVE/BELOW, which make a bare ALEF (in NFD) `آ أ إ`: the only
 * Arabic marks NFC composes with a letter before them.
 */
export const isAlefHamza = (cp: number) => cp >= ALEF_HAMZA_MARKS[0] && cp <= ALEF_HAMZA_MARKS[1];

/**
 * Whether the cluster `cps` (a base and its marks) is a bare ALEF, or, `initial`, a letter that
 * starts a word without a vowel (bare ALEF or ALEF WASLA).
 */
export function bareAlef(cps: readonly number[], initial: boolean): boolean {
  const base = cps[0]!;
  if (initial ? !(FLAGS[base]! & VOWELLESS_INITIAL) : base !== ALEF) return false;
  for (let k = 1; k < cps.length; k++) if (isAlefHamza(cps[k]!)) return false;
  return true;
}
