import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { GROWTH_LIMIT, linearGrowth } from '../support/linear-growth.js';

describe('splitSentences runs in linear time on hostile input', () => {
  it.each<[string, string]>([
    ['a million full stops', '.'],
    ['a million spaces', ' '],
    ['one very long line of words', 'كلمة '],
    ['one very long word', 'ب'],
  ])('%s', (_, unit) => {
    expect(linearGrowth(unit, splitSentences, 1_000_000)).toBeLessThan(GROWTH_LIMIT);
  });

  it.each<[string, string]>([
    ['sentences', 'جملة قصيرة. '],
    ['initials', 'ج. '],
    ['abbreviations before a sentence starter', 'إلخ. ثم '],
    ['chains of initials in one token', 'أ.'],
    ['opening brackets before initials in one token', '((((د.'],
    ['Markdown image openers', '!['],
    ['Markdown images without a closing parenthesis', '![a]('],
    ['closed Markdown images', '![أ. ب](x.png) '],
    ['numbers with full stops', '1. '],
    ['bidi-wrapped full stops', 'د\u202a.\u202c '],
    ['question and exclamation runs', '؟!'],
    ['URL-like tokens', 'https://a.b/'],
    ['stray commas after full stops', '. ,'],
    ['closing quotes', '.»'],
    ['spaced full stops', '. '],
    ['spaced question marks before a word', '؟ ؟ كلمة '],
    ['full stops after spaces', 'كلمة    .'],
    ['spaced titles', 'د . '],
    ['eras before openers', '1990م. وبعد '],
    ['units before prepositions', '12 كم. في '],
    ['spelled acronyms', 'بي. '],
    ['glued spelled acronyms', 'إم.بي.'],
    ['footnote brackets after full stops', 'نص.[12] '],
    ['unclosed footnote brackets after full stops', 'نص.[نص نص نص نص نص '],
    ['footnote numbers in parentheses', 'نص.(2) '],
    ['superscripts and dashes after full stops', 'نص.¹- '],
    ['Latin ordinals', '2. Auflage '],
    ['compound units', 'م/ث. '],
  ])('repeated %s', (_, unit) => {
    expect(linearGrowth(unit, splitSentences, 250_000)).toBeLessThan(GROWTH_LIMIT);
  });

  const wrapped = (text: string) => splitSentences(text, { hardWrapped: true });
  it.each<[string, string]>([
    ['line breaks', '\n'],
    ['wrapped lines', 'كلمة\n'],
    ['blank lines with spaces', '\n    \n'],
    ['CRLF line ends', 'كلمة.\r\n'],
    ['spaces after line breaks', '\n                '],
  ])('with hardWrapped, repeated %s', (_, unit) => {
    expect(linearGrowth(unit, wrapped, 250_000)).toBeLessThan(GROWTH_LIMIT);
  });
});
