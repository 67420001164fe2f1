/**
 * A short text that takes most paths of the sentence scan once: common and general full stops,
 * abbreviations, initials, numbers and numbered items, acronyms, ellipses, runs of terminators,
 * closers and footnotes, links, e-mail addresses, paths, Markdown images, marks, tatweel, format
 * controls, every kind of line break, blank lines. `warmUpScan` (split-sentences.ts) splits it
 * three times, before the call it is due at (src/core/warm-up-due.ts): the first call whose text
 * is as long as those splits, or the call that brings the text read so far to that length.
 *
 * Why: the engine optimises each function of the scan with the type feedback it has gathered so
 * far. Text that has not yet taken a path (clean text reaches few of the general path's branches)
 * leaves that path without feedback; the first text to take it later throws the optimised code
 * away ("insufficient type feedback", `--trace-deopt`), runs it unoptimised for a while, and
 * compiles it again. On the benchmark's order of texts (clean 100 KB, noisy 100 KB, clean 1 MB,
 * noisy 1 MB, then 10 MB) that happened 10 to 14 times, while the noisy texts were timed; with
 * this text (1,117 code units) split first, it does not happen.
 */
const WARM_UP_LINES: readonly string[] = [
  'وصل الوفد صباحا. بدأت المحادثات ظهرا، ثم توقفت.',
  'متى تبدأ الجلسة؟ تبدأ بعد قليل! هل انتهت؟! نعم.',
  'قال د. أحمد إن أ.د. سمير وصل. التقى ص.ب. بالوفد.',
  'زار 3 كم. ثم عاد في 2018 . كان العدد ١٢. قرأ الفصل ٣. ثم نام.',
  '1. البند الأول',
  '2. البند الثاني.',
  'شاهد بي. بي. سي الخبر. نقلت إم.بي.سي الخبر.',
  'فكر... لكنه تردد… ثم قال . . . لا شيء.',
  'انظر www.example.com. أو http://a.b/c.d ثم a@b.com. والمسار /usr/bin.',
  'صورة ![شكل.1](http://x.y/z.png) هنا. ثم [رابط](http://a.b) هناك.',
  'انتهى الأمر.» ثم بدأ. قال: «انتهى.» وذهب. (انتهى.) وبعده.',
  'ورد في المصدر.[3] وفي غيره.(2) وكذلك.¹ ثم.- وبعد.',
  'فوزه (!) في المباراة. وقيمته 7.7 بالمئة. وa.b كذلك.',
  'Dr. Smith arrived. Is it 5 p.m.? He left and came back. See Fig. 2.',
  'كَلِمَةٌ. وَأُخْرَى! ثمـ. نعم ـكلمة!ـكلمة أخرى.',
  'د\u200f.\u200f أحمد\u202a.\u202c وصل. الإرهاب. , من خلال. الأمر. » ثم. عددهم؟3 وأكثر.',
  'ق.م. نيسان/أبريل. وز. الآن. أ. ب. ج. هـ. إلخ. م. كم/س.',
  'سطر أول',
  'سطر ثان',
  'انظر www.موقع.عربي ثم البريد a@b.com.وصل والمسار /a/b.ج وhttp://x.y/z.ع نعم.',
  'قال "انتهى." ثم \'ذهب.\' وبعده «كلا.» و“نعم.” انتهى!! حقا؟ ؟ كثير؟!ـكلمة.',
  'الفقرة الأولى.  ',
  '  ',
  'الفقرة الثانية.',
  'سطر\tمع علامة\tجدولة.',
  'سطر\r',
  'آخر.\u2029فقرة.\u2028سطر.\u0085سطر.\u000bسطر.\u000cسطر. نهاية.',
];

/** {@link WARM_UP_LINES} as one text. */
export const WARM_UP_TEXT: string = /* @__PURE__ */ (() => WARM_UP_LINES.join('\n'))();
