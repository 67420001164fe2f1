import {
  DEFINITE_NOUNS,
  EXACT_WORDS,
  IMPERFECT_STEMS,
  NAMES,
  NOUNS,
  PARTICLES,
  PERFECT_VERBS,
  YEH_WORDS,
} from './final-yeh-lexicon.generated.js';

/** The words of a generated list of the lexicon (lines of words separated by spaces). */
export const lexiconWords = (lines: readonly string[]): string[] => lines.join(' ').split(' ');

const wordSet = (lines: readonly string[]) => new Set(lexiconWords(lines));

// The sets are built on the first look-up, not at import: most text has no word-final FARSI YEH.
const NONE: ReadonlySet<string> = new Set();
let PARTICLE_SET = NONE;
let NOUN_SET = NONE;
let NAME_SET = NONE;
let DEFINITE_SET = NONE;
let PERFECT_SET = NONE;
let IMPERFECT_SET = NONE;
let EXACT_SET = NONE;
let YEH_SET = NONE;
let setsBuilt = false;

function buildSets(): void {
  setsBuilt = true;
  PARTICLE_SET = wordSet(PARTICLES);
  NOUN_SET = wordSet(NOUNS);
  NAME_SET = wordSet(NAMES);
  DEFINITE_SET = wordSet(DEFINITE_NOUNS);
  PERFECT_SET = wordSet(PERFECT_VERBS);
  IMPERFECT_SET = wordSet(IMPERFECT_STEMS);
  EXACT_SET = wordSet(EXACT_WORDS);
  YEH_SET = wordSet(YEH_WORDS);
}

const ARTICLE = 'ال';

/** Conjunctions و and ف: every class may follow one. */
const isConjunction = (c: string | undefined) => c === 'و' || c === 'ف';
/** Prepositions written joined to a noun: ب ك ل. */
const isPreposition = (c: string | undefined) => c === 'ب' || c === 'ك' || c === 'ل';
/** Person prefixes of the imperfect (ا is أ written without hamza). */
const isPersonPrefix = (c: string | undefined) =>
  c === 'ي' || c === 'ت' || c === 'ن' || c === 'أ' || c === 'ا';

/** A noun after its optional article: `stem` is [ب|ك|ل](ال)noun, or لل + noun. */
function isNounAfterPreposition(stem: string): boolean {
  if (NOUN_SET.has(stem)) return true;
  if (stem.startsWith(ARTICLE)) {
    const noun = stem.slice(2);
    return NOUN_SET.has(noun) || DEFINITE_SET.has(noun) || NAME_SET.has(noun);
  }
  return false;
}

/** An imperfect verb: person prefix + stem, optionally behind ل (in order to) or س (will). */
function isImperfect(stem: string): boolean {
  if (isPersonPrefix(stem[0]) && IMPERFECT_SET.has(stem.slice(1))) return true;
  const first = stem[0];
  const prefix = stem[1];
  // After ل or س the prefix أ keeps its hamza (سأرى; سارى is not a verb).
  return (
    (first === 'ل' || first === 'س') &&
    prefix !== 'ا' &&
    isPersonPrefix(prefix) &&
    IMPERFECT_SET.has(stem.slice(2))
  );
}

/** The analysis of `stem` (a word without its conjunction) as a word of the lexicon. */
function isAlefMaksuraStem(stem: string): boolean {
  if (stem.length < 2) return false;
  if (PARTICLE_SET.has(stem) || PERFECT_SET.has(stem) || NAME_SET.has(stem)) return true;
  if (isImperfect(stem) || isNounAfterPreposition(stem)) return true;
  const first = stem[0];
  if (isPreposition(first)) {
    const rest = stem.slice(1);
    if (isNounAfterPreposition(rest) || NAME_SET.has(rest)) return true;
    // لـ before a perfect (لقد … لأدى); a Form V/VI perfect after it is the verbal noun (لتلقي).
    if (first === 'ل' && rest[0] !== 'ت' && PERFECT_SET.has(rest)) return true;
  }
  if (stem.startsWith('لل')) {
    const noun = stem.slice(2);
    return NOUN_SET.has(noun) || DEFINITE_SET.has(noun) || NAME_SET.has(noun);
  }
  return false;
}

/**
 * Whether `word` (Arabic letters only, ending in ALEF MAKSURA's place) is a word of the lexicon
 * (`final-yeh-lexicon.generated.ts`), alone or behind the proclitics its class allows: particles
 * `[و|ف]`, perfect verbs `[و|ف](ل)`, imperfect verbs `[و|ف][ل|س]` + person prefix, nouns
 * `[و|ف][ب|ك|ل](ال)` with `ل + ال` written `لل`, names `[و|ف][ب|ك|ل]`, and nouns that end in ALEF MAKSURA only when
 * definite. A YEH word that a proclitic reading would catch (a nisba adjective, a verbal noun:
 * سنوي، تحدي) stays YEH.
 */
export function endsInAlefMaksura(word: string): boolean {
  if (!setsBuilt) buildSets();
  if (EXACT_SET.has(word)) return true;
  // A listed word as it stands; else a listed YEH word; else an analysis into proclitics + word.
  if (PARTICLE_SET.has(word) || NOUN_SET.has(word) || PERFECT_SET.has(word)) return true;
  if (NAME_SET.has(word)) return true;
  if (YEH_SET.has(`${word.slice(0, -1)}\u064a`)) return false;
  if (isAlefMaksuraStem(word)) return true;
  return isConjunction(word[0]) && isAlefMaksuraStem(word.slice(1));
}
