import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineLeavesUnchanged } from '../../src/fast/pipeline-gate.js';
import { GATE_FIRST_WINDOW, GATE_WINDOW } from '../../src/fast/unchanged-prefix.js';
import {
  emptyWindow,
  hasWindow,
  loadWindow,
  WINDOW_ROOM,
  windowEnd,
  windowStart,
  windowUnits,
} from '../../src/fast/unit-window.js';
import { normalize } from '../../src/normalize.js';
import { normalizeWithOffsets } from '../../src/offsets/normalize-with-offsets.js';
import { presets } from '../../src/options/presets.js';
import { resolveOptions } from '../../src/options/resolve.js';
import { anyOptions, arabicText, hostileArabicText } from '../support/arabic-arbitraries.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';
import { propertyRuns } from '../support/property-runs.js';

/**
 * The whole pipeline's gate reads a long text from a copy of its units (src/fast/unit-window.ts),
 * a window at a time: it must answer as the passes do wherever a unit it has to stop at stands,
 * in the first window, across a window's edge or in a later one. (The splitter's windows, of the
 * same window: test/sentences/stop-windows.test.ts.)
 */
const RUNS = propertyRuns(2_000, 200);

/** Whether the passes one by one (no gate) leave `text` as it is, with the standard preset. */
const passesLeave = (text: string) => normalizeWithOffsets(text, {}).text === text;

/** A clean text of about four windows: the press releases, normalised, one after the other. */
function longCleanText(): string {
  let text = '';
  for (let k = 0; text.length < 4 * GATE_WINDOW; k++) {
    text += `${normalize(readDocument(DOCUMENT_NAMES[k % DOCUMENT_NAMES.length]!))}\n`;
  }
  return normalize(text);
}

/** Where a defect goes: around the windows' edges, and at a stride through the whole text. */
function defectPlaces(length: number): number[] {
  const places: number[] = [];
  // Where the loop reads through without stopping, a window starts where the one before ends.
  for (
    let edge = GATE_FIRST_WINDOW;
    edge < length;
    edge += edge === GATE_FIRST_WINDOW ? GATE_WINDOW - GATE_FIRST_WINDOW : GATE_WINDOW
  ) {
    for (let d = -3; d <= 3; d++) places.push(edge + d);
  }
  for (let at = 1; at < length; at += 997) places.push(at);
  return places;
}

/** The window's units `[0, windowEnd - windowStart)` as a string. */
function windowText(): string {
  let text = '';
  for (let k = 0; k < windowEnd - windowStart; k++) text += String.fromCharCode(windowUnits[k]!);
  return text;
}

describe('the window of a text’s copied units', () => {
  it('is there in this runtime, so that the tests below read through it', () => {
    expect(hasWindow()).toBe(true);
  });

  it('holds the units from where it is loaded, as many as asked for, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.nat(320),
        fc.nat(320),
        (text, from, length) => {
          const start = Math.min(from, text.length);
          const end = loadWindow(text, start, length);
          expect(end).toBe(Math.min(text.length, start + length));
          expect([windowStart, windowEnd]).toEqual([start, end]);
          expect(windowText()).toBe(text.slice(start, end));
        },
      ),
    );
  });

  it('holds a whole text when asked for all of it, and is empty again when emptied', () => {
    const text = 'قال \ud800 ثم\r\n';
    expect(loadWindow(text, 0, text.length)).toBe(text.length);
    expect(windowText()).toBe(text);
    emptyWindow();
    expect([windowStart, windowEnd]).toEqual([0, 0]);
  });

  it('is never longer than its room: a longer window asked for ends there, its units all copied', () => {
    const text = 'كتب الولد درسه\n'.repeat(WINDOW_ROOM / 5);
    const start = 7;
    expect(loadWindow(text, start, 2 * WINDOW_ROOM)).toBe(start + WINDOW_ROOM);
    expect(windowText()).toBe(text.slice(start, start + WINDOW_ROOM));
    // The last window of a text ends with it.
    expect(loadWindow(text, text.length - 3, WINDOW_ROOM)).toBe(text.length);
    expect(windowText()).toBe(text.slice(-3));
  });
});

describe('the gate’s window of copied units', () => {
  it('vouches for a long clean text, read over several windows', () => {
    const text = longCleanText();
    expect(text.length).toBeGreaterThan(3 * GATE_WINDOW);
    expect(pipelineLeavesUnchanged(text, presets.standard)).toBe(true);
    expect(pipelineLeavesUnchanged(text, presets.minimal)).toBe(true);
  });

  it('vouches for a long text with a Farsi letter, a double space, a run of three letters or a tatweel anywhere only where the passes leave it', () => {
    const text = longCleanText();
    for (const defect of ['\u06cc', '  ', 'ببب', '\u0640']) {
      for (const at of defectPlaces(text.length)) {
        const t = text.slice(0, at) + defect + text.slice(at);
        if (pipelineLeavesUnchanged(t, presets.standard)) {
          expect(passesLeave(t), `${JSON.stringify(defect)} at ${at}`).toBe(true);
        }
      }
    }
  });

  it('stops at a double space or a run of three letters wherever it stands in a long text', () => {
    const text = longCleanText();
    for (const defect of ['  ', 'ببب']) {
      for (const at of defectPlaces(text.length)) {
        const t = text.slice(0, at) + defect + text.slice(at);
        expect(
          pipelineLeavesUnchanged(t, presets.standard),
          `${JSON.stringify(defect)} at ${at}`,
        ).toBe(false);
      }
    }
  });

  it('vouches for a long clean text with a word added between two words anywhere', () => {
    const text = longCleanText();
    let vouched = 0;
    let places = 0;
    for (let at = text.indexOf(' ') + 1; at > 0; at = text.indexOf(' ', at + 4 * 97) + 1) {
      places++;
      const t = `${text.slice(0, at)}كتب ${text.slice(at)}`;
      if (pipelineLeavesUnchanged(t, presets.standard)) vouched++;
    }
    // Where the new word stands after a number or before punctuation, the gate may not vouch.
    expect(vouched).toBeGreaterThan(places * 0.8);
  });

  it('vouches only for text the passes leave as it is, on long texts of any pieces, with any options', () => {
    const piece = fc.oneof(arabicText(60), hostileArabicText(20));
    const long = fc
      .array(piece, { minLength: 8, maxLength: 40 })
      .map((pieces) => pieces.join(' ').repeat(3));
    fc.assert(
      fc.property(long, anyOptions, fc.boolean(), (raw, options, normal) => {
        const t = normal ? normalize(raw, options) : raw;
        if (t.length < 256) return;
        if (!pipelineLeavesUnchanged(t, resolveOptions(options, 'normalize'))) return;
        expect(normalizeWithOffsets(t, options).text === t, JSON.stringify(t)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
