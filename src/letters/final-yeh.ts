import { EXACT_WORDS, NOUNS, PARTICLES, VERBS } from './alef-maksura-words.js';

const PARTICLE_SET = new Set(PARTICLES);
const NOUN_SET = new Set(NOUNS);
const VERB_SET = new Set(VERBS);
const EXACT_SET = new Set(EXACT_WORDS);

const WAW = 'و';
const FEH = 'ف';

/** Strips one optional leading conjunction (و or ف). */
function withoutConjunction(word: string): string[] {
  const first = word[0];
  return first === WAW || first === FEH ? [word, word.slice(1)] : [word];
}

/**
 * Whether `word` (Arabic letters only, ending in ALEF MAKSURA's place) is a word of the built-in
 * list, alone or behind the proclitics its class allows:
 * particles `[و|ف]`, verbs `[و|ف][ل|س]`, nouns `[و|ف][ب|ك|ل](ال)` with `ل + ال` written `لل`.
 */
export function endsInAlefMaksura(word: string): boolean {
  if (EXACT_SET.has(word)) return true;
  for (const stem of withoutConjunction(word)) {
    if (stem.length < 2) continue;
    if (PARTICLE_SET.has(stem) || VERB_SET.has(stem) || NOUN_SET.has(stem)) return true;
    const first = stem[0];
    if ((first === 'ل' || first === 'س') && VERB_SET.has(stem.slice(1))) return true;
    // Nouns: optional preposition, optional article.
    const afterPreposition =
      first === 'ب' || first === 'ك' || first === 'ل' ? [stem, stem.slice(1)] : [stem];
    for (const rest of afterPreposition) {
      if (NOUN_SET.has(rest)) return true;
      if (rest.startsWith('ال') && NOUN_SET.has(rest.slice(2))) return true;
    }
    if (stem.startsWith('لل') && NOUN_SET.has(stem.slice(2))) return true;
  }
  return false;
}
