import { describe, expect, it } from 'vitest';
import { explain, normalize, presets } from '../../src/index.js';
import { cleanUnicode } from '../../src/unicode/index.js';
import { codePoints } from '../support/code-points.js';

const ZWJ = '\u200d';
const VS16 = '\ufe0f';

const expectSame = (actual: string, expected: string) =>
  expect(codePoints(actual)).toBe(codePoints(expected));

const PRESETS = Object.keys(presets) as (keyof typeof presets)[];

describe('a ZERO WIDTH JOINER inside an emoji sequence is part of the emoji: kept in every preset', () => {
  it.each([
    ['between two pictographs (woman scientist)', `فريق \u{1F469}${ZWJ}\u{1F52C} البحث`],
    ['after a variation selector (rainbow flag)', `علم \u{1F3F3}${VS16}${ZWJ}\u{1F308} هنا`],
    ['after a skin tone (technologist)', `مبرمج \u{1F9D1}\u{1F3FD}${ZWJ}\u{1F4BB}`],
    ['before a BMP pictograph (polar bear)', `دب \u{1F43B}${ZWJ}\u2744${VS16}`],
    ['in a family of several', `بيت \u{1F468}${ZWJ}\u{1F469}${ZWJ}\u{1F467}`],
    ['glued to an Arabic word', `مرحبا\u{1F469}${ZWJ}\u{1F52C}`],
  ])('%s', (_, input) => {
    for (const preset of PRESETS) expectSame(normalize(input, { preset }), input);
    expect(explain(input)).toEqual([]);
  });
});

it('an emoji ZWJ is kept when the same text has invisibles, tatweel and spaces to clean', () => {
  expectSame(
    cleanUnicode(`\u200fفريق  \u{1F469}${ZWJ}\u{1F52C} كـتب${ZWJ}`),
    `فريق \u{1F469}${ZWJ}\u{1F52C} كتب`,
  );
});

describe('a ZERO WIDTH JOINER anywhere else is an invisible control: removed', () => {
  it.each([
    ['between two Arabic letters', `ك${ZWJ}تب`, 'كتب'],
    ['after a pictograph, before a letter', `\u{1F469}${ZWJ}كتب`, '\u{1F469}كتب'],
    ['after a letter, before a pictograph', `كتب${ZWJ}\u{1F469}`, 'كتب\u{1F469}'],
    ['two in a row between pictographs', `\u{1F469}${ZWJ}${ZWJ}\u{1F52C}`, '\u{1F469}\u{1F52C}'],
    ['after a lone skin tone, before a letter', `\u{1F3FD}${ZWJ}a`, '\u{1F3FD}a'],
    ['at the start of the text', `${ZWJ}\u{1F469}`, '\u{1F469}'],
  ])('%s', (_, input, expected) => {
    expectSame(cleanUnicode(input), expected);
    expect(explain(input).map((c) => c.rule)).toEqual(['invisible']);
  });
});
