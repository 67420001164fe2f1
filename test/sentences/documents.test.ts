import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { DOCUMENT_NAMES, document, readDocument } from '../support/fixtures.js';

/** The sentences of a document, raw or normalised, as trimmed strings. */
const sentencesOf = (text: string) => splitSentences(text).map((s) => s.text);

/** The one sentence that contains `needle`; fails when none or several do. */
function sentenceWith(sentences: string[], needle: string): string {
  const found = sentences.filter((s) => s.includes(needle));
  expect(found, `sentences containing ${JSON.stringify(needle)}`).toHaveLength(1);
  return found[0]!;
}

describe('splitSentences on the tricky places of the seed documents (raw text)', () => {
  it('001: the full stop on the wrong side of a space ends the sentence before it', () => {
    const sentences = sentencesOf(document('001'));
    const index = sentences.findIndex((s) => s.endsWith('في أیلول 2018 .'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(sentences[index + 1]!.startsWith('دعمت قوات التحالف')).toBe(true);
  });

  it('001: decimals and thousands separators stay inside their sentences', () => {
    const sentences = sentencesOf(document('001'));
    expect(sentenceWith(sentences, '110,000 كیلومتر')).toContain('(42,471 میل مربع)');
    expect(sentenceWith(sentences, '7.7 ملیون')).toContain('من قمع داعش');
  });

  it('000: a stray comma after a full stop stays with the sentence before it', () => {
    const sentences = sentencesOf(document('000'));
    const index = sentences.findIndex((s) => s.endsWith('ودعم مكافحة الإرهاب. ,'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(sentences[index + 1]!.startsWith('من خلال دعم قوات الأمن العراقية')).toBe(true);
  });

  it('000: a heading line is a sentence of its own', () => {
    const sentences = sentencesOf(document('000'));
    expect(sentences).toContain('الجهود العسكرية في العراق');
    expect(sentences).toContain('الجهود العسكرية في سوريا');
  });

  it('002: a headline with a colon and guillemets is one sentence', () => {
    expect(sentencesOf(document('002'))[0]).toBe(
      'الجيش الأميركي: ساعدنا شركاء بسوريا في 22 عملية ضد «داعش» الشهر الماضي',
    );
  });

  it('003: the initial in لويد ج. أوستن does not end the sentence', () => {
    const sentence = sentenceWith(sentencesOf(document('003')), 'لويد ج.');
    expect(sentence).toContain('لويد ج. أوستن إنه');
    expect(sentence.startsWith('في هذا السياق،')).toBe(true);
  });

  it('003: an ISO date line is one sentence', () => {
    expect(sentencesOf(document('003'))).toContain('2024-05-03');
  });

  it('004: the Markdown image line, with a full stop in its caption, is one sentence', () => {
    const text = document('004');
    const line = text.split('\n').find((l) => l.startsWith('!['))!;
    expect(sentencesOf(text)).toContain(line.trim());
  });
});

describe.each(DOCUMENT_NAMES)('splitSentences on document %s', (name) => {
  const raw = readDocument(name);

  it.each([
    ['raw', raw],
    ['normalised', normalize(raw)],
  ])('%s: spans are ordered, in bounds, and cover every non-space character', (_, text) => {
    const sentences = splitSentences(text);
    let covered = 0;
    let previousEnd = 0;
    for (const { text: sentence, start, end } of sentences) {
      expect(start).toBeGreaterThanOrEqual(previousEnd);
      expect(sentence).toBe(text.slice(start, end));
      covered += sentence.replace(/\s/gu, '').length;
      previousEnd = end;
    }
    expect(covered).toBe(text.replace(/\s/gu, '').length);
  });

  it('normalised text has no sentence that is only punctuation', () => {
    const lonely = sentencesOf(normalize(raw)).filter((s) => !/[\p{L}\p{N}]/u.test(s));
    expect(lonely).toEqual([]);
  });
});
