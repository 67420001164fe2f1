// Facts of Arabic spelling for the word-final FARSI YEH rule (stage 2): which words end in ALEF
// MAKSURA (ى), grouped by the morphological pattern that gives them that ending, and which
// YEH-final words (nisba adjectives, verbal nouns) share a spelling with a proclitic + ALEF MAKSURA
// word. Written for this project (MIT, like the rest of it) from the grammar of Arabic; the
// generator (scripts/generate-final-yeh-lexicon.mjs) expands it into
// src/letters/final-yeh-lexicon.generated.ts. One pattern a group; words separated by spaces,
// written as they are spelt with hamza (the generator adds the hamza-less spellings).
//
// Where both spellings are real words (على/علي، معنى/معني، بنى/بني), the more frequent one in
// modern prose is the one listed; a word left out of the ALEF MAKSURA lists becomes YEH.

const words = (text) => text.split(/\s+/).filter(Boolean);

/** Prepositions and particles: they take only the conjunctions و and ف. */
export const PARTICLES = words(`
  على إلى حتى متى لدى سوى بلى عسى أنى لدى كلا
`).filter((w) => w.endsWith('ى'));

/**
 * Nouns, adjectives and names, bare or definite: they take the conjunctions, the prepositions
 * ب ك ل and the article (ل + ال is written لل).
 */
export const NOUNS = {
  // فُعْلى: feminine of the elative أَفْعَل, and nouns of the same shape.
  'fuʿlā, feminine elatives and nouns': words(`
    أخرى أولى كبرى صغرى عظمى وسطى قصوى فصحى قربى وثقى عليا
    ذكرى شورى فوضى دعوى فتوى شكوى نجوى حلوى جدوى عدوى تقوى سلوى رؤى
    عقبى طوبى عسرى دنيا حمى أنثى خنثى سقيا رضوى لظى
    ضحى سيما إحدى حبلى ملأى نشوى جمادى
`),
  // فَعْلى / فُعالى / فَعالى: broken plurals.
  'faʿlā and faʿālā, broken plurals': words(`
    قتلى جرحى أسرى مرضى موتى صرعى هلكى غرقى حمقى كسلى جوعى عطشى
    يتامى نصارى سكارى كسالى أسارى ثكالى فتاوى دعاوى شكاوى قدامى ندامى
    حبالى عذارى قصارى فرادى رشاوى رشى
`),
  // أَفْعى: elatives of roots whose last radical is و or ي (the same spelling as the Form IV
  // perfect; listed here they also take the article: الأعلى، الأدنى).
  'afʿā, elatives of defective roots': words(`
    أقصى أدنى أعلى أقوى أجدى أحرى أسمى أغلى أرقى أحلى أقسى أغنى أنقى أزكى أعمى أتقى أشقى
    أبقى أهدى أدهى أولى أوفى أذكى أصفى أشهى أعتى أبهى أزهى أدعى أنأى أحوى أقنى
    أضحى أشفى أخزى أطغى أفعى
`),
  // مَفْعى: nouns of place and time, and the passive participle of the derived forms.
  'mafʿā, nouns of place and passive participles': words(`
    مدى مبنى معنى مرمى مسعى مغزى مأوى مقهى ملهى منحى مجرى منفى مثوى ملقى مشفى منأى
    مسرى مبكى
    مسمى مصلى مغطى مصفى مقوى مسجى موصى منقى
    معطى ملغى مجرى ملقى معفى مرضى مولى معافى
    منتدى ملتقى مقتضى مبتغى مرتقى محتوى مستوى مجتبى مرتضى مصطفى
    مقتنى منتقى مرتجى منحنى مستشفى مستثنى مستقى
    متوفى ممشى مرأى مستوحى مفدى مفترى
`),
  // Other nouns and adjectives that end in ى.
  'other nouns': words(`
    هدى صدى أذى هوى فتى قرى خطى حصى رحى ضحى سدى شتى
    موسيقى مستوى ثريا فحوى محتوى علا أسى تترى دجى
`),
};

/**
 * Proper names and places: they take the conjunctions, the prepositions ب ك ل and, as family
 * names, the article (العيسى، الموسى).
 */
