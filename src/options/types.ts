/** Names of the built-in presets. */
export type PresetName = 'standard' | 'search' | 'minimal';

/** The option every function with options takes: the preset the other options start from. */
export interface PresetOption {
  /** Preset to start from: `'standard'` (default), `'search'`, or `'minimal'`. */
  preset?: PresetName;
}

/** Options of stage 1, {@link cleanUnicode}. */
export interface UnicodeOptions extends PresetOption {
  /**
   * `'collapse'` (default): every Unicode space and tab becomes one ASCII space, runs of spaces
   * collapse, lines are trimmed, and at most one blank line separates paragraphs.
   * `'keep'`: spaces and blank lines are left as they are (line breaks are still unified to `\n`).
   */
  whitespace?: 'collapse' | 'keep';
  /**
   * ZERO WIDTH NON-JOINER U+200C: `'remove'` (default), `'space'` (becomes a space), or `'keep'`.
   * With `'keep'` only the ZWNJs inside a word stay (a run of several becomes one); one beside a
   * space or at either end of a word goes: `کاروان\u200c\u200cسرا` → `کاروان\u200cسرا`,
   * `سلام\u200c دنیا` → `سلام دنیا`. Persian and Urdu lines keep their ZWNJs in this way whatever
   * this option says, unless `farsiLetters` is not `'auto'`.
   */
  zwnj?: 'remove' | 'space' | 'keep';
  /**
   * TATWEEL U+0640 (kashida): `'remove'` (default) or `'keep'`. `'remove'` removes decoration only
   * (`'تشــهد'` → `'تشهد'`); a tatweel seating a mark (Uthmani `'يَسۡـَٔلُونَ'`), used as a dash
   * (`'عربية ـ صينية'`), binding a prefix (`'بـ 300'`, `'الـ iPhone'`) or in `'هـ'` stays.
   */
  tatweel?: 'remove' | 'keep';
  /** Harakat and tanween: `'keep'` (default), `'strip'` all, or `'strip-except-shadda'`. */
  diacritics?: 'keep' | 'strip' | 'strip-except-shadda';
  /**
   * Put marks cut off from their letter by a space or written before it back on their letter
   * (default true): a case ending standing alone goes back to its word (`'يدرس ُ الطالب'` →
   * `'يدرسُ الطالب'`); when no rule is sure, the mark is left where it is.
   */
  repairDiacritics?: boolean;
}

/** Options of stage 2, {@link mapFarsiLetters}. */
export interface LettersOptions extends PresetOption {
  /**
   * Persian and Urdu look-alike letters (FARSI YEH, KEHEH, HEH DOACHASHMEE, YEH BARREE...).
   * `'auto'` (default): they become Arabic letters, except in a line that is Persian or Urdu (its
   * letters only those languages use, its function words, ZERO WIDTH NON-JOINERs inside words,
   * against the Arabic words of the line), whose letters and ZWNJs are kept as written:
   * `می‌خواهم به خانه بروم` stays as it is, while Arabic typed on a Persian keyboard,
   * `الاستراتیجیة التی` → `الاستراتيجية التي`, is mapped. `'arabic'` (the `search` preset, which
   * folds every spelling to one): mapped in every line. `'keep'`: untouched.
   */
  farsiLetters?: 'arabic' | 'keep' | 'auto';
  /**
   * Elongation written by repeating a letter: `'reduce'` (default) writes a run of three or more
   * of one Arabic letter once (`كتيييير` → `كتير`, `جمممميل` → `جميل`) and a word of HEH alone as
   * `هه` (`ههههههه` → `هه`); `'keep'` (preset `minimal`) leaves it. Runs of exactly three that
   * real words have (`تتتابع`, `وووري`, `لللغة` at a word start, `شككك` at a word end), runs with
   * a mark between their letters, and words inside an address or path are left as written.
   */
  elongation?: 'reduce' | 'keep';
}

/** Options of stage 3, {@link normalizePunctuation}. */
export interface PunctuationOptions extends PresetOption {
  /** Target digit system: `'ascii'` (default), `'arabic-indic'`, `'persian'`, or `'keep'`. */
  digits?: 'ascii' | 'arabic-indic' | 'persian' | 'keep';
  /** Latin `,` `;` `?` beside Arabic words: `'arabic'` (default, to `،` `؛` `؟`), `'latin'`, or `'keep'`. */
  punctuation?: 'arabic' | 'latin' | 'keep';
  /** Repair spacing around punctuation and drop a stray comma after a full stop (default true). */
  punctuationSpacing?: boolean;
  /** Double and single quotation marks: `'ascii'` (default), `'guillemets'`, or `'keep'`. */
  quotes?: 'ascii' | 'guillemets' | 'keep';
  /** En and em dashes: `'keep'` (default) or `'hyphen'`. Hyphen look-alikes between digits always become `-`. */
  dashes?: 'keep' | 'hyphen';
  /** Repair numbers stored in visual order, such as `1037-294-202-1+` (default false). */
  visualOrderNumbers?: boolean;
}

/** Options of the lossy search folds, {@link foldForSearch}. */
export interface FoldOptions extends PresetOption {
  /** ALEF WITH HAMZA ABOVE/BELOW, ALEF WITH MADDA, ALEF WASLA to ALEF (default false; true in `search`). */
  foldAlef?: boolean;
  /** ALEF MAKSURA to YEH (default false; true in `search`). */
  foldAlefMaksura?: boolean;
  /** TEH MARBUTA to HEH (default false; true in `search`). */
  foldTehMarbuta?: boolean;
  /**
   * WAW and YEH WITH HAMZA ABOVE to WAW and YEH, and a combining HAMZA ABOVE or BELOW left on any
   * other letter removed (`كتابهٔ` → `كتابه`) (default false; true in `search`).
   */
  foldHamza?: boolean;
  /**
   * Quranic signs that plain spelling does not write, removed from the letter they sit on: SMALL
   * WAW and SMALL YEH (U+06E5, U+06E6) with their marks, a MADDA on a letter other than ALEF, and
   * the annotation marks (pause signs, small high letters), so that a Quranic word matches its
   * plain spelling (`لَهُۥ` → `له`, `رَبَّكُمۡ` → `ربكم` with diacritics stripped). A sign standing
   * alone between words stays. Default false; true in `search`.
   */
  foldQuranicMarks?: boolean;
}

/** Every option of {@link normalize}; a preset supplies the ones left out. */
export interface NormalizeOptions
  extends UnicodeOptions,
    LettersOptions,
    PunctuationOptions,
    FoldOptions {}

/** A complete set of option values, as a preset holds them. */
export type ResolvedOptions = Required<Omit<NormalizeOptions, 'preset'>>;
