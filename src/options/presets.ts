import type { PresetName, ResolvedOptions } from './types.js';

/**
 * The `standard` values, never handed out: every preset is a frozen copy of this object with some
 * values changed, so that the three have one hidden class in the engine. Written as three literals
 * (or spread from a frozen object), `standard` had a class of its own, and code optimised on one
 * preset was thrown away at the first call with another ("wrong map", `--trace-deopt`) and then
 * read the options through two classes.
 */
const STANDARD_VALUES: ResolvedOptions = {
  whitespace: 'collapse',
  zwnj: 'remove',
  tatweel: 'remove',
  diacritics: 'keep',
  repairDiacritics: true,
  farsiLetters: 'auto',
  elongation: 'reduce',
  digits: 'ascii',
  punctuation: 'arabic',
  punctuationSpacing: true,
  quotes: 'ascii',
  dashes: 'keep',
  visualOrderNumbers: false,
  foldAlef: false,
  foldAlefMaksura: false,
  foldTehMarbuta: false,
  foldHamza: false,
  foldQuranicMarks: false,
};

const standard: Readonly<ResolvedOptions> = Object.freeze({ ...STANDARD_VALUES });

/**
 * The named presets, as plain option objects. `standard` repairs and canonicalises without losing
 * meaning; `search` adds the lossy folds used for indexing and matching; `minimal` only repairs
 * what is invisible or an encoding accident.
 */
export const presets: Readonly<Record<PresetName, Readonly<ResolvedOptions>>> = Object.freeze({
  standard,
  search: Object.freeze({
    ...STANDARD_VALUES,
    // Matching wants one spelling: Persian and Urdu lines are folded to Arabic letters too.
    farsiLetters: 'arabic',
    diacritics: 'strip',
    foldAlef: true,
    foldAlefMaksura: true,
    foldTehMarbuta: true,
    foldHamza: true,
    foldQuranicMarks: true,
  }),
  minimal: Object.freeze({
    ...STANDARD_VALUES,
    whitespace: 'keep',
    zwnj: 'keep',
    tatweel: 'keep',
    repairDiacritics: false,
    digits: 'keep',
    punctuation: 'keep',
    punctuationSpacing: false,
    quotes: 'keep',
    elongation: 'keep',
  }),
});

export const PRESET_NAMES = Object.keys(presets) as PresetName[];
