import { describe, expect, it } from 'vitest';
import { endsInAlefMaksura, lexiconWords as words } from '../../src/letters/final-yeh.js';
import {
  DEFINITE_NOUNS,
  EXACT_WORDS,
  IMPERFECT_STEMS,
  NAMES,
  NOUNS,
  PARTICLES,
  PERFECT_VERBS,
  YEH_WORDS,
} from '../../src/letters/final-yeh-lexicon.generated.js';
import { mapFarsiLetters } from '../../src/letters/index.js';
import { codePoints } from '../support/code-points.js';

/** A word as a Persian keyboard or font writes it: its last letter FARSI YEH. */
const persianFinal = (word: string) => `${word.slice(0, -1)}\u06cc`;
const expectFinal = (input: string, expected: string) =>
  expect(codePoints(mapFarsiLetters(persianFinal(input)))).toBe(codePoints(expected));

describe('the final-yeh lexicon (generated)', () => {
  const classes = { PARTICLES, NOUNS, NAMES, DEFINITE_NOUNS, PERFECT_VERBS, IMPERFECT_STEMS };

  it.each(Object.entries(classes))(
    '%s holds Arabic words ending in ALEF MAKSURA, once each',
    (_, lines) => {
      const list = words(lines);
      expect(new Set(list).size).toBe(list.length);
      for (const word of list) expect(word).toMatch(/^[\u0621-\u064a]+\u0649$/);
    },
  );

  it('holds YEH words that end in YEH, none of them the twin of a word read as it stands', () => {
    for (const word of words(YEH_WORDS)) {
      expect(word).toMatch(/^[\u0621-\u064a]+\u064a$/);
      expect(endsInAlefMaksura(`${word.slice(0, -1)}\u0649`), word).toBe(false);
    }
  });

  it('recognises every particle, noun, name, perfect verb and exact word as it stands', () => {
    for (const word of words([...PARTICLES, ...NOUNS, ...NAMES, ...PERFECT_VERBS, ...EXACT_WORDS]))
      expect(endsInAlefMaksura(word), word).toBe(true);
  });

  it('recognises a definite-only noun after the article, and bare only as a word of another class', () => {
    const otherClasses = new Set(words([...PARTICLES, ...NOUNS, ...NAMES, ...PERFECT_VERBS]));
    for (const noun of words(DEFINITE_NOUNS)) {
      expect(endsInAlefMaksura(`ال${noun}`), noun).toBe(true);
      if (!otherClasses.has(noun)) expect(endsInAlefMaksura(noun), noun).toBe(false);
    }
  });

  it('recognises every imperfect stem behind each person prefix, unless a listed YEH word is spelt so', () => {
    // تخفى (it is hidden) is spelt like تخفي (she hides) and the verbal noun تخفٍّ: YEH wins.
    const yehWords = new Set(words(YEH_WORDS));
    for (const stem of words(IMPERFECT_STEMS))
      for (const prefix of ['ي', 'ت', 'ن', 'أ']) {
        const word = prefix + stem;
        const expected = !yehWords.has(`${word.slice(0, -1)}\u064a`);
        expect(endsInAlefMaksura(word), word).toBe(expected);
      }
  });
});

describe('word-final FARSI YEH: the patterns that end in ALEF MAKSURA', () => {
  it.each([
    ['فُعْلى, feminine elative', 'كبرى'],
    ['فُعْلى, feminine elative with the article', 'القصوى'],
    ['فُعْلى noun', 'ذكرى'],
    ['فَعْلى broken plural', 'جرحى'],
    ['فَعالى broken plural', 'فتاوى'],
    ['أَفْعى elative', 'أقصى'],
    ['مَفْعى noun of place', 'مستشفى'],
    ['مُفْتَعى noun of place with ل + article', 'للملتقى'],
    ['defective verb, perfect', 'مضى'],
    ['defective verb, Form VIII perfect with و', 'واشترى'],
    ['defective verb, Form I imperfect', 'يسعى'],
    ['defective verb, Form V imperfect', 'يتبنى'],
    ['defective verb, Form VI imperfect with the future prefix', 'ستتعافى'],
    ['defective verb, imperfect with و + ل', 'وليبقى'],
    ['proper name', 'عيسى'],
    ['family name with the article', 'الموسى'],
    ['particle with ف', 'فعلى'],
  ])('ALEF MAKSURA for %s (%s)', (_, word) => expectFinal(word, word));

  it.each([
    ['اخرى', 'اخرى'],
    ['الاولى', 'الاولى'],
    ['احدى', 'احدى'],
    ['بالاخرى', 'بالاخرى'],
  ])('hamza-less spelling %s keeps ALEF MAKSURA', (word, expected) => expectFinal(word, expected));
});

describe('word-final FARSI YEH: YEH words are not read as proclitic + ALEF MAKSURA word', () => {
  it.each([
    ['nisba adjective, not س + نوى', 'سنوي'],
    ['Form VI verbal noun, not the perfect تنامى', 'تنامي'],
    ['Form V verbal noun, not the perfect تحدى', 'تحدي'],
    ['Form V verbal noun after ل, not ل + perfect', 'لتلقي'],
    ['Form V verbal noun with the article', 'التحدي'],
    ['nisba adjective, not ف + hamza-less أرسى', 'فارسي'],
    ['noun, not و + hamza-less أدى', 'وادي'],
    ['perfect verbs take no article', 'الماضي'],
    ['imperfect verbs take no preposition', 'بيبقي'],
    ['the future prefix takes only imperfect verbs', 'سمضي'],
    ['Form IV imperfect is YEH', 'يعطي'],
    ['Form VIII active participle with the article', 'المنتمي'],
  ])('YEH for a %s (%s)', (_, word) => expectFinal(word, word));
});
