// Builds a search index key: the `search` preset folds the spellings that people type
// interchangeably (hamza and madda on alef, alef maksura and yeh, teh marbuta and heh, diacritics,
// Persian-keyboard letters, digit systems), so that they meet under one key.
//
//   node examples/search-key.mjs [query]
import { createNormalizer, splitSentences } from 'arabic-normalize';

const searchKey = createNormalizer({ preset: 'search' }); // options checked once, reused

// A tiny inverted index over a few sentences, keyed by the search key of each word.
const documents = [
  'أعلنت وزارة الصحة افتتاح مستشفى ميداني في ٢٠١٨.',
  'قال المسؤول إن القوات وصلت إلى المدينة. وأضاف أن العملية مستمرة.',
  'زار الوزیر مستشفی المدینة یوم الأحد.', // typed on a Persian keyboard
];
const index = new Map(); // key -> Set of "document:sentence"
documents.forEach((document, d) => {
  splitSentences(document).forEach((sentence, s) => {
    for (const word of searchKey(sentence.text).split(/[^\p{L}\p{N}]+/u)) {
      if (word === '') continue;
      if (!index.has(word)) index.set(word, new Set());
      index.get(word).add(`${d}:${s}`);
    }
  });
});

function search(query) {
  const keys = searchKey(query).split(/\s+/).filter(Boolean);
  const hits = keys.map((key) => index.get(key) ?? new Set());
  return [...hits[0]].filter((hit) => hits.every((set) => set.has(hit)));
}

const queries = process.argv[2]
  ? [process.argv[2]]
  : ['مستشفى', 'مستشفي', 'إلى المدينة', 'المسؤول', '2018'];
for (const query of queries) {
  console.log(
    `${query} → key ${JSON.stringify(searchKey(query))} → ${search(query).join(', ') || 'no hit'}`,
  );
}

// Spellings that differ only by what the preset folds share one key.
const variants = ['المستشفى', 'المستشفي', 'المُستشفَى', 'المستشفی'];
const keys = new Set(variants.map(searchKey));
if (keys.size !== 1) throw new Error(`variants gave ${keys.size} keys`);
if (search('مستشفى').length !== 2)
  throw new Error('the Persian-typed and Arabic spellings should both match');
