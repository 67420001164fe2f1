/**
 * Arabic words that end in ALEF MAKSURA (U+0649), for the word-final FARSI YEH rule of stage 2: a
 * word ending in FARSI YEH whose letters (Farsi letters mapped, marks ignored) spell one of these,
 * possibly behind the proclitics its class allows, ends in ALEF MAKSURA; any other word-final
 * FARSI YEH becomes YEH.
 *
 * Hand-built (see docs/reference/options.md, "Stage 2"): frequent function words, nouns, adjectives, names and verbs
 * of news Arabic that end in ALEF MAKSURA. A word is left out when its YEH-final twin is frequent
 * too, so that it becomes YEH: معنى/معني، مبنى/مبني، رأى/رأي، بنى/بني، ولى/ولي، مضى/مضي، سلمى/سلمي،
 * بشرى/بشري، مرسى/مرسي، حسنى/حسني، يسرى/يسري، منى/مني، يعطى/يعطي، يلقى/يلقي، يدعى/يدعي،
 * يبنى/يبني، يخفى/يخفي. على is kept although علي (a name) exists: على is far more frequent.
 * One word per line, with its transliteration and meaning.
 */

/** Prepositions and particles: may follow the proclitic و or ف. */
export const PARTICLES: readonly string[] = [
  'على', // ʿalā, on (preposition)
  'إلى', // ilā, to (preposition)
  'حتى', // ḥattā, until, even
  'متى', // matā, when?
  'لدى', // ladā, at, with
  'سوى', // siwā, except
  'بلى', // balā, yes indeed
  'عسى', // ʿasā, perhaps
  'أنى', // annā, how, whence
];

/** Nouns, adjectives and names: may follow و or ف, then ب, ك or ل, then ال (ل + ال is لل). */
export const NOUNS: readonly string[] = [
  'مدى', // madā, extent, range
  'مستوى', // mustawā, level
  'أخرى', // ukhrā, other (f.)
  'كبرى', // kubrā, major (f.)
  'صغرى', // ṣughrā, minor (f.)
  'عظمى', // ʿuẓmā, greatest (f.)
  'وسطى', // wusṭā, middle (f.)
  'قصوى', // quṣwā, utmost (f.)
  'أولى', // ūlā, first (f.)
  'أقصى', // aqṣā, farthest, maximum
  'أدنى', // adnā, lowest, minimum
  'أعلى', // aʿlā, highest
  'أقوى', // aqwā, strongest
  'أجدى', // ajdā, more useful
  'أحرى', // aḥrā, more fitting
  'أسمى', // asmā, loftiest
  'مستشفى', // mustashfā, hospital
  'منتدى', // muntadā, forum
  'ملتقى', // multaqā, meeting point
  'منحى', // manḥā, course, trend
  'مسعى', // masʿā, endeavour
  'مغزى', // maghzā, significance
  'مقتضى', // muqtaḍā, requirement
  'مأوى', // maʾwā, shelter
  'مرمى', // marmā, range, goal
  'مقهى', // maqhā, café
  'منأى', // manʾā, remoteness
  'فحوى', // faḥwā, content
  'دعوى', // daʿwā, lawsuit
  'فتوى', // fatwā, legal opinion
  'شكوى', // shakwā, complaint
  'جدوى', // jadwā, usefulness
  'عدوى', // ʿadwā, infection
  'تقوى', // taqwā, piety
  'ذكرى', // dhikrā, anniversary, memory
  'نجوى', // najwā, confidential talk
  'حلوى', // ḥalwā, sweets
  'رؤى', // ruʾā, visions
  'قوى', // quwā, forces (ambiguous with qawiyy, strong: see docs/reference/options.md)
  'قتلى', // qatlā, the killed
  'جرحى', // jarḥā, the wounded
  'أسرى', // asrā, prisoners
  'مرضى', // marḍā, patients
  'موتى', // mawtā, the dead
  'صرعى', // ṣarʿā, the fallen
  'يتامى', // yatāmā, orphans
  'نصارى', // naṣārā, Christians
  'هدى', // hudā, guidance
  'ضحى', // ḍuḥā, forenoon
  'مصطفى', // Muṣṭafā (name)
  'موسى', // Mūsā (name)
  'عيسى', // ʿĪsā (name)
  'يحيى', // Yaḥyā (name)
  'ليلى', // Laylā (name)
  'مرتضى', // Murtaḍā (name)
  'مجتبى', // Mujtabā (name)
  'لبنى', // Lubnā (name)
  'مثنى', // Muthannā (name), dual
];

