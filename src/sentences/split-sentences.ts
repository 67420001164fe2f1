import { assertText } from '../options/resolve.js';
import type { Sentence, SplitOptions } from './types.js';

const isSpace = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a);
const isLineBreak = (code: number) =>
  code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
const isDigit = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x0660 && code <= 0x0669) ||
  (code >= 0x06f0 && code <= 0x06f9);
/** `.` `!` `?` `؟` `…` */
const isTerminator = (code: number) =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x2026;
/** Closing quotes and brackets that stay with the sentence they close. */
const isCloser = (code: number) =>
  code === 0x22 ||
  code === 0x27 ||
  code === 0x29 ||
  code === 0x5d ||
  code === 0xbb ||
  code === 0x201d ||
  code === 0x2019;

function checkOptions(options: unknown): SplitOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('splitSentences: argument "options" must be an object or undefined');
  }
  for (const key of Object.keys(options)) {
    if (key !== 'abbreviations') {
      throw new TypeError(
        `splitSentences: unknown option ${JSON.stringify(key)}; known options are "abbreviations"`,
      );
    }
  }
  const { abbreviations } = options as SplitOptions;
  if (
    abbreviations !== undefined &&
    (!Array.isArray(abbreviations) || abbreviations.some((a) => typeof a !== 'string'))
  ) {
    throw new TypeError('splitSentences: option "abbreviations" must be an array of strings');
  }
  return options as SplitOptions;
}

/**
 * Splits text into sentences with UTF-16 offsets into `text`. Line breaks are hard boundaries; a
 * terminator (`.` `!` `?` `؟` `…` or a run of them, with the closing quotes and brackets after it)
 * followed by a space or the end of the line ends a sentence, except a `.` between two digits.
 */
export function splitSentences(text: string, options?: SplitOptions): Sentence[] {
  assertText(text, 'splitSentences');
  checkOptions(options);
  const sentences: Sentence[] = [];
  const length = text.length;
  let start = 0;
  const emit = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && (isSpace(text.charCodeAt(s)) || isLineBreak(text.charCodeAt(s)))) s++;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || isLineBreak(text.charCodeAt(e - 1)))) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
  };
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      emit(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (isTerminator(code)) {
      if (code === 0x2e && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < length && isTerminator(text.charCodeAt(j))) j++;
      while (j < length && isCloser(text.charCodeAt(j))) j++;
      if (j === length || isSpace(text.charCodeAt(j)) || isLineBreak(text.charCodeAt(j))) {
        emit(start, j);
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  emit(start, length);
  return sentences;
}
