import type { NormalizeOptions, ResolvedOptions } from './types.js';

/** What `normalize(input, options)` gives: one documented effect of one option. */
export interface OptionExample {
  readonly input: string;
  readonly options: NormalizeOptions;
  readonly output: string;
}

/**
 * Examples of every option on real Arabic (mostly from the press releases in `fixtures/`). They are
 * data, not prose: `npm run docs:generate` renders them into docs/reference/options.md, and
 * test/options/examples.test.ts checks that `normalize` gives each `output`. Nothing in the
 * library imports this file, so it is not shipped. Adding an option: add its examples here too.
 */
export const OPTION_EXAMPLES: { readonly [K in keyof ResolvedOptions]?: readonly OptionExample[] } =
  {
    whitespace: [
      {
        input: 'أبعد من ذلك\u00A0 في دول التحالف',
        options: {},
        output: 'أبعد من ذلك في دول التحالف',
      },
      {
        input: 'أبعد من ذلك\u00A0 في دول التحالف',
        options: { whitespace: 'keep' },
        output: 'أبعد من ذلك\u00A0 في دول التحالف',
      },
    ],
    zwnj: [
      { input: 'الخارجية\u200Cالأمريكية', options: {}, output: 'الخارجيةالأمريكية' },
      {
        input: 'الخارجية\u200Cالأمريكية',
        options: { zwnj: 'space' },
        output: 'الخارجية الأمريكية',
      },
    ],
    tatweel: [
      { input: 'الـعـراق', options: {}, output: 'العراق' },
      { input: 'الـعـراق', options: { tatweel: 'keep' }, output: 'الـعـراق' },
      { input: 'بـ 300 دولار', options: {}, output: 'بـ 300 دولار' },
    ],
    diacritics: [
      {
        input: 'لقد قدّم هؤلاء المقاتلون تهديدًا كبيرًا',
        options: { diacritics: 'strip' },
        output: 'لقد قدم هؤلاء المقاتلون تهديدا كبيرا',
      },
      {
        input: 'لقد قدّم هؤلاء المقاتلون تهديدًا كبيرًا',
        options: { diacritics: 'strip-except-shadda' },
        output: 'لقد قدّم هؤلاء المقاتلون تهديدا كبيرا',
      },
    ],
    repairDiacritics: [
      { input: 'جھدا ً جماعیا ًمن', options: {}, output: 'جهداً جماعياً من' },
      { input: 'كما أ ّن إعادة', options: {}, output: 'كما أنّ إعادة' },
      { input: 'كما أ ّن إعادة', options: { repairDiacritics: false }, output: 'كما أ ّن إعادة' },
      { input: 'يدرس ُ الطالب', options: {}, output: 'يدرسُ الطالب' },
    ],
    farsiLetters: [
      { input: 'علیھا داعش في سوریا', options: {}, output: 'عليها داعش في سوريا' },
      {
        input: 'علیھا داعش في سوریا',
        options: { farsiLetters: 'keep' },
        output: 'علیھا داعش في سوریا',
      },
    ],
    elongation: [
      { input: 'شكرااا جزيييلا ههههههه', options: {}, output: 'شكرا جزيلا هه' },
      { input: 'تتتالى الأحداث', options: {}, output: 'تتتالى الأحداث' },
      {
        input: 'شكرااا جزيييلا',
        options: { elongation: 'keep' },
        output: 'شكرااا جزيييلا',
      },
    ],
    digits: [
      { input: 'في ۲۰۱۸ و٢٠١٩', options: {}, output: 'في 2018 و2019' },
      { input: 'في ۲۰۱۸ و٢٠١٩', options: { digits: 'arabic-indic' }, output: 'في ٢٠١٨ و٢٠١٩' },
      { input: 'أكثر من 90٪ من الأراضي', options: {}, output: 'أكثر من 90% من الأراضي' },
    ],
    punctuation: [
      { input: 'هل هذا صحيح?', options: {}, output: 'هل هذا صحيح؟' },
      { input: 'نعم، لا', options: { punctuation: 'latin' }, output: 'نعم, لا' },
    ],
    punctuationSpacing: [
      { input: 'في أیلول 2018 .دعمت', options: {}, output: 'في أيلول 2018. دعمت' },
      {
        input: 'في أیلول 2018 .دعمت',
        options: { punctuationSpacing: false },
        output: 'في أيلول 2018 .دعمت',
      },
      { input: 'مكافحة الإرهاب. , من خلال', options: {}, output: 'مكافحة الإرهاب. من خلال' },
    ],
    quotes: [
      { input: 'ضد «داعش» الشهر', options: {}, output: 'ضد "داعش" الشهر' },
      {
        input: 'خمسة "خلفاء"، قُتل',
        options: { quotes: 'guillemets' },
        output: 'خمسة «خلفاء»، قُتل',
      },
    ],
    dashes: [
      { input: 'العراق – بدعوة', options: {}, output: 'العراق – بدعوة' },
      { input: 'العراق – بدعوة', options: { dashes: 'hyphen' }, output: 'العراق - بدعوة' },
    ],
    visualOrderNumbers: [
      {
        input: 'رقم واتساب الخاص به 1037-294-202-1+، أو',
        options: { visualOrderNumbers: true },
        output: 'رقم واتساب الخاص به +1-202-294-1037، أو',
      },
    ],
    foldAlef: [{ input: 'إلى الأراضي', options: { foldAlef: true }, output: 'الى الاراضي' }],
    foldAlefMaksura: [{ input: 'على مدى', options: { foldAlefMaksura: true }, output: 'علي مدي' }],
    foldTehMarbuta: [
      { input: 'العملية البرية', options: { foldTehMarbuta: true }, output: 'العمليه البريه' },
    ],
    foldHamza: [
      { input: 'مسؤولون', options: { foldHamza: true }, output: 'مسوولون' },
      { input: 'كتابهٔ', options: { preset: 'search' }, output: 'كتابه' },
    ],
    foldQuranicMarks: [
      { input: 'إِنَّهُۥ رَبِّىٓ', options: { preset: 'search' }, output: 'انه ربي' },
      {
        input: 'إِنَّهُۥ',
        options: { preset: 'search', foldQuranicMarks: false },
        output: 'انه\u06e5',
      },
    ],
  };
