/**
 * Words that open a sentence after an abbreviation that may end one: an era after a year
 * (`1990م.`), a unit after a number (`12 كم.`), `إلخ.`, the last letter of a spelled acronym. After
 * such an abbreviation a full stop ends the sentence when the next word is a sentence starter
 * (`sentence-starters.ts`), one of these words, or `و` joined to a word other than a noun with
 * the article (`1440هـ. وتولى`, `الخ. ويبقى`: a conjunction opening a new clause; `ق.م. والقرن`
 * continues a list, so `وال…` is not taken).
 *
 * The lists are closed classes of Arabic grammar (demonstratives, interrogatives, negations) and
 * the verbs that open the impersonal and reporting sentences of news and reference text and the
 * imperatives of cross-references; a title
 * or an initial (`د.`, `ج.`) does not use them, since a name follows those, not a new sentence.
 * Compared with the next word, diacritics and tatweel ignored, exactly.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  // Demonstratives (the whole class, singular, dual and plural, near and far) and place adverbs
  'هذا', // this (masculine)
  'هذه', // this (feminine)
  'هذان', // these two (masculine)
  'هاتان', // these two (feminine)
  'هؤلاء', // these
  'ذلك', // that (masculine)
  'تلك', // that (feminine)
  'ذاك', // that
  'أولئك', // those
  'هنا', // here
  'هناك', // there
  'هنالك', // there (literary)
  // Interrogatives (not `ما` and `من`, which also mean "what" and "from" inside a clause)
  'هل', // yes/no question
  'ماذا', // what
  'لماذا', // why
  'كيف', // how
  'متى', // when
  'أين', // where
  // Negations and their verbs
  'لم', // did not
  'لن', // will not
  'لا', // no, not
  'ليس', // is not (masculine)
  'ليست', // is not (feminine)
  // Impersonal and copula verbs that open reference sentences
  'تم', // it was done
  'يتم', // it is done
  'كان', // was (masculine)
  'كانت', // was (feminine)
  'يعد', // is considered (masculine)
  'تعد', // is considered (feminine)
  'يعتبر', // is regarded (masculine)
  'تعتبر', // is regarded (feminine)
  'يقع', // lies (masculine)
  'تقع', // lies (feminine)
  'يبلغ', // amounts to (masculine)
  'تبلغ', // amounts to (feminine)
  'يوجد', // there is (masculine)
  'توجد', // there is (feminine)
  'أصبح', // became (masculine)
  'أصبحت', // became (feminine)
  // Imperatives that open a cross-reference in reference and classical text
  'انظر', // see
  'راجع', // consult
  'قارن', // compare
  // Reporting and event verbs that open news sentences
  'قال', // said (masculine)
  'قالت', // said (feminine)
  'أكد', // stressed (masculine)
  'أكدت', // stressed (feminine)
  'أضاف', // added (masculine)
  'أضافت', // added (feminine)
  'أعلن', // announced (masculine)
  'أعلنت', // announced (feminine)
  'أشار', // pointed out (masculine)
  'أشارت', // pointed out (feminine)
  'بدأ', // began (masculine)
  'بدأت', // began (feminine)
  'ولد', // was born
  'توفي', // died
];
