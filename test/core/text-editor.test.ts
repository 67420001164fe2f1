import { describe, expect, it } from 'vitest';
import { Rule } from '../../src/core/rules.js';
import { type EditRecorder, TextEditor } from '../../src/core/text-editor.js';

/** The rule most edits here are made by (the editor only passes it on). */
const R = Rule.Tatweel;

/** A recorder that keeps every edit it is told about, as [start, end, length, rule]. */
function recording(): { recorder: EditRecorder; edits: [number, number, number, number][] } {
  const edits: [number, number, number, number][] = [];
  return {
    recorder: { record: (start, end, length, rule) => edits.push([start, end, length, rule]) },
    edits,
  };
}

describe('TextEditor', () => {
  it('returns the source unchanged when no edit was made', () => {
    expect(new TextEditor('كتاب').finish()).toBe('كتاب');
    expect(new TextEditor('').finish()).toBe('');
  });

  it('copies the text before, between and after the edits unchanged', () => {
    const editor = new TextEditor('abcdefgh');
    editor.replace(1, 2, 'B', R);
    editor.replace(4, 6, 'EF!', R);
    expect(editor.finish()).toBe('aBcdEF!gh');
  });

  it.each([
    ['the first code unit', 0, 1, 'X', 'Xbcd'],
    ['the last code unit', 3, 4, 'X', 'abcX'],
    ['the whole text', 0, 4, 'X', 'X'],
    ['nothing, at the start (an insertion)', 0, 0, 'X', 'Xabcd'],
    ['nothing, at the end (an insertion)', 4, 4, 'X', 'abcdX'],
  ])('can replace %s', (_, start, end, replacement, expected) => {
    const editor = new TextEditor('abcd');
    editor.replace(start, end, replacement, R);
    expect(editor.finish()).toBe(expected);
  });

  it('accepts an edit that starts exactly where the previous one ended', () => {
    const editor = new TextEditor('abcd');
    editor.replace(0, 2, 'X', R);
    editor.replace(2, 4, 'Y', R);
    expect(editor.finish()).toBe('XY');
  });

  it('removes a range with remove() or with an empty replacement', () => {
    const editor = new TextEditor('a\u200bb\u200cc');
    editor.remove(1, 2, R);
    editor.replace(3, 4, '', R);
    expect(editor.finish()).toBe('abc');
  });

  it('reports as its position the end of the last edit, starting at 0', () => {
    const editor = new TextEditor('abcdef');
    expect(editor.position).toBe(0);
    editor.replace(1, 3, 'XYZ', R);
    expect(editor.position).toBe(3);
    editor.remove(4, 5, R);
    expect(editor.position).toBe(5);
  });

  it.each([
    ['an edit that starts before the end of the previous edit', 1, 3],
    ['a range whose end comes before its start', 4, 3],
  ])('throws a RangeError on %s', (_, start, end) => {
    const editor = new TextEditor('abcdef');
    editor.replace(0, 2, 'X', R);
    expect(() => editor.replace(start, end, 'Y', R)).toThrow(RangeError);
    expect(() => editor.replace(start, end, 'Y', R)).toThrow(
      new RegExp(`edit \\[${start}, ${end}\\) out of order \\(at 2\\)`),
    );
  });

  it('tells the recorder every edit in source order: range replaced, output length and rule', () => {
    const { recorder, edits } = recording();
    const editor = new TextEditor('abcdefgh', recorder);
    editor.replace(0, 0, '<<', Rule.PunctSpace);
    editor.remove(2, 3, Rule.Invisible);
    editor.replace(5, 7, 'Z', Rule.Digit);
    expect(editor.finish()).toBe('<<abdeZh');
    expect(edits).toEqual([
      [0, 0, 2, Rule.PunctSpace],
      [2, 3, 0, Rule.Invisible],
      [5, 7, 1, Rule.Digit],
    ]);
  });

  describe('replaceIfChanged', () => {
    it('makes no edit when the range already holds the replacement', () => {
      const { recorder, edits } = recording();
      const editor = new TextEditor('abcd', recorder);
      editor.replaceIfChanged(1, 3, 'bc', R);
      expect(edits).toEqual([]);
      expect(editor.position).toBe(0);
      expect(editor.finish()).toBe('abcd');
    });

    it.each([
      ['a replacement of the same length with other text', 1, 3, 'XY', 'aXYd'],
      ['a longer replacement that starts with the same text', 1, 3, 'bcX', 'abcXd'],
      ['a shorter replacement that is a prefix of the range', 1, 3, 'b', 'abd'],
    ])('edits for %s', (_, start, end, replacement, expected) => {
      const { recorder, edits } = recording();
      const editor = new TextEditor('abcd', recorder);
      editor.replaceIfChanged(start, end, replacement, R);
      expect(editor.finish()).toBe(expected);
      expect(edits).toEqual([[start, end, replacement.length, R]]);
    });
  });
});