/** Verbs: may follow و or ف, then ل or س. */
export const VERBS: readonly string[] = [
  'أدى', // addā, led to, performed
  'أبدى', // abdā, expressed
  'أجرى', // ajrā, conducted
  'أعطى', // aʿṭā, gave
  'ألقى', // alqā, delivered, threw
  'أمضى', // amḍā, spent
  'أنهى', // anhā, ended
  'أرسى', // arsā, established
  'أبقى', // abqā, kept
  'أسدى', // asdā, rendered
  'أوصى', // awṣā, recommended
  'أفضى', // afḍā, led to
  'أخلى', // akhlā, evacuated
  'أدلى', // adlā, made (a statement)
  'أثنى', // athnā, praised
  'أوفى', // awfā, fulfilled
  'أهدى', // ahdā, presented
  'ألغى', // alghā, cancelled
  'أعفى', // aʿfā, exempted
  'أخفى', // akhfā, hid
  'أوحى', // awḥā, suggested
  'استدعى', // istadʿā, summoned
  'استثنى', // istathnā, excluded
  'استولى', // istawlā, seized
  'اشترى', // ishtarā, bought
  'انتهى', // intahā, ended
  'اقتضى', // iqtaḍā, required
  'ارتقى', // irtaqā, rose
  'التقى', // iltaqā, met
  'ادعى', // iddaʿā, claimed
  'اعتدى', // iʿtadā, attacked
  'احتوى', // iḥtawā, contained
  'اكتفى', // iktafā, was content
  'اختفى', // ikhtafā, disappeared
  'استوفى', // istawfā, fulfilled
  'تلقى', // talaqqā, received
  'تبنى', // tabannā, adopted
  'تولى', // tawallā, took charge
  'تصدى', // taṣaddā, confronted
  'تحدى', // taḥaddā, challenged
  'تعدى', // taʿaddā, exceeded
  'تخطى', // takhaṭṭā, overcame
  'تمنى', // tamannā, wished
  'تسنى', // tasannā, became possible
  'تجلى', // tajallā, became manifest
  'تبقى', // tabaqqā, remained; tabqā, she remains
  'تفادى', // tafādā, avoided
  'تعافى', // taʿāfā, recovered
  'تنامى', // tanāmā, grew
  'تمادى', // tamādā, persisted
  'توخى', // tawakhkhā, aimed at
  'سعى', // saʿā, strove
  'قضى', // qaḍā, spent, decreed
  'جرى', // jarā, took place
  'روى', // rawā, narrated
  'نوى', // nawā, intended
  'رمى', // ramā, threw
  'أتى', // atā, came
  'نهى', // nahā, forbade
  'سمى', // sammā, named
  'نعى', // naʿā, mourned
  'يرى', // yarā, he sees
  'ترى', // tarā, she sees, you see
  'نرى', // narā, we see
  'أرى', // arā, I see
  'يسعى', // yasʿā, he strives
  'تسعى', // tasʿā, she strives
  'نسعى', // nasʿā, we strive
  'يبقى', // yabqā, he remains
  'نبقى', // nabqā, we remain
  'يخشى', // yakhshā, he fears
  'تخشى', // takhshā, she fears
  'ينسى', // yansā, he forgets
  'ننسى', // nansā, we forget
  'يرضى', // yarḍā, he is satisfied
  'يحظى', // yaḥẓā, he enjoys
  'تحظى', // taḥẓā, she enjoys
  'يرعى', // yarʿā, he sponsors
  'ترعى', // tarʿā, she sponsors
  'ينأى', // yanʾā, he keeps away
  'يتلقى', // yatalaqqā, he receives
  'تتلقى', // tatalaqqā, she receives
  'يتبنى', // yatabannā, he adopts
  'تتبنى', // tatabannā, she adopts
  'يتولى', // yatawallā, he takes charge
  'تتولى', // tatawallā, she takes charge
  'يتصدى', // yataṣaddā, he confronts
  'تتصدى', // tataṣaddā, she confronts
  'يتحدى', // yataḥaddā, he challenges
  'يتعدى', // yataʿaddā, he exceeds
  'يتمنى', // yatamannā, he wishes
  'نتمنى', // natamannā, we wish
  'يتسنى', // yatasannā, it becomes possible
  'يتخطى', // yatakhaṭṭā, he overcomes
  'يتجلى', // yatajallā, it becomes manifest
  'يتوخى', // yatawakhkhā, he aims at
  'يتبقى', // yatabaqqā, it remains
  'يتعافى', // yataʿāfā, he recovers
  'يتفادى', // yatafādā, he avoids
  'يتنامى', // yatanāmā, it grows
  'يتلاشى', // yatalāshā, it fades
  'يتماشى', // yatamāshā, it is in line
  'يسمى', // yusammā, is called (as in ma yusamma)
  'تسمى', // tusammā, she is called
  'يرجى', // yurjā, it is requested (please)
  'يحصى', // yuḥṣā, is counted
];

/** Words matched only as they stand, with no proclitic. */
export const EXACT_WORDS: readonly string[] = [
  'الى', // ilā written without hamza; only bare, since wālī (governor) would match with a proclitic
];
