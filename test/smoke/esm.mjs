// Imports the built package by its own name, as an ESM consumer would, and normalises a sentence.
import assert from 'node:assert/strict';
import { explain, normalize, splitSentences } from 'arabic-normalize';
import { mapFarsiLetters } from 'arabic-normalize/letters';
import { normalizePunctuation } from 'arabic-normalize/punctuation';
import { splitSentences as split } from 'arabic-normalize/sentences';
import { cleanUnicode } from 'arabic-normalize/unicode';

assert.equal(normalize('علیھا داعش في ۲۰۱۸'), 'عليها داعش في 2018');
assert.equal(cleanUnicode('a\u200Fb'), 'ab');
assert.equal(mapFarsiLetters('ھ'), 'ه');
assert.equal(normalizePunctuation('٣'), '3');
assert.equal(split, splitSentences);
assert.deepEqual(
  splitSentences('جملة أولى. جملة ثانية.').map((s) => s.text),
  ['جملة أولى.', 'جملة ثانية.'],
);
assert.deepEqual(
  explain('علیھا').map((c) => [c.before, c.after, c.rule]),
  [
    ['ی', 'ي', 'farsi-yeh'],
    ['ھ', 'ه', 'heh'],
  ],
);
console.log('ESM smoke test passed');
