import type { PresetName, ResolvedOptions } from './types.js';

const standard: Readonly<ResolvedOptions> = Object.freeze({
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
});

/**
 * The named presets, as plain option objects. `standard` repairs and canonicalises without losing
 * meaning; `search` adds the lossy folds used for indexing and matching; `minimal` only repairs
 * what is invisible or an encoding accident.
 */
export const presets: Readonly<Record<PresetName, Readonly<ResolvedOptions>>> = Object.freeze({
  standard,
  search: Object.freeze({
    ...standard,
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
    ...standard,
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
