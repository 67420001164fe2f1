import type { ResolvedOptions } from './types.js';

/** How one option is checked: the values it may take, and the stage that reads it. */
export interface OptionSpec {
  readonly stage: StageName;
  readonly values: readonly (string | boolean)[];
}

export type StageName = 'unicode' | 'letters' | 'punctuation' | 'fold';

const BOOLEAN = [true, false] as const;

/** The single source of truth for option names and their allowed values. */
export const OPTION_SPECS: { readonly [K in keyof ResolvedOptions]: OptionSpec } = {
  whitespace: { stage: 'unicode', values: ['collapse', 'keep'] },
  zwnj: { stage: 'unicode', values: ['remove', 'space', 'keep'] },
  tatweel: { stage: 'unicode', values: ['remove', 'keep'] },
  diacritics: { stage: 'unicode', values: ['keep', 'strip', 'strip-except-shadda'] },
  repairDiacritics: { stage: 'unicode', values: BOOLEAN },
  farsiLetters: { stage: 'letters', values: ['arabic', 'keep', 'auto'] },
  elongation: { stage: 'letters', values: ['reduce', 'keep'] },
  digits: { stage: 'punctuation', values: ['ascii', 'arabic-indic', 'persian', 'keep'] },
  punctuation: { stage: 'punctuation', values: ['arabic', 'latin', 'keep'] },
  punctuationSpacing: { stage: 'punctuation', values: BOOLEAN },
  quotes: { stage: 'punctuation', values: ['ascii', 'guillemets', 'keep'] },
  dashes: { stage: 'punctuation', values: ['keep', 'hyphen'] },
  visualOrderNumbers: { stage: 'punctuation', values: BOOLEAN },
  foldAlef: { stage: 'fold', values: BOOLEAN },
  foldAlefMaksura: { stage: 'fold', values: BOOLEAN },
  foldTehMarbuta: { stage: 'fold', values: BOOLEAN },
  foldHamza: { stage: 'fold', values: BOOLEAN },
  foldQuranicMarks: { stage: 'fold', values: BOOLEAN },
};

export const OPTION_NAMES = Object.keys(OPTION_SPECS) as (keyof ResolvedOptions)[];

/** Option names read by one stage. */
export function optionNamesOf(stage: StageName): (keyof ResolvedOptions)[] {
  return OPTION_NAMES.filter((name) => OPTION_SPECS[name].stage === stage);
}
