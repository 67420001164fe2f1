/**
 * Arabic spellings of the names of Latin letters, as Arabic text spells out an acronym letter by
 * letter (`بي. بي. سي` BBC, `إم.بي.سي` MBC, `جي. بي. مورغان` J. P. Morgan, `آر. بي. كا` RBK).
 *
 * Source: the English names of the 26 letters (a, bee, cee, dee, e, ef, gee, aitch, i, jay, kay,
 * el, em, en, o, pee, cue, ar, ess, tee, u, vee, double-u, ex, wye, zed/zee), each written the
 * way Arabic transliterates English sounds (long vowels as ي/و, the glottal onset as أ/إ/آ), plus
 * the Russian/French name `كا` for K that the press uses for Russian acronyms. The spellings with
 * an alef carrying hamza or madda are listed; {@link LETTER_NAMES} adds the same word with a bare
 * alef, because scraped text often drops the hamza (`ان.بي.سي`).
 *
 * Several of these are also common words (`في` in, `بي` with me, `أو` or, `إن` indeed): the splitter
 * reads a word as a letter name only inside a chain (a letter name, a full stop, and another
 * letter name), never alone; and a name that is also a word ({@link LETTER_NAMES_ALSO_WORDS})
 * continues a chain only with a full stop of its own after it (`بي. بي.`, not `بي. في اليوم`).
 */
const SPELLED_LETTER_NAMES: readonly string[] = [
  'إيه', // A
  'أي', // A, I
  'إي', // E
  'بي', // B, P
  'سي', // C
  'دي', // D
  'إف', // F
  'جي', // G, J
  'إتش', // H
  'إيتش', // H
  'آي', // I
  'جيه', // J
  'جاي', // J
  'كيه', // K
  'كي', // K
  'كاي', // K
  'كا', // K (Russian and French name)
  'إل', // L
  'إم', // M
  'إن', // N
  'أو', // O
  'كيو', // Q
  'آر', // R
  'إس', // S
  'تي', // T
  'يو', // U
  'في', // V
  'فى', // V, with ALEF MAKSURA
  'دبليو', // W
  'دابليو', // W
  'إكس', // X
  'واي', // Y
  'زد', // Z
  'زي', // Z
];

/**
 * Hamza and madda alefs (U+0622, U+0623, U+0625) to a bare alef (U+0627): three plain
 * replacements, as a regular expression would be compiled at import for these few words.
 */
const bareAlef = (word: string) =>
  word.replaceAll('\u0622', '\u0627').replaceAll('\u0623', '\u0627').replaceAll('\u0625', '\u0627');

/** The spellings above, each also with a bare alef. */
export const LETTER_NAMES: readonly string[] = [
  ...new Set(SPELLED_LETTER_NAMES.flatMap((word) => [word, bareAlef(word)])),
];

/**
 * Letter names that are also common Arabic words (with or without hamza): prepositions, particles
 * and pronoun-suffixed prepositions that can follow a sentence end.
 */
export const LETTER_NAMES_ALSO_WORDS: readonly string[] = [
  'في', // in
  'فى', // in, with ALEF MAKSURA
  'بي', // with me
  'كي', // so that
  'أو', // or
  'او', // or, without hamza
  'إن', // indeed, if
  'ان', // that, without hamza
  'أي', // which, any
  'اي', // which, without hamza
  'إي', // yes indeed
  'إم', // (أم) or, mother, written with the wrong hamza
  'ام', // or, mother, without hamza
  'إل', // (إلّ) pact; rare, kept cautious
  'ال', // the article alone
];
