/**
 * Words that open a new sentence and do not follow an abbreviation inside one. A full stop after an
 * abbreviation or an initial normally does not end a sentence (`د. سارة`, `1950 م. في القاهرة`);
 * when the next word is one of these, it does (`ولد عام 1950 م. ثم انتقل`, `إلخ. ثم عاد`).
 * One entry per line with its meaning. Compared with the next word, diacritics and tatweel
 * ignored, exactly and case-sensitively. Names and demonstratives that may follow a title or an
 * initial (`ذلك`, `هذا`) are left out on purpose: a missed boundary is better than a false one.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  // Arabic connectives that open a sentence
  'ثم', // then
  'وقد', // and (it) has
  'فقد', // so (it) has
  'لقد', // indeed (it) has
  'كما', // likewise
  'وكما', // and likewise
  'لكن', // but
  'ولكن', // and but
  'بينما', // while
  'وبينما', // and while
  'أما', // as for
  'وأما', // and as for
  'غير', // (غير أن) however
  'إلا', // (إلا أن) however
  'كذلك', // also
  'وكذلك', // and also
  'لذلك', // therefore
  'ولذلك', // and therefore
  'لذا', // so
  'ولذا', // and so
  'وبذلك', // and thus
  'وهكذا', // and so on, thus
  'وهذا', // and this (masculine)
  'وهذه', // and this (feminine)
  'وهو', // and he
  'وهي', // and she
  'وإن', // and indeed
  'فإن', // so indeed
  'حيث', // where, as
  'وحيث', // and whereas
  'ومع', // and with (ومع ذلك)
  'وفي', // and in
  'ومن', // and from
  'وبعد', // and after
  // Arabic reporting verbs that open a sentence
  'وكان', // and (he) was
  'وكانت', // and (she) was
  'وقال', // and (he) said
  'وقالت', // and (she) said
  'وأضاف', // and (he) added
  'وأضافت', // and (she) added
  'وأكد', // and (he) stressed
  'وأكدت', // and (she) stressed
  'وأشار', // and (he) pointed out
  'وأشارت', // and (she) pointed out
  'وتابع', // and (he) went on
  'وأوضح', // and (he) explained
  'ويذكر', // and it is mentioned
  'يذكر', // it is mentioned
  'ويشار', // and it is noted
  'يشار', // it is noted
  // Latin sentence openers
  'The', // article
  'This', // demonstrative
  'These', // demonstrative
  'That', // demonstrative
  'It', // pronoun
  'He', // pronoun
  'She', // pronoun
  'We', // pronoun
  'They', // pronoun
  'There', // there is / there are
  'But', // conjunction
  'However', // adverb
];
