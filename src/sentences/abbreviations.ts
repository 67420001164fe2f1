/**
 * Abbreviations after which a full stop does not end a sentence, written without their final dot.
 * One entry per line with its expansion. An entry is compared with the word just before the dot
 * and, when it holds inner dots, with the whole dotted token (`أ.د`, `Ph.D`).
 *
 * Any single letter before a dot (`ج.` in `لويد ج. أوستن`, `J.`) is an initial or an abbreviation
 * without being listed, so every chain of single letters (`و.م.أ.`, `ش.م.م.`, `U.S.`, `e.g.`) is
 * one too; the single letters and chains below are listed to document the common ones.
 * Matching is exact and case-sensitive; extend the list with the `abbreviations` option.
 */
export const ABBREVIATIONS: readonly string[] = [
  // Arabic titles
  'د', // دكتور (doctor)
  'أ', // أستاذ (professor, Mr)
  'أ.د', // أستاذ دكتور (professor doctor)
  'أ.م', // أستاذ مساعد (assistant professor)
  'أ.م.د', // أستاذ مساعد دكتور
  'م', // مهندس (engineer); also ميلادي (AD) after a year
  'عق', // عقيد (colonel)
  'مق', // مقدم (lieutenant colonel)
  // Arabic dates and eras
  'هـ', // هجري (year of the Hijra)
  'ق.م', // قبل الميلاد (BC)
  'ب.م', // بعد الميلاد (AD)
  'ق.هـ', // قبل الهجرة (before the Hijra)
  // Arabic addresses, companies and currencies
  'ص.ب', // صندوق بريد (post-office box)
  'ش.م.ع', // شركة مساهمة عامة (public joint-stock company)
  'ش.م.م', // شركة مساهمة مصرية / محدودة (company forms)
  'ذ.م.م', // ذات مسؤولية محدودة (limited liability)
  'ر.س', // ريال سعودي (Saudi riyal)
  'د.إ', // درهم إماراتي (UAE dirham)
  'د.ك', // دينار كويتي (Kuwaiti dinar)
  'ج.م', // جنيه مصري (Egyptian pound)
  'ج.م.ع', // جمهورية مصر العربية (Arab Republic of Egypt)
  // Arabic references and editing
  'ص', // صفحة (page)
  'ج', // جزء (volume part)
  'ط', // طبعة (edition)
  'ع', // عدد (issue)
  'مج', // مجلد (volume)
  'تح', // تحقيق (edited by)
  'م.ن', // المصدر نفسه (ibid.)
  'د.ت', // دون تاريخ (no date)
  'إلخ', // إلى آخره (etc.)
  'الخ', // إلى آخره, written without hamza
  'اهـ', // انتهى (end of quotation)
  // Latin titles
  'Dr', // Doctor
  'Mr', // Mister
  'Mrs', // Mistress
  'Ms', // Ms
  'Prof', // Professor
  'Sr', // Senior
  'Jr', // Junior
  'St', // Saint, Street
  'Gen', // General
  'Col', // Colonel
  'Lt', // Lieutenant
  'Capt', // Captain
  'Sgt', // Sergeant
  'Maj', // Major
  'Adm', // Admiral
  'Gov', // Governor
  'Sen', // Senator
  'Rep', // Representative
  'Pres', // President
  // Latin companies and organisations
  'Inc', // Incorporated
  'Ltd', // Limited
  'Co', // Company
  'Corp', // Corporation
  'Dept', // Department
  'Univ', // University
  'U.S', // United States
  'U.K', // United Kingdom
  'U.N', // United Nations
  // Latin references
  'No', // Number
  'Nos', // Numbers
  'Vol', // Volume
  'vol', // volume
  'pp', // pages
  'Fig', // Figure
  'fig', // figure
  'Ed', // Editor, Edition
  'ed', // editor, edition
  'approx', // approximately
  'etc', // et cetera
  'vs', // versus
  'cf', // confer
  'al', // et al.
  'e.g', // exempli gratia
  'i.e', // id est
  'Op', // opere (Op. cit.)
  'op', // opere (op. cit.)
  'cit', // citato (op. cit., loc. cit.)
  'loc', // loco (loc. cit.)
  'ibid', // ibidem (the same place)
  'Ibid', // ibidem
  'ib', // ibidem
  'ff', // and the following pages
  'nn', // notes
  'ch', // chapter
  'chap', // chapter
  'eds', // editors
  'Eds', // editors
  'trans', // translated by
  'repr', // reprinted
  'suppl', // supplement
  'viz', // videlicet (namely)
  'ca', // circa
  'fl', // floruit
  'Aufl', // Auflage (German: edition)
  'Hrsg', // Herausgeber (German: editor)
  'hrsg', // herausgegeben (German: edited)
  'Bd', // Band (German: volume)
  'Nr', // Nummer (German: number)
  'vgl', // vergleiche (German: compare)
  'ebd', // ebenda (German: ibid.)
  'usw', // und so weiter (German: etc.)
  'bzw', // beziehungsweise (German: or rather)
  'trad', // traduit, traducción (French, Spanish: translated)
  'coll', // collection (French: series)
  'a.m', // ante meridiem
  'p.m', // post meridiem
  // Latin months
  'Jan', // January
  'Feb', // February
  'Mar', // March
  'Apr', // April
  'Jun', // June
  'Jul', // July
  'Aug', // August
  'Sep', // September
  'Sept', // September
  'Oct', // October
  'Nov', // November
  'Dec', // December
];

