import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mapFarsiLetters } from '../../src/letters/index.js';

// The Quran in the quranenc Uthmani edition (the `quran-json` dev dependency, read at test time,
// never copied into the repository), written in simple spelling the way simple-script editions
// write it: marks and Quranic signs dropped, ALEF WASLA as ALEF, a superscript alef inside a word
// as ALEF (يتمى → يتامى), the vocative يا written apart. A text far from the news the lexicon was
// checked on: a measure of how the morphology generalises.
const require = createRequire(import.meta.url);
interface Chapter {
  verses: { text: string }[];
}
const chapters = require('quran-json/dist/quran.json') as Chapter[];

function simpleSpelling(word: string): string {
  return word
    .normalize('NFC')
    .replace(/^\u064a\u064e?\u0670/, '')
    .replace(/(?<=.)\u0670(?=.)/g, '\u0627')
    .replace(/[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .replace(/\u0671/g, '\u0627');
}

describe('word-final FARSI YEH on the Quran in simple spelling', () => {
  it('restores at least 93% of the ى/ي-final tokens written with FARSI YEH', () => {
    let tokens = 0;
    let right = 0;
    for (const chapter of chapters) {
      for (const verse of chapter.verses) {
        for (const raw of verse.text.split(/\s+/)) {
          const word = simpleSpelling(raw);
          if (!/[\u0649\u064a]$/.test(word)) continue;
          tokens++;
          if (mapFarsiLetters(`${word.slice(0, -1)}\u06cc`) === word) right++;
        }
      }
    }
    console.info(
      `final yeh on the Quran (simple spelling): ${((100 * right) / tokens).toFixed(2)}% of ${tokens} tokens`,
    );
    expect(right / tokens).toBeGreaterThanOrEqual(0.93);
  });
});
