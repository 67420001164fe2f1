/**
 * Words that tell Persian and Urdu lines from Arabic ones, for the passage detector
 * (`persian-passages.ts`). Written in the detector's key spelling: marks dropped, FARSI YEH as
 * YEH (ي), KEHEH as KAF (ك), HEH DOACHASHMEE and HEH GOAL as HEH (ه); hamza and madda kept on their
 * carrier (أ إ آ ئ ؤ), so that Persian این is not Arabic أين. A word frequent in both languages
 * (من "I"/"from", ما، هم، بين، كل، بعد، قبل، يا، و) or in Arabic typed without hamza (اي for أي،
 * ام for أم، او for أو) is in neither list. One group a line.
 */

// Split without a regular expression: the first use of one compiles it, at import (measured: the
// lists' `split(/\s+/)` was a fifth of the import's evaluation). The lists hold only spaces and
// line breaks between words.
const words = (text: string) => text.replaceAll('\n', ' ').split(' ').filter(Boolean);

/**
 * Persian function words, frequent verbs and adverbs, frequent news and interface words that
 * Arabic does not write, and suffixes (after a ZERO WIDTH NON-JOINER they stand alone).
 */
export const PERSIAN_WORDS: readonly string[] = words(`
  است اين آن را از كه مي نمي هاي ها براي تا در با بر شده شود شد بود باشد كند
  كنند كنيد كرده كنم كنيم بوده نيز اگر خود همه شما ايشان آنها هر ديگر يك وي هستند
  هست بايد دارد دارند خواهد نيست بسيار اينكه ميشود ميكند اند ايم ايد آيا چه چون نه
  همين آنكه زيرا اينجا آنجا كنون اكنون كرد يافت رفت آمد داد گرفت داشت خواست ديد بودند
  كردند شدند رفتند دادند روز سال امروز ديروز فردا خيلي هيچ چرا كجا كدام همچنين درباره
  بيشتر توسط هنوز هميشه شايد ملي جهاني راه تيم كشور مردم دولت سازمان وزارت رياست صفحه
  ذخيره جستجو زبان خوش آمديد كاربر روي
`);

/** Urdu function words (those without a letter only Urdu uses). */
export const URDU_WORDS: readonly string[] = words(`
  كو كا اور مين بهي تها تهي يه وه ايك كر گا گي تك جب شكريه آپ
`);

/** Arabic function words, spelt as Arabic writes them (على with ALEF MAKSURA, not Persian علی). */
export const ARABIC_WORDS: readonly string[] = words(`
  في من على إلى الى عن أن إن ان أنه إنه انه التي الذي الذين هذا هذه ذلك تلك كان
  كانت يكون قد لم لن لا مع كما حتى أو ثم هو هي عند أي إلا الا لكن ليس منذ وفي وقد
  وأن وهو وهي ولا فإن فقد لقد هناك أيضا ايضا إذا اذا عليه عليها فيه فيها تم وكان
  وعلى وإلى ومن التى الذى فى
`);

/** Persian words that begin like the Arabic article ال but are not Arabic. */
export const PERSIAN_AL_WORDS: readonly string[] = words(`
  البته الان الهام الف الماس البرز الزام الكترونيك الگو الكل
`);
