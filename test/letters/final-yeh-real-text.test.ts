import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapFarsiLetters } from '../../src/letters/index.js';

// Research-only real text (licence CC BY-NC-SA): read at test time from ../shared/real-text,
// never copied into the repository. Skipped where the folder is absent.
const folder = resolve(process.cwd(), '../shared/real-text');
const freqFile = resolve(folder, 'news-final-yeh-freq.json');
const wordsFile = resolve(folder, 'news-final-yeh-words.json');

/** Rewrites the last letter as FARSI YEH, maps the letters, and says whether the word came back. */
const restored = (word: string) => mapFarsiLetters(`${word.slice(0, -1)}\u06cc`) === word;

interface Score {
  tokens: number;
  right: number;
  maksuraTokens: number;
  maksuraRight: number;
}

function score(counts: readonly (readonly [string, number])[]): Score {
  const s: Score = { tokens: 0, right: 0, maksuraTokens: 0, maksuraRight: 0 };
  for (const [word, count] of counts) {
    const ok = restored(word);
    s.tokens += count;
    if (ok) s.right += count;
    if (word.endsWith('\u0649')) {
      s.maksuraTokens += count;
      if (ok) s.maksuraRight += count;
    }
  }
  return s;
}

describe.skipIf(!existsSync(freqFile))(
  'word-final FARSI YEH on real news (../shared/real-text)',
  () => {
    it('restores at least 98.5% of the ى/ي-final tokens of the news corpus', () => {
      const counts = JSON.parse(readFileSync(freqFile, 'utf8')) as [string, number][];
      const s = score(counts);
      const share = s.right / s.tokens;
      console.log(
        `final yeh on news: ${(100 * share).toFixed(2)}% of ${s.tokens} tokens, ALEF MAKSURA ${(
          (100 * s.maksuraRight) / s.maksuraTokens
        ).toFixed(2)}%`,
      );
      expect(share).toBeGreaterThanOrEqual(0.985);
    });
  },
);

describe.skipIf(!existsSync(wordsFile))(
  'word-final FARSI YEH on the hand-reviewed frequent words',
  () => {
    it('restores at least 98.5% of the tokens of the words that have no real twin spelling', () => {
      const entries = JSON.parse(readFileSync(wordsFile, 'utf8')) as {
        word: string;
        freq: number;
        ambiguous_with_twin?: boolean;
      }[];
      const s = score(entries.filter((e) => !e.ambiguous_with_twin).map((e) => [e.word, e.freq]));
      console.log(
        `final yeh on unambiguous frequent words: ${((100 * s.right) / s.tokens).toFixed(2)}%`,
      );
      expect(s.right / s.tokens).toBeGreaterThanOrEqual(0.985);
    });
  },
);
