import { describe, expect, it } from 'vitest';
import { COPIED_UP_TO } from '../../src/fast/input-units.js';
import { pipelineLeavesUnchanged } from '../../src/fast/pipeline-gate.js';
import { normalize } from '../../src/normalize.js';
import { presets } from '../../src/options/presets.js';
import { STOP_WINDOW, splitSentences } from '../../src/sentences/split-sentences.js';
import type { Sentence } from '../../src/sentences/types.js';
import { referenceSplitSentences } from './reference-split-sentences.js';

// A text over COPIED_UP_TO units has no copy of its units: the scan reads the string, and finds
// its stops in windows of STOP_WINDOW units copied one at a time into the window the fused pass's
// gate reads too (src/fast/unit-window.ts). These
// texts put stops on both sides of the windows' edges, stretches of several windows without a
// stop, and a stop as the last unit, so that a window copied from the wrong place, a stop missed
// at a window's last unit, or a stretch skipped, splits differently from the reference.

/** Arabic words and spaces, `length` code units long, with no stop. */
const filler = (length: number) =>
  'كتب الولد درسه '.repeat(Math.ceil(length / 15)).slice(0, length);

/** `text` with `stop` written over it from `place` on. */
const put = (text: string, stop: string, place: number) =>
  text.slice(0, place) + stop + text.slice(place + stop.length);

/** A long text, stops written at `places`, in turn from `stops`. */
function longText(length: number, places: number[], stops: string[]): string {
  let text = filler(length);
  places.forEach((place, k) => {
    text = put(text, stops[k % stops.length]!, place);
  });
  return text;
}

/** Indexes around the edges of the first windows (when the scan starts each at a multiple). */
function edges(windows: number[]): number[] {
  const places: number[] = [];
  for (const m of windows) for (const d of [-2, -1, 0, 1]) places.push(m * STOP_WINDOW + d);
  return places;
}

const LENGTH = COPIED_UP_TO + 3 * STOP_WINDOW + 123;
/**
 * The first sentence where `got` and `want` differ (text, start or end), or `null`: a failure shows
 * one sentence, not a diff of two arrays of texts a million units long.
 */
function firstDifference(got: Sentence[], want: Sentence[]) {
  const length = Math.max(got.length, want.length);
  for (let k = 0; k < length; k++) {
    const a = got[k];
    const b = want[k];
    if (a?.text !== b?.text || a?.start !== b?.start || a?.end !== b?.end)
      return {
        at: k,
        got: a && { ...a, text: a.text.slice(0, 80) },
        want: b && { ...b, text: b.text.slice(0, 80) },
      };
  }
  return null;
}

const expectSameAsReference = (text: string) => {
  expect(text.length).toBeGreaterThan(COPIED_UP_TO);
  expect(firstDifference(splitSentences(text), referenceSplitSentences(text))).toBeNull();
  const wrapped = { hardWrapped: true };
  expect(
    firstDifference(splitSentences(text, wrapped), referenceSplitSentences(text, wrapped)),
  ).toBeNull();
};

describe('a text too long to be copied whole: stops found in windows of it', () => {
  it('stops on both sides of the windows’ edges split as the reference splits them', () => {
    expectSameAsReference(longText(LENGTH, edges([1, 2, 5, 16, 17]), ['.', '\n', '؟', '. ']));
  });

  it('a stop as the last unit of a window, alone, and the first unit of the next, alone, are found', () => {
    for (const place of [STOP_WINDOW - 1, STOP_WINDOW, 2 * STOP_WINDOW - 1, 9 * STOP_WINDOW]) {
      const text = longText(LENGTH, [place], ['\n']);
      expectSameAsReference(text);
      expect(splitSentences(text).map((s) => s.end)[0]).toBe(text.slice(0, place).trimEnd().length);
    }
  });

  it('stretches of several windows without a stop, and a stop as the text’s last unit, are read', () => {
    const places = [10, 4 * STOP_WINDOW + 7, 12 * STOP_WINDOW + 3, LENGTH - 1];
    expectSameAsReference(longText(LENGTH, places, ['.', '!', '\n', '.']));
  });

  it('images, runs and line breaks across the edges split as the reference splits them', () => {
    const places = edges([3, 4, 15]).map((p) => p - 6);
    expectSameAsReference(longText(LENGTH, places, ['![أ. ب](c)', '… ', '\r\n', '?! ', '.[3] ']));
  });

  it('splits as the reference splits between the gate’s reads of another long text, which share its window', () => {
    const text = longText(LENGTH, edges([1, 2, 7]), ['.', '\n', '؟ ']);
    const other = normalize(longText(LENGTH, edges([1, 3]), ['. ', '\n']));
    expect(pipelineLeavesUnchanged(other, presets.standard)).toBe(true);
    expectSameAsReference(text);
    expect(pipelineLeavesUnchanged(other, presets.standard)).toBe(true);
    // A defect the gate finds only in a window read after the splitter's last one.
    const defective = `${other.slice(0, LENGTH - 50)}  ${other.slice(LENGTH - 50)}`;
    expect(pipelineLeavesUnchanged(defective, presets.standard)).toBe(false);
    expectSameAsReference(text);
  });
});
