/**
 * Word ligatures that Unicode gives no compatibility decomposition (NFKC leaves them as they are):
 * the basmala, and the honorifics written after a name. Each is written as the words it stands
 * for, read from its Unicode name and code chart, in the plain spelling the NFKC ligatures of the
 * same block use (`ﷺ` U+FDFA gives `صلى الله عليه وسلم`: no vowels, ALEF MAKSURA, `و` joined to
 * the word after it). One entry per line, with the Unicode name; `npm run generate:check` checks
 * the names against Unicode 17 and that no ligature of U+FB50–FDFF without a decomposition is missing.
 */
export const WORD_LIGATURES: readonly (readonly [ligature: number, words: string])[] = [
  [0xfbc3, 'جل وعلا'], // ARABIC LIGATURE JALLA WA-ALAA
  [0xfbc4, 'دامت بركاتهم'], // ARABIC LIGATURE DAAMAT BARAKAATUHUM
  [0xfbc5, 'رحمة الله تعالى عليه'], // ARABIC LIGATURE RAHMATU ALLAAHI TAAALAA ALAYH
  [0xfbc6, 'رحمة الله عليهم'], // ARABIC LIGATURE RAHMATU ALLAAHI ALAYHIM
  [0xfbc7, 'رحمة الله عليهما'], // ARABIC LIGATURE RAHMATU ALLAAHI ALAYHIMAA
  [0xfbc8, 'رحمهم الله تعالى'], // ARABIC LIGATURE RAHIMAHUM ALLAAHU TAAALAA
  [0xfbc9, 'رحمهما الله'], // ARABIC LIGATURE RAHIMAHUMAA ALLAAH
  [0xfbca, 'رحمهما الله تعالى'], // ARABIC LIGATURE RAHIMAHUMAA ALLAAHU TAAALAA
  [0xfbcb, 'رضي الله تعالى عنهم'], // ARABIC LIGATURE RADI ALLAAHU TAAALAA ANHUM
  [0xfbcc, 'حفظه الله'], // ARABIC LIGATURE HAFIZAHU ALLAAH
  [0xfbcd, 'حفظه الله تعالى'], // ARABIC LIGATURE HAFIZAHU ALLAAHU TAAALAA
  [0xfbce, 'حفظهم الله تعالى'], // ARABIC LIGATURE HAFIZAHUM ALLAAHU TAAALAA
  [0xfbcf, 'حفظهما الله تعالى'], // ARABIC LIGATURE HAFIZAHUMAA ALLAAHU TAAALAA
  [0xfbd0, 'صلى الله تعالى عليه وسلم'], // ARABIC LIGATURE SALLALLAAHU TAAALAA ALAYHI WA-SALLAM
  [0xfbd1, 'عجل الله فرجه الشريف'], // ARABIC LIGATURE AJJAL ALLAAHU FARAJAHU ASH-SHAREEF
  [0xfbd2, 'عليه الرحمة'], // ARABIC LIGATURE ALAYHI AR-RAHMAH
  [0xfd40, 'رحمه الله'], // ARABIC LIGATURE RAHIMAHU ALLAAH
  [0xfd41, 'رضي الله عنه'], // ARABIC LIGATURE RADI ALLAAHU ANH
  [0xfd42, 'رضي الله عنها'], // ARABIC LIGATURE RADI ALLAAHU ANHAA
  [0xfd43, 'رضي الله عنهم'], // ARABIC LIGATURE RADI ALLAAHU ANHUM
  [0xfd44, 'رضي الله عنهما'], // ARABIC LIGATURE RADI ALLAAHU ANHUMAA
  [0xfd45, 'رضي الله عنهن'], // ARABIC LIGATURE RADI ALLAAHU ANHUNNA
  [0xfd46, 'صلى الله عليه وآله'], // ARABIC LIGATURE SALLALLAAHU ALAYHI WA-AALIH
  [0xfd47, 'عليه السلام'], // ARABIC LIGATURE ALAYHI AS-SALAAM
  [0xfd48, 'عليهم السلام'], // ARABIC LIGATURE ALAYHIM AS-SALAAM
  [0xfd49, 'عليهما السلام'], // ARABIC LIGATURE ALAYHIMAA AS-SALAAM
  [0xfd4a, 'عليه الصلاة والسلام'], // ARABIC LIGATURE ALAYHI AS-SALAATU WAS-SALAAM
  [0xfd4b, 'قدس سره'], // ARABIC LIGATURE QUDDISA SIRRAH
  [0xfd4c, 'صلى الله عليه وآله وسلم'], // ARABIC LIGATURE SALLALLAHU ALAYHI WAAALIHEE WA-SALLAM
  [0xfd4d, 'عليها السلام'], // ARABIC LIGATURE ALAYHAA AS-SALAAM
  [0xfd4e, 'تبارك وتعالى'], // ARABIC LIGATURE TABAARAKA WA-TAAALAA
  [0xfd4f, 'رحمهم الله'], // ARABIC LIGATURE RAHIMAHUM ALLAAH
  [0xfd90, 'رحمة الله عليه'], // ARABIC LIGATURE RAHMATU ALLAAHI ALAYH
  [0xfd91, 'رحمة الله عليها'], // ARABIC LIGATURE RAHMATU ALLAAHI ALAYHAA
  [0xfdc8, 'رحمه الله تعالى'], // ARABIC LIGATURE RAHIMAHU ALLAAH TAAALAA
  [0xfdc9, 'رضي الله تعالى عنه'], // ARABIC LIGATURE RADI ALLAAHU TAAALAA ANH
  [0xfdca, 'رضي الله تعالى عنها'], // ARABIC LIGATURE RADI ALLAAHU TAAALAA ANHAA
  [0xfdcb, 'رضي الله تعالى عنهما'], // ARABIC LIGATURE RADI ALLAAHU TAAALAA ANHUMAA
  [0xfdcc, 'صلى الله عليه وعلى آله وسلم'], // ARABIC LIGATURE SALLALLAHU ALAYHI WA-ALAA AALIHEE WA-SALLAM
  [0xfdcd, 'عجل الله تعالى فرجه الشريف'], // ARABIC LIGATURE AJJAL ALLAAHU TAAALAA FARAJAHU ASH-SHAREEF
  [0xfdce, 'كرم الله وجهه'], // ARABIC LIGATURE KARRAMA ALLAAHU WAJHAH
  [0xfdcf, 'سلامه علينا'], // ARABIC LIGATURE SALAAMUHU ALAYNAA
  [0xfdfd, 'بسم الله الرحمن الرحيم'], // ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM
  [0xfdfe, 'سبحانه وتعالى'], // ARABIC LIGATURE SUBHAANAHU WA TAAALAA
  [0xfdff, 'عز وجل'], // ARABIC LIGATURE AZZA WA JALL
];

/**
 * Characters of the presentation-form blocks (U+FB50–FDFF, U+FE70–FEFF) that stand for no letter
 * and stay as they are, with the reason. Every other assigned character of the blocks is expanded
 * (see the presentation-form table and {@link WORD_LIGATURES}) or, for the BOM, removed.
 */
export const KEPT_PRESENTATION_CHARACTERS: readonly (readonly [
  first: number,
  last: number,
  reason: string,
])[] = [
  // ARABIC SYMBOL DOT ABOVE .. ARABIC SYMBOL WASLA ABOVE
  [
    0xfbb2,
    0xfbc2,
    'spacing symbols of letter dots and marks, used to write about letters: no letter to stand for',
  ],
  // ORNATE LEFT PARENTHESIS, ORNATE RIGHT PARENTHESIS
  [0xfd3e, 0xfd3f, 'punctuation (the brackets around Quranic text), not letters'],
  // ARABIC TAIL FRAGMENT
  [0xfe73, 0xfe73, 'a piece of a glyph for old renderers, which spells no letter'],
];
