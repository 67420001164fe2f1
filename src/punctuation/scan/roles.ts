import { unitBytes, unitWords } from '../../core/unit-tables.js';
import {
  CLAUSE_MARKS,
  CLOSING_BRACKETS,
  COMMAS,
  DASHES,
  HYPHENS,
  LATIN_TO_ARABIC,
  OPENING_BRACKETS,
  SENTENCE_MARKS,
} from '../punctuation-marks.js';

/** Role of a punctuation code unit in the stage 3 scan (bit flags of {@link ROLES}). */
export const CLAUSE = 1;
export const SENTENCE = 2;
export const COMMA = 4;
export const OPENER = 8;
export const CLOSER = 16;
export const HYPHEN = 32;
export const DASH = 64;

/** The roles of every code unit (0 for a character that is no punctuation of the scan). */
export const ROLES = (() => {
  const t = unitBytes();
  for (const c of CLAUSE_MARKS) t[c]! |= CLAUSE;
  for (const c of SENTENCE_MARKS) t[c]! |= SENTENCE;
  for (const c of COMMAS) t[c]! |= COMMA;
  for (const c of OPENING_BRACKETS) t[c]! |= OPENER;
  for (const c of CLOSING_BRACKETS) t[c]! |= CLOSER;
  for (const c of HYPHENS) t[c]! |= HYPHEN;
  for (const c of DASHES) t[c]! |= DASH;
  return t;
})();

/** Latin `, ; ?` to Arabic and back (index by code unit; 0 = none). */
export const TO_ARABIC = unitWords();
export const TO_LATIN = unitWords();
for (const [latin, arabic] of LATIN_TO_ARABIC) {
  TO_ARABIC[latin] = arabic;
  TO_LATIN[arabic] = latin;
}

/** Code units the scan names. */
export const SPACE_CODE = 0x20;
export const EXCLAMATION_MARK = 0x21;
export const AMPERSAND = 0x26;
export const LEFT_PARENTHESIS = 0x28;
export const HYPHEN_MINUS = 0x2d;
export const FULL_STOP = 0x2e;
export const SOLIDUS = 0x2f;
export const COMMERCIAL_AT = 0x40;
export const COLON = 0x3a;
export const QUESTION_MARK = 0x3f;
export const LEFT_SQUARE_BRACKET = 0x5b;
export const RIGHT_SQUARE_BRACKET = 0x5d;
export const TILDE = 0x7e;
export const TATWEEL = 0x0640;
