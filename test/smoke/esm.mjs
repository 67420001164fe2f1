// Imports the built package by its own name, as an ESM consumer would, and normalises a sentence.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

// Every built script ends with one source-map comment (scripts/source-map-comment.mjs).
const dist = new URL('../../dist/', import.meta.url);
for (const dir of ['', 'node/']) {
  for (const name of readdirSync(new URL(dir, dist)).filter((n) => /\.c?js$/.test(n))) {
    const code = readFileSync(new URL(dir + name, dist), 'utf8');
    assert.equal(code.match(/^\/\/# sourceMappingURL=/gm)?.length, 1, `dist/${dir}${name}`);
  }
}
console.log('ESM smoke test passed');
