// Requires the built package by its own name, as a CommonJS consumer would, and normalises a sentence.
const assert = require('node:assert/strict');
const { explain, normalize, splitSentences } = require('arabic-normalize');
const { cleanUnicode } = require('arabic-normalize/unicode');
const { mapFarsiLetters } = require('arabic-normalize/letters');
const { normalizePunctuation } = require('arabic-normalize/punctuation');
const sentences = require('arabic-normalize/sentences');

assert.equal(normalize('علیھا داعش في ۲۰۱۸'), 'عليها داعش في 2018');
assert.equal(cleanUnicode('a\u200Fb'), 'ab');
assert.equal(mapFarsiLetters('ھ'), 'ه');
assert.equal(normalizePunctuation('٣'), '3');
assert.equal(sentences.splitSentences, splitSentences);
assert.equal(splitSentences('جملة أولى. جملة ثانية.').length, 2);
assert.equal(explain('ﻻ')[0].rule, 'presentation-form');
console.log('CJS smoke test passed');
