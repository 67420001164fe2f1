import { describe, expect, it } from 'vitest';
import { splitSentencesInOriginal } from '../../src/offsets/normalize-with-offsets.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import type { SplitOptions } from '../../src/sentences/types.js';
import cases from './corpus/classes.json' with { type: 'json' };

/**
 * The labelled examples of every class of real-text difficulty (issue 16), also counted by
 * `npm run eval:sentences`. Each is split raw, and normalised first with its sentences mapped
 * back to the raw text: normalising must neither add nor remove a boundary.
 */
interface LabelledCase {
  class: string;
  why: string;
  text: string;
  sentences: string[];
  options?: SplitOptions;
}

const labelled = cases as LabelledCase[];

/** Where each sentence of `normalize(text)` starts in `text`. */
const normalisedStarts = (text: string, options?: SplitOptions) =>
  splitSentencesInOriginal(text, undefined, options).map((s) => s.originalStart);

/** Where each of `sentences` starts in `text`, found in order. */
function startsIn(text: string, sentences: string[]): number[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const at = text.indexOf(sentence, cursor);
    cursor = at + sentence.length;
    return at;
  });
}

const CLASSES = [...new Set(labelled.map((c) => c.class))];

describe.each(CLASSES)('labelled real-text class %s', (name) => {
  const ofClass = labelled.filter((c) => c.class === name).map((c) => [c.why, c] as const);

  it.each(ofClass)('raw text: %s', (_, c) => {
    expect(splitSentences(c.text, c.options).map((s) => s.text)).toEqual(c.sentences);
  });

  it.each(ofClass)('normalised text has the same boundaries: %s', (_, c) => {
    expect(normalisedStarts(c.text, c.options)).toEqual(startsIn(c.text, c.sentences));
  });
});

it('every class of the issue has labelled examples', () => {
  expect(CLASSES).toEqual([
    'spaced-terminators',
    'abbreviation-ends',
    'spelled-initials',
    'marks-after-stop',
    'latin-references',
    'hard-wrapped',
    'normalize-consistency',
  ]);
});
