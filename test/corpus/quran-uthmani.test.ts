import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';

/**
 * A published, fully vowelled Uthmani edition of the Quran (the quranenc text carried by the
 * `quran-json` dev dependency, read here at test time, never copied into the repository). Its
 * hamza seats on tatweel, superscript alefs, pause signs and small high letters are exactly what
 * a normaliser must not damage: `standard` must give back each verse as its NFC form, less the
 * decorative tatweels (bare, or carrying only a superscript alef with or without a madda).
 */
interface Chapter {
  id: number;
  verses: { id: number; text: string }[];
}
const require = createRequire(import.meta.url);
const chapters = require('quran-json/dist/quran.json') as Chapter[];

/** The share of verses that must come back unchanged (the floor). */
const FLOOR = 0.995;

const TATWEEL = '\u0640';
const SUPERSCRIPT_ALEF = '\u0670';
const MADDA = '\u0653';
const COMBINING = /\p{M}/u;

/** The verse as `standard` must give it back: NFC, without its decorative tatweels. */
function expectedVerse(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    if (nfc[i] === TATWEEL) {
      let marks = '';
      for (let j = i + 1; j < nfc.length && COMBINING.test(nfc[j]!); j++) marks += nfc[j];
      const decoration =
        marks === '' ||
        (marks.includes(SUPERSCRIPT_ALEF) &&
          [...marks].every((m) => m === SUPERSCRIPT_ALEF || m === MADDA));
      if (decoration) continue;
    }
    out += nfc[i];
  }
  return out.normalize('NFC');
}

const hex = (text: string) =>
  Array.from(text, (ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(
    ' ',
  );

/** Where two strings first differ, with a few code points of context from each. */
function firstDifference(actual: string, expected: string): string {
  let k = 0;
  while (k < actual.length && actual[k] === expected[k]) k++;
  const from = Math.max(0, k - 4);
  return `expected ${hex(expected.slice(from, k + 6))} | got ${hex(actual.slice(from, k + 6))}`;
}

describe('standard on the Uthmani edition of quran-json', () => {
  it(`gives back at least ${FLOOR * 100}% of the verses as their NFC form less decorative tatweels`, () => {
    let total = 0;
    const differing: string[] = [];
    for (const chapter of chapters) {
      for (const verse of chapter.verses) {
        total++;
        const expected = expectedVerse(verse.text);
        const actual = normalize(verse.text);
        if (actual !== expected) {
          differing.push(`${chapter.id}:${verse.id} ${firstDifference(actual, expected)}`);
        }
      }
    }
    const share = (total - differing.length) / total;
    console.info(
      `quran-json Uthmani: ${total - differing.length} of ${total} verses unchanged ` +
        `(${(share * 100).toFixed(2)}%); ${differing.length} differ` +
        (differing.length > 0 ? `, e.g.\n  ${differing.slice(0, 5).join('\n  ')}` : ''),
    );
    expect(total).toBe(6236);
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });

  it('removes a decorative tatweel and keeps a hamza seat in the same word (Uthmani يَـٰٓـَٔادَمُ)', () => {
    const verse = chapters[1]!.verses[32]!.text; // 2:33
    expect(verse).toContain(`${TATWEEL}${SUPERSCRIPT_ALEF}${MADDA}${TATWEEL}`);
    expect(normalize(verse)).toBe(expectedVerse(verse));
    expect(normalize(verse)).toContain(`${MADDA}${TATWEEL}`);
  });
});