export const NAMES = words(`
    موسى عيسى يحيى مصطفى مرتضى مجتبى لبنى مثنى نجوى سلوى رضوى هدى أروى
    ندى كسرى نينوى ديالى المثنى الأقصى
    ليلى سقطرى الأعشى
`);

/**
 * Nouns whose bare spelling is more often the YEH twin (a nisba adjective or a name:
 * يمني، حسني، كلي، بني، قوي), but which end in ALEF MAKSURA after the article:
 * اليمنى، الحسنى، الكلى، البنى، القوى.
 */
export const DEFINITE_NOUNS = words(`
  يسرى مثلى بنى كلى قوى أسرى مولى منى ربى
  مرضى ثرى سفلى عليا دمى نوى عمى
`);

/** Perfect verbs (he did): they take the conjunctions و and ف, and ل (لقد، لو … لـ). */
export const PERFECT_VERBS = {
  // Form I, third radical ي (فَعَى): رمى يرمي.
  'Form I': words(`
    قضى جرى مضى نفى رعى هوى كفى نهى حمى طوى روى نوى هدى أتى نأى حكى
    بكى طغى وقى غشى نجى
    أسى سجى ضحى حوى
  `),
  // Form II (فَعَّى) and Form III (فاعَى).
  'Forms II and III': words(`
    صلى غطى لبى نحى سلى أدى سوى
    عانى لاقى ساوى حابى داوى وازى باهى حاذى حاكى ضاهى آسى
  `),
  // Form IV (أَفْعَى).
  'Form IV': words(`
    أبدى أجرى أعطى ألقى أمضى أنهى أرسى أبقى أسدى أوصى أفضى أدلى أثنى أوفى أهدى ألغى أعفى
    أوحى أغنى أولى أضحى أمسى أعمى أحصى أخزى أشقى أغوى أرخى أروى آذى أنسى
    ألهى أهوى أذكى أصغى أفتى أدمى أسمى أربى أقنى أطغى أسرى أزجى
    أدنى أعلى أرقى أقصى أحمى آوى أعيى أغلى أفنى أودى أضفى
`),
  // Forms VII (اِنْفَعَى), VIII (اِفْتَعَى) and X (اِسْتَفْعَى).
  'Forms VII, VIII and X': words(`
    انطوى انزوى انقضى انثنى انحنى انبرى انمحى انجلى انضوى انكفى انتشى
    انتهى اقتضى ارتقى التقى ادعى اعتدى احتوى اكتفى اختفى اشترى ارتدى اشتكى انتمى اهتدى اقتدى
    اجتبى اصطفى ارتضى اعتنى اقتنى ابتغى انتقى ارتأى التوى ارتوى اكتوى اختلى اجتنى امتطى اعتلى
    احتمى اقتفى اعترى استوى احتفى اشتهى ارتمى اكتسى افترى افتدى اتقى اجترى التجى
    استدعى استثنى استولى استوفى استقصى استحيى استعدى استغنى استسقى استرعى استهوى استشفى
    استلقى استبقى استرخى استجدى استقوى استعلى استفتى استحلى استرضى استوحى استقى استهدى
    استخفى استجلى استدنى
  `),
};

/**
 * Perfect verbs of Forms V (تَفَعَّى) and VI (تَفاعَى). Their imperfect keeps ALEF MAKSURA
 * (يتبنى، يتعافى), but their bare perfect is spelt like their verbal noun with YEH (تبنٍّ, in
 * construct تبني; تعافٍ, تعافي), which after a preposition or the article is always the noun
 * (لتلقي، بالتحدي). The bare perfect is listed in `formsVAndVIPerfectWins` when the verb is the more
 * frequent reading in prose (تلقى الرئيس اتصالا), else the bare word is read as the noun.
 */
