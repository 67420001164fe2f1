/**
 * A short text that takes most paths of the fused pass of stages 1 and 2 (`clean-and-map.ts`):
 * letters, spaces of every kind, every line break, invisible controls between letters and next to
 * spaces, a ZWJ inside an emoji and alone, ZWNJs inside and outside words, TATWEELs before a
 * letter and at a word's end, presentation forms (of Farsi letters too), Farsi letters in Arabic
 * and in Persian lines, marks inside words and harakat cut off after a word (put back, left, and
 * left to the reference), lines ending in a Farsi letter, a mark or removed units and starting
 * with a form or a Farsi letter, digits before a gap, and units only the reference handles (a
 * ligature of words, a surrogate pair, a lone surrogate); and the common work of stage 3: numbers
 * in both digit systems with separators, a percent sign and a range, Latin commas and question
 * marks between Arabic words, spaced punctuation, quotes, dashes, a URL and an e-mail address.
 * `normalize` (`runUnrecorded`, src/pipeline.ts) runs it {@link WARM_UP_ROUNDS} times (each
 * round with {@link WARM_UP_NORMAL_TEXT} after it: {@link WARM_UP_ROUND}), with that
 * call's options, before the call it is due at (src/core/warm-up-due.ts): the first call whose
 * text is as long as those rounds, or the call that brings the text read so far to that length.
 *
 * Why: the engine optimises each function with the type feedback it has gathered so far, and
 * keeps none before a function has run a while (its feedback is allocated lazily). A path that
 * the first texts did not take, or took only then, has none: the first text to take it later
 * throws the optimised code away ("insufficient type feedback", `--trace-deopt`), runs it
 * unoptimised again and compiles it again. After the clean 100 KB text of the benchmark (which the
 * whole pipeline's gate returns, so the pass never runs), the noisy 100 KB text deoptimised
 * `passUntil` (a TATWEEL, an invisible control the copy loop leaves), `openGap` and `flushGap` in
 * its second to fourth calls, those the benchmark times. After this text and before
 * {@link WARM_UP_NORMAL_TEXT} was added, the first noisy text still deoptimised `passUntil` (a
 * presentation form, or a TATWEEL that stays, before a mark: the copy loop stops at its run's
 * first unit; now `ﻛَﺘَﺐَ كـَتب`), `flushGap` (a gap it writes before the text's first change,
 * compared with the input: now the two spaces after the first word) and, with `minimal`, stage
 * 3's number scan (a number before an Arabic comma: now `2020،`).
 */
const WARM_UP_LINES: readonly string[] = [
  'قال  الوزير إن الاجتماع\u200b سيعقد غدا،\u00a0وإن\u2009الوفد\u3000وصل.',
  'كتـــاب جميـل ـ وكتابـ آخر\u0640 مع علامة \u200e\u200fهنا \u200b و\u200d منفردة 👩\u200d🔬 ثم.',
  'این یک کتاب فارسی است که در آن می\u200cخوانیم و آن را می\u200cشود',
  'می\u200cشود \u200cکه \u200c\u200c این ﯾﮑﯽ ﻛﺘﺎب ﻻ ﯼ کتاب یک ہے گھر کی',
  'این کتاب فارسی است',
  'كتبَ\nكتابـ\nكتاب \u200b\nکتاب\u200c\nكتاب\nﻛﺘﺎب\nﯾﮑﯽ كتاب\nیک كتاب',
  'كَتَبَ الوَلَدُ دَرْسَهُ ﻛَﺘَﺐَ كـَتب جهد ً من كتابا ٌ و كتب \u064f ثم \u0651 هنا \u064b\u064b مرة',
  'آية \u0670 و\u06e5 و\u0653 قرآنية \u0610 ﷺ 😀 \ud800 عام 2018 م وفي ١٩ م',
  'سطر\r\nثان\rثالث\n\n\nرابع \n خامس\u2028سادس\u2029سابع\t ثامن  \u200b تاسع',
  'بلغت 12.5% و١٢٫٥٪ من 3,000,000 عام 2018-2019 , وفي 2020، وقال : "نعم" ؟ ثم -- انتهى ! وأين?',
  'انظر https://example.com/a.html و a@b.com – «كتاب» (1) ثم ۲۰۱۸/۱۲/۳ ... نعم',
];

/** {@link WARM_UP_LINES} as one text. */
export const WARM_UP_TEXT: string = /* @__PURE__ */ (() => WARM_UP_LINES.join('\n'))();

/**
 * A text that `normalize` leaves as it is but for its last word (a Farsi letter after a comma and
 * a space, as Arabic typed on a Persian keyboard has): numbers, punctuation, quotes and brackets
 * between Arabic words, which the whole pipeline's gate (src/fast/pipeline-gate.ts) reads up to
 * that word, asking stage 3's rules at each (it stops in the first words of the text above). Why:
 * after a first text that the gate read whole (the benchmark's clean 100 KB text), the gate's
 * paths that only noisy text takes had no type feedback, and the first noisy documents
 * deoptimised it where a clause mark stands before a space and a unit the gate does not pass
 * (`loneMarkEnd`), as here. With the `search` folds, the only preset that changes the rest, the
 * text has no mark, so the folds read it to their loop's end (they stop at the first mark of the
 * text above).
 */
export const WARM_UP_NORMAL_TEXT =
  'قال الوزير إن الوفد وصل في 12 مايو 2018، وإن نسبة النمو بلغت 3.5% (أي أكثر من المتوقع).\n' +
  'وأضاف: "الاجتماع القادم سيعقد في القاهرة" - بحسب المصدر نفسه؛ فهل يحضره الجميع؟ نعم، یجب';

/** The texts one round of the warm-up runs, in order. */
export const WARM_UP_ROUND: readonly string[] = [WARM_UP_TEXT, WARM_UP_NORMAL_TEXT];

/**
 * The code units one round of the warm-up reads ({@link WARM_UP_ROUND}); the warm-up is due once
 * calls have read as many as all its rounds.
 */
export const WARM_UP_ROUND_UNITS: number = /* @__PURE__ */ (() =>
  WARM_UP_ROUND.reduce((units, text) => units + text.length, 0))();

/**
 * How many times the warm-up runs its round ({@link WARM_UP_ROUND}): the first runs mostly go to
 * allocating the functions' feedback, the later ones record it and bring the functions run once
 * per unit of noise (a form, a control, a mark) closer to being optimised. Per-document calls
 * reach steady speed somewhat sooner with more rounds: on the bench's noisy 4 KB documents, in
 * fresh processes (the bench's cold-start child, 31 processes each over three runs), the median
 * call from which they stay steady was 150 with 3 rounds and about 125 with 8, with a wide spread
 * in both (about 60 to 200), while the first call on 500K code units took the same time. Not 16:
 * the first 300 documents took 98 ms of calls against 90 with 8 (20 fresh processes each,
 * medians). A text shorter than the rounds does not pay for them (src/core/warm-up-due.ts).
 */
export const WARM_UP_ROUNDS = 8;
