import { describe, expect, it } from 'vitest';
import { splitSentencesInOriginal } from '../../src/offsets/normalize-with-offsets.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import type { SplitOptions } from '../../src/sentences/types.js';
import passages from './corpus/passages.json' with { type: 'json' };

/**
 * Longer passages of the kinds of text the splitter meets (news, forum, religious text with Quran
 * and hadith citations, a classical text with footnotes, technical, legal, encyclopedic, a column,
 * an academic text with Latin references, a hard-wrapped e-mail), written for this project and
 * split by hand. Also counted by `npm run eval:sentences`.
 */
interface Passage {
  genre: string;
  text: string;
  sentences: string[];
  options?: SplitOptions;
}

const all = (passages as Passage[]).map((p) => [p.genre, p] as const);

function startsIn(text: string, sentences: string[]): number[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const at = text.indexOf(sentence, cursor);
    cursor = at + sentence.length;
    return at;
  });
}

describe('hand-split passages', () => {
  it.each(all)('%s: the labels are the passage cut into pieces, in order', (_, p) => {
    const starts = startsIn(p.text, p.sentences);
    expect(starts.every((at) => at >= 0)).toBe(true);
    expect(p.sentences.join('').replace(/\s/gu, '')).toBe(p.text.replace(/\s/gu, ''));
  });

  it.each(all)('%s: raw text is split as labelled', (_, p) => {
    expect(splitSentences(p.text, p.options).map((s) => s.text)).toEqual(p.sentences);
  });

  it.each(all)('%s: normalised text has the same boundaries', (_, p) => {
    const starts = splitSentencesInOriginal(p.text, undefined, p.options).map(
      (s) => s.originalStart,
    );
    expect(starts).toEqual(startsIn(p.text, p.sentences));
  });
});
