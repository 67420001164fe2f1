import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../src/sentences/abbreviations.js';
import { NUMBERED_LABELS } from '../../src/sentences/numbered-labels.js';
import { SENTENCE_STARTERS } from '../../src/sentences/sentence-starters.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((sentence) => sentence.text);

const lists: [string, readonly string[]][] = [
  ['ABBREVIATIONS', ABBREVIATIONS],
  ['SENTENCE_STARTERS', SENTENCE_STARTERS],
  ['NUMBERED_LABELS', NUMBERED_LABELS],
];

describe('word lists of the sentence splitter', () => {
  it.each(lists)('%s holds no entry twice', (_, list) => {
    expect(list.filter((entry, index) => list.indexOf(entry) !== index)).toEqual([]);
  });

  it.each(lists)('%s holds no empty entry and no white space', (_, list) => {
    expect(list.filter((entry) => entry === '' || /\s/u.test(entry))).toEqual([]);
  });

  it('no abbreviation is written with its final dot', () => {
    expect(ABBREVIATIONS.filter((entry) => entry.endsWith('.') || entry.startsWith('.'))).toEqual(
      [],
    );
  });

  it('sentence starters and numbered labels are single words without dots', () => {
    const dotted = [...SENTENCE_STARTERS, ...NUMBERED_LABELS].filter((entry) =>
      entry.includes('.'),
    );
    expect(dotted).toEqual([]);
  });

  it('no sentence starter is also an abbreviation', () => {
    expect(SENTENCE_STARTERS.filter((entry) => ABBREVIATIONS.includes(entry))).toEqual([]);
  });
});

describe('every listed abbreviation', () => {
  it.each(ABBREVIATIONS.map((entry) => [entry]))(
    '%s. inside a sentence is not a boundary',
    (entry) => {
      const text = `ذكر التقرير ${entry}. بعض التفاصيل.`;
      expect(sentencesOf(text)).toEqual([text]);
    },
  );

  it.each(ABBREVIATIONS.map((entry) => [entry]))(
    '%s. before a sentence starter ends the sentence',
    (entry) => {
      expect(sentencesOf(`ذكر التقرير ${entry}. ثم انتهى.`)).toEqual([
        `ذكر التقرير ${entry}.`,
        'ثم انتهى.',
      ]);
    },
  );
});

describe('every sentence starter', () => {
  it.each(SENTENCE_STARTERS.map((entry) => [entry]))(
    'ends the sentence after an abbreviation when it follows it: %s',
    (entry) => {
      expect(sentencesOf(`اشترينا الخبز إلخ. ${entry} عدنا.`)).toEqual([
        'اشترينا الخبز إلخ.',
        `${entry} عدنا.`,
      ]);
    },
  );
});

describe('every numbered label', () => {
  it.each(NUMBERED_LABELS.map((entry) => [entry]))(
    'with a number that opens a sentence, numbers a heading: %s',
    (entry) => {
      expect(sentencesOf(`انتهى التمهيد. ${entry} 3. عرض النتائج.`)).toEqual([
        'انتهى التمهيد.',
        `${entry} 3. عرض النتائج.`,
      ]);
    },
  );
});
