import { describe, expect, it } from 'vitest';
import {
  ABBREVIATIONS,
  AFTER_NUMBER_ABBREVIATIONS,
  CLAUSE_FINAL_ABBREVIATIONS,
} from '../../src/sentences/abbreviations.js';
import { LETTER_NAMES, LETTER_NAMES_ALSO_WORDS } from '../../src/sentences/letter-names.js';
import { NUMBERED_LABELS } from '../../src/sentences/numbered-labels.js';
import { SENTENCE_OPENERS } from '../../src/sentences/sentence-openers.js';
import { SENTENCE_STARTERS } from '../../src/sentences/sentence-starters.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((sentence) => sentence.text);

const lists: [string, readonly string[]][] = [
  ['ABBREVIATIONS', ABBREVIATIONS],
  ['SENTENCE_STARTERS', SENTENCE_STARTERS],
  ['NUMBERED_LABELS', NUMBERED_LABELS],
  ['SENTENCE_OPENERS', SENTENCE_OPENERS],
  ['LETTER_NAMES', LETTER_NAMES],
  ['LETTER_NAMES_ALSO_WORDS', LETTER_NAMES_ALSO_WORDS],
  ['CLAUSE_FINAL_ABBREVIATIONS', CLAUSE_FINAL_ABBREVIATIONS],
  ['AFTER_NUMBER_ABBREVIATIONS', AFTER_NUMBER_ABBREVIATIONS],
];

describe('word lists of the sentence splitter', () => {
  it.each(lists)('%s holds no entry twice', (_, list) => {
    expect(list.filter((entry, index) => list.indexOf(entry) !== index)).toEqual([]);
  });

  it.each(lists)('%s holds no empty entry and no white space', (_, list) => {
    expect(list.filter((entry) => entry === '' || /\s/u.test(entry))).toEqual([]);
  });

  it('LETTER_NAMES holds each letter name also with a bare alef for a hamza or madda alef', () => {
    const bare = (name: string) => name.replace(/[\u0622\u0623\u0625]/gu, '\u0627');
    expect(LETTER_NAMES.filter((name) => !LETTER_NAMES.includes(bare(name)))).toEqual([]);
    expect(LETTER_NAMES.some((name) => bare(name) !== name)).toBe(true);
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

  it('every clause-final abbreviation is a listed abbreviation', () => {
    expect(CLAUSE_FINAL_ABBREVIATIONS.filter((entry) => !ABBREVIATIONS.includes(entry))).toEqual(
      [],
    );
  });

  it('no sentence opener is also a sentence starter or an abbreviation', () => {
    expect(
      SENTENCE_OPENERS.filter(
        (entry) => SENTENCE_STARTERS.includes(entry) || ABBREVIATIONS.includes(entry),
      ),
    ).toEqual([]);
  });

  it('every letter name that is also a word is a letter name', () => {
    expect(LETTER_NAMES_ALSO_WORDS.filter((entry) => !LETTER_NAMES.includes(entry))).toEqual([]);
  });

  it('every letter name is also listed with a bare alef', () => {
    const withHamza = LETTER_NAMES.filter((name) => /[\u0622\u0623\u0625]/u.test(name));
    expect(withHamza.length).toBeGreaterThan(0);
    for (const name of withHamza) {
      expect(LETTER_NAMES).toContain(name.replace(/[\u0622\u0623\u0625]/gu, '\u0627'));
    }
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

describe('every sentence opener', () => {
  it.each(SENTENCE_OPENERS.map((entry) => [entry]))(
    'ends the sentence after an era when it follows it: %s',
    (entry) => {
      expect(sentencesOf(`بني الجسر عام 1990م. ${entry} الأمر.`)).toEqual([
        'بني الجسر عام 1990م.',
        `${entry} الأمر.`,
      ]);
    },
  );

  it.each(SENTENCE_OPENERS.map((entry) => [entry]))(
    'does not end the sentence after a title: %s',
    (entry) => {
      const text = `استقبل د. ${entry} الوفد.`;
      expect(sentencesOf(text)).toEqual([text]);
    },
  );
});

describe('every clause-final abbreviation', () => {
  it.each(CLAUSE_FINAL_ABBREVIATIONS.map((entry) => [entry]))(
    '%s. after a number ends the sentence before a conjunction and a verb',
    (entry) => {
      expect(sentencesOf(`بلغ 200 ${entry}. وارتفع بعدها.`)).toEqual([
        `بلغ 200 ${entry}.`,
        'وارتفع بعدها.',
      ]);
    },
  );
});

describe('every after-number abbreviation', () => {
  it.each(AFTER_NUMBER_ABBREVIATIONS.map((entry) => [entry]))(
    '%s. after a number ends the sentence before a conjunction and a verb, not before a preposition',
    (entry) => {
      expect(sentencesOf(`بلغ 200${entry}. وارتفع بعدها.`)).toEqual([
        `بلغ 200${entry}.`,
        'وارتفع بعدها.',
      ]);
      const text = `بلغ 200 ${entry}. في المتوسط.`;
      expect(sentencesOf(text)).toEqual([text]);
    },
  );
});

describe('every letter name', () => {
  it.each(LETTER_NAMES.map((entry) => [entry]))(
    'inside a spelled acronym is not a sentence end: %s',
    (entry) => {
      const spaced = `قالت شبكة ${entry}. بي. سي الخبر.`;
      expect(sentencesOf(spaced)).toEqual([spaced]);
      const glued = `قالت شبكة إم.${entry}.سي الخبر.`;
      expect(sentencesOf(glued)).toEqual([glued]);
    },
  );
});