export const FORMS_V_AND_VI = words(`
  تلقى تبنى تولى تصدى تحدى تعدى تخطى تمنى تسنى تجلى تبقى تفادى تعافى تنامى تلاشى تماشى تمادى
  توخى تخلى تحلى تغذى تبدى تلهى تأذى تلظى تشظى تعرى ترقى تربى تغنى تفشى تقصى تنحى تجنى
  تحرى تمشى تسمى تزكى تدلى تردى تعاطى تقاضى تغاضى تراخى تداعى تنافى تهاوى تساوى تفانى تعالى
  توالى تلاقى تنادى تباهى تحاشى تجافى تمارى توارى توفى تأبى تجزى تسلى تعشى تلوى تمطى تحدى
  تخفى تعدى تأسى تقوى تلقى تهادى تراءى تبارى تجارى تعادى تناسى تنامى تناهى تهاوى تدنى ترجى
  تغشى تسامى تعامى تلاهى تصافى تراضى تقاوى تداوى تلافى توانى تماهى تأتى
`);

/** Forms V and VI perfects that are more often the verb than the verbal noun when bare. */
export const FORMS_V_AND_VI_PERFECT_WINS = words(`
  تلقى تولى تصدى تعدى تمنى تسنى تجلى تخلى تأذى تلظى تعرى ترقى تربى
  تداعى تعالى تزكى توارى تراءى ترجى تبقى تسمى تناسى تأبى
`);

/**
 * Imperfect stems (without the person prefix ي ت ن أ) of verbs whose imperfect ends in ALEF
 * MAKSURA: Form I verbs of the pattern فَعِلَ يَفْعَلُ and فَعَلَ يَفْعَلُ (بقي يبقى، سعى يسعى),
 * and passives in common use (يُدعى، يُرجى). Forms V and VI are added from FORMS_V_AND_VI.
 */
export const IMPERFECT_STEMS = {
  'Form I, يَفْعَى': words(`
    بقى نسى خشى لقى سعى رعى نأى رى شقى غشى طغى فنى رقى
    أبى حظى خفى
`),
  'passives, يُفْعَى': words(`
    دعى سمى رجى حصى حتذى عطى لغى جرى قضى تلى دعى عنى سقى كنى حكى ولى وصى
    بنى رمى نفى غطى هدى ستدعى لقى ستوفى قتضى عفى حمى رى نسى فترى
`),
};

/**
 * Passive imperfects that stay YEH when bare because the active (يُعطي، يُلقي، يجري، يبني) is
 * far more frequent; after the future prefix or ل the active is more frequent still.
 */
export const ACTIVE_IMPERFECT_WINS = words(`
  عطى لقى جرى قضى بنى رمى نفى غطى هدى ستدعى ستوفى قتضى عنى عفى سقى كنى حكى ولى وصى حمى
  لغى جزى غنى نمى روى بغى وعى
`);

/**
 * Words matched only exactly as they stand, with no proclitic (a proclitic would make another
 * word: والى is والي, a governor).
 */
export const EXACT_WORDS = words(`
  الى
`);

/**
 * YEH-final words that the proclitic analysis above would otherwise read as ALEF MAKSURA: nisba
 * adjectives, verbal nouns and names. Checked before the analysis; the generator adds the verbal
 * nouns of Forms V and VI (تبني، تحدي، تنامي) by itself.
 */
export const YEH_WORDS = words(`
  علي إلي لدي سنوي بني ولي نادي جاري عادي راعي قاضي مرسي حسني يسري بشري سلمي وسطي
  ليلي روسي فني كلي مني منتمي مدعي متلقي متبقي ملقي مربي مهدي رأي والي حوالي يمني بحري
  لتلقي بتلقي للتلقي نفسي عربي تركي فرنسي دولي حكومي مالي عالي غالي حالي تالي ثاني ماضي باقي
  ساعي داعي واقي حامي شاكي جاني مبني مرمي مقضي مكوي مشوي منسي مطوي مرضي معني مسعي ملهي
  مولي معطي مغني وصي غني قوي شقي ذكي نقي تقي سخي وفي بني أبي أخي ذوي تقني مهني سلبي
  أولي أسري دعوي ذكري أخري أمني أدبي أهلي أصلي وادي فادي فارسي فاعلي فرعي فصلي اسمي باسمي اثني اخي الغي سيرجي الليلي
`);
