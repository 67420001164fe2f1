import { describe, expect, it } from 'vitest';
import { Rule } from '../../src/core/rules.js';
import { EditLog } from '../../src/trace/edit-log.js';
import { HARAKAT } from '../../src/unicode/character-sets.js';
import { isLineBreak, isSpace } from '../../src/unicode/collapse-gaps.js';
import { harakaInWord } from '../../src/unicode/marks/haraka-in-word.js';
import { FLAGS, SLOW } from '../../src/unicode/marks/mark-flags.js';
import { repairMarks } from '../../src/unicode/repair-marks.js';

const FATHA = '\u064e';
const TANWEEN = '\u064b';
const repair = { repair: true, stripDiacritics: false, stripShadda: false };

describe('harakaInWord (a haraka the marks pass leaves as it is)', () => {
  it.each([
    ['inside a word', `ك${FATHA}تب`, 1, true],
    ['ending a word before a space and a letter', `ولدا${TANWEEN} كتب`, 4, true],
    ['ending a word before several spaces and a letter', `ولدا${TANWEEN}   كتب`, 4, true],
    ['ending a line', `ولدا${TANWEEN}\nكتب`, 4, true],
    ['ending the text', `ولدا${TANWEEN}`, 4, true],
    ['ending a word before spaces and the end', `ولدا${TANWEEN}  `, 4, true],
    ['after a space', `ب ${FATHA}ا`, 2, false],
    ['at the start', `${FATHA}ا`, 0, false],
    ['before a detached haraka', `كتب${FATHA} ${FATHA}ب`, 3, false],
    ['before another mark', `كتب${FATHA}${FATHA}`, 3, false],
  ])('%s: %j at %i is %s', (_, text, i, expected) => {
    expect(harakaInWord(text, i)).toBe(expected);
  });

  it('every plain unit with a haraka after it is already in NFC, so its cluster is written unchanged', () => {
    // What skipping the haraka relies on: the pass would compose the unit and the haraka in NFC.
    const changed: string[] = [];
    for (let unit = 0; unit < 0xd800; unit++) {
      if (FLAGS[unit]! & SLOW || isSpace(unit) || isLineBreak(unit)) continue;
      for (let haraka = HARAKAT[0]; haraka <= HARAKAT[1]; haraka++) {
        const cluster = String.fromCharCode(unit, haraka);
        if (cluster.normalize('NFC') !== cluster) changed.push(cluster);
      }
    }
    expect(changed).toEqual([]);
  });

  it('the marks pass records no edit for harakat inside and at the end of words, and still moves a detached one', () => {
    const log = new EditLog();
    const text = `ولدا${TANWEEN} ك${FATHA}تب${FATHA}\nجهد ${TANWEEN} من`;
    const out = repairMarks(text, repair, log);
    expect(out).toBe(`ولدا${TANWEEN} ك${FATHA}تب${FATHA}\nجهد${TANWEEN} من`);
    expect(log.size).toBe(1);
    expect(log.rules[0]).not.toBe(Rule.Nfc);
  });
});