/**
 * The abbreviations above that may end a sentence: eras and currencies after a number (`1990م.`
 * is `م` after a number), `إلخ` and its kin at the end of a list, a time of day. A full stop after
 * one of these ends the sentence when the next word opens one (`sentence-openers.ts`); a title, an
 * initial, a company form or a reference abbreviation (`د.`, `ج.`, `ش.م.ع.`, `ص.`) is followed by a
 * name or a number, and ends a sentence only before a sentence starter.
 */
export const CLAUSE_FINAL_ABBREVIATIONS: readonly string[] = [
  'هـ', // هجري (year of the Hijra)
  'ق.م', // قبل الميلاد (BC)
  'ب.م', // بعد الميلاد (AD)
  'ق.هـ', // قبل الهجرة (before the Hijra)
  'ر.س', // ريال سعودي (Saudi riyal)
  'د.إ', // درهم إماراتي (UAE dirham)
  'د.ك', // دينار كويتي (Kuwaiti dinar)
  'ج.م', // جنيه مصري (Egyptian pound)
  'إلخ', // إلى آخره (etc.)
  'الخ', // إلى آخره, written without hamza
  'اهـ', // انتهى (end of quotation)
  'etc', // et cetera
  'a.m', // ante meridiem
  'p.m', // post meridiem
];

/**
 * Letters that abbreviate an era or a unit when they follow a number (`1990م.`, `1440 ه.`, `12 كم.`)
 * and may then end a sentence like {@link CLAUSE_FINAL_ABBREVIATIONS}. Without a number before them
 * `م` is a title (مهندس) and `كم` a word ("how many"). Units written in Arabic letters, per the
 * SI names as Arabic writes them: kilometre, centimetre, millimetre, kilogram, gram, millilitre.
 */
export const AFTER_NUMBER_ABBREVIATIONS: readonly string[] = [
  'م', // ميلادي (AD); also متر (metre)
  'ه', // هجري (year of the Hijra), written without tatweel
  'كم', // كيلومتر (kilometre)
  'كلم', // كيلومتر (kilometre, Maghreb spelling)
  'سم', // سنتيمتر (centimetre)
  'مم', // مليمتر (millimetre)
  'ملم', // مليمتر (millimetre)
  'كغ', // كيلوغرام (kilogram)
  'كجم', // كيلوجرام (kilogram, Egyptian spelling)
  'كلغ', // كيلوغرام (kilogram, Maghreb spelling)
  'غ', // غرام (gram)
  'جم', // جرام (gram, Egyptian spelling)
  'مل', // مليلتر (millilitre)
];
