/** The part of arabic-persian-reshaper (which ships no types) that the round-trip test uses. */
declare module 'arabic-persian-reshaper' {
  export const ArabicShaper: {
    /** Clean Arabic to presentation forms, shaped as a Persian font shapes them. */
    convertArabic(text: string): string;
  };
}
