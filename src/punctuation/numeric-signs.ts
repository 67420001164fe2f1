/**
 * Signs written with numbers, in the form each digit target uses: one entry per line with its
 * Unicode name. `ascii` is the Latin form; `arabic` the form used with Arabic-Indic and Persian digits.
 */
export const NUMERIC_SIGNS = {
  decimal: { ascii: 0x002e, arabic: 0x066b }, // FULL STOP / ARABIC DECIMAL SEPARATOR
  thousands: { ascii: 0x002c, arabic: 0x066c }, // COMMA / ARABIC THOUSANDS SEPARATOR
  percent: { ascii: 0x0025, arabic: 0x066a }, // PERCENT SIGN / ARABIC PERCENT SIGN
  perMille: { ascii: 0x2030, arabic: 0x0609 }, // PER MILLE SIGN / ARABIC-INDIC PER MILLE SIGN
  perTenThousand: { ascii: 0x2031, arabic: 0x060a }, // PER TEN THOUSAND SIGN / ARABIC-INDIC PER TEN THOUSAND SIGN
} as const;
