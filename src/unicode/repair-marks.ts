import { ARABIC_LETTERS } from '../chars/sets.js';
import { Rule, type RuleNumber } from '../core/rules.js';
import type { EditRecorder } from '../core/text-editor.js';
import { TextEditor } from '../core/text-editor.js';
import {
  codePointsOf,
  combiningClass,
  composeSpan,
  NFC_SENSITIVE,
  NFC_SENSITIVE_RANGES,
  sensitiveAt,
} from './canonical.js';
import {
  ALEF,
  ALEF_HAMZA_MARKS,
  ARABIC_MARKS,
  CLOSING_PUNCTUATION,
  type CodeRange,
  DIACRITICS,
  FATHATAN,
  HARAKAT,
  QURANIC_ANNOTATIONS,
  SHADDA,
  SMALL_WAW_AND_YEH,
  SUKUN,
  TANWEEN,
  VOWELLESS_INITIALS,
  VOWELS,
} from './character-sets.js';
import { isLineBreak, isSpace } from './collapse-gaps.js';

/** Bit flags per code unit. */
const LETTER = 1; // an Arabic letter: a base a detached haraka may join
export const HARAKA = 2; // a haraka the repair may move
export const DIACRITIC = 8; // removed by `diacritics: 'strip'`
const CLOSING = 16; // closing punctuation: a tanween before it drops the space before the tanween
export const SLOW = 32; // the scan stops here: NFC-sensitive, a diacritic, or a high surrogate
const ARABIC_MARK = 64; // an Arabic combining mark: a detached run holding one is repaired
const VOWEL = 128; // one of the vowels a letter carries at most one of
const QURANIC = 256; // a Quranic annotation sign: a detached run of them stays where it is
const VOWELLESS_INITIAL = 512; // a letter that starts a word without a vowel (bare ALEF)

/** The flags of every code unit (read by the stage-1 pre-scan too). */
export const FLAGS = new Uint16Array(0x10000);
const flag = (ranges: readonly CodeRange[], bit: number) => {
  for (const [first, last] of ranges) {
    for (let cp = first; cp <= last; cp++) FLAGS[cp]! |= bit;
  }
};
flag(ARABIC_LETTERS, LETTER);
flag([HARAKAT], HARAKA | SLOW);
flag(DIACRITICS, DIACRITIC | SLOW);
flag(CLOSING_PUNCTUATION, CLOSING);
flag(ARABIC_MARKS, ARABIC_MARK | SLOW);
flag([[0xd800, 0xdbff]], SLOW);
flag(VOWELS, VOWEL);
flag([QURANIC_ANNOTATIONS], QURANIC);
flag(VOWELLESS_INITIALS, VOWELLESS_INITIAL);
flag(NFC_SENSITIVE_RANGES, SLOW);

/** The vowel bits of {@link vowelsOf} that never sit on the first letter of a word. */
const NOT_ON_FIRST_LETTER =
  (((1 << 3) - 1) << (TANWEEN[0] - HARAKAT[0])) | (1 << (SUKUN - HARAKAT[0]));

/** Whether `mask` (from {@link vowelsOf}) holds two different vowels or more. */
const twoVowels = (mask: number) => (mask & (mask - 1)) !== 0;

/** Whether `cp` is MADDA or HAMZA ABOVE/BELOW, which make a bare ALEF (in NFD) `آ أ إ`. */
const isAlefHamza = (cp: number) => cp >= ALEF_HAMZA_MARKS[0] && cp <= ALEF_HAMZA_MARKS[1];

/** ASCII, Arabic-Indic and Persian digits. */
const isDigit = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) ||
  (unit >= 0x660 && unit <= 0x669) ||
  (unit >= 0x6f0 && unit <= 0x6f9);

/** The options this pass reads. */
export interface MarksPolicy {
  repair: boolean;
  stripDiacritics: boolean;
  stripShadda: boolean;
}

/**
 * A base character with its marks, not yet written: it may still receive a haraka cut off after
 * it. It replaces `source[start, end)` with `head + compose(cps) + tail`.
 */
interface Pending {
  start: number;
  end: number;
  head: string;
  cps: number[];
  tail: string;
  /** The cluster is one Arabic letter (with marks) standing alone as a word: a split fragment. */
  fragment: boolean;
  /** The base is an Arabic letter, so it may take a tanween. */
  arabic: boolean;
  /** Detached marks were moved onto it (the rule of its edit is `detached-mark`). */
  moved: boolean;
  /** ... as the ending of its word (the rule of its edit is `case-ending`). */
  back: boolean;
  /** A detached run that stripping removes entirely was taken into its span. */
  stripped: boolean;
}

/**
 * Second pass of stage 1: marks. Puts every span that NFC may touch in NFC (locally), strips
 * diacritics when asked, and, with `repair`, puts harakat cut off from their letter back on it
 * (rules in docs/reference/options.md, "Stage 1"). Linear: every code unit is looked at a bounded number of times.
 */
export function repairMarks(text: string, policy: MarksPolicy, recorder?: EditRecorder): string {
  const length = text.length;
  const editor = new TextEditor(text, recorder);
  const flags = (i: number) => (i >= 0 && i < length ? FLAGS[text.charCodeAt(i)]! : 0);
  const spaceAt = (i: number) => i >= 0 && i < length && isSpace(text.charCodeAt(i));
  const breakAt = (i: number) => i >= 0 && i < length && isLineBreak(text.charCodeAt(i));

  /** End of the run of characters NFC may touch that starts at `i`. */
  const sensitiveEnd = (i: number) => {
    while (i < length && sensitiveAt(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    return Math.min(i, length);
  };
  /** End of the run of combining marks (non-zero class) that starts at `i`. */
  const marksEnd = (i: number) => {
    while (i < length) {
      const cp = text.codePointAt(i)!;
      if (combiningClass(cp) === 0) break;
      i += cp > 0xffff ? 2 : 1;
    }
    return i;
  };
  /** Whether the diacritics option removes this mark. */
  const stripped = (cp: number) =>
    policy.stripDiacritics &&
    cp <= 0xffff &&
    (FLAGS[cp]! & DIACRITIC) !== 0 &&
    (policy.stripShadda || cp !== SHADDA);
  /** The vowels among `cps` from index `from` on (those the options keep), one bit each. */
  const vowelsOf = (cps: readonly number[], from: number) => {
    let mask = 0;
    for (let k = from; k < cps.length; k++) {
      const cp = cps[k]!;
      if (cp <= 0xffff && FLAGS[cp]! & VOWEL && !stripped(cp)) mask |= 1 << (cp - HARAKAT[0]);
    }
    return mask;
  };
  /** Whether the cluster `cps` (a base and its marks) is a bare ALEF or ALEF WASLA. */
  const bareAlef = (cps: readonly number[], initial: boolean) => {
    const base = cps[0]!;
    if (initial ? !(FLAGS[base]! & VOWELLESS_INITIAL) : base !== ALEF) return false;
    for (let k = 1; k < cps.length; k++) if (isAlefHamza(cps[k]!)) return false;
    return true;
  };
  /**
   * Whether the cluster `p` is a word of one letter: nothing that continues a word (a letter, a
   * mark, a small waw or yeh, an ASCII letter, a digit of any system) before it. Unlike a fragment, it need not follow a space, so
   * that a space the punctuation stage removes (after an opening bracket) changes nothing here.
   */
  const oneLetterWord = (p: Pending) => {
    if (p.head !== '' || p.start === 0) return p.head === '';
    const before = text.charCodeAt(p.start - 1);
    return !(
      FLAGS[before]! & LETTER ||
      combiningClass(before) !== 0 ||
      (before >= SMALL_WAW_AND_YEH[0] && before <= SMALL_WAW_AND_YEH[1]) ||
      isDigit(before) ||
      ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a)
    );
  };
  /**
   * Whether the detached `run` may go back onto the end of the word before it, the cluster
   * `previous`: an Arabic letter that is not a word of one letter, left with one vowel at most
   * (a word-final bare ALEF takes none but fathatan).
   */
  const takesBack = (previous: Pending | undefined, run: readonly number[]): boolean => {
    if (!previous?.arabic || oneLetterWord(previous)) return false;
    const vowels = vowelsOf(run, 0);
    if (twoVowels(vowelsOf(previous.cps, 1) | vowels)) return false;
    if (vowels !== 0 && bareAlef(previous.cps, false)) {
      return vowels === 1 << (FATHATAN - HARAKAT[0]);
    }
    return true;
  };
  /**
   * Whether the detached `run` glued to the start of a word may sit on its first letter (at
   * `letter`, its marks up to `end`): no tanween or sukun (they never start a word), no vowel on a
   * bare ALEF (of the article), none on a letter that already has one.
   */
  const sitsOnFirstLetter = (run: readonly number[], letter: number, end: number): boolean => {
    const vowels = vowelsOf(run, 0);
    if (vowels === 0) return true;
    if (vowels & NOT_ON_FIRST_LETTER || twoVowels(vowels)) return false;
    const own = codePointsOf(text, letter, end);
    return vowelsOf(own, 1) === 0 && !bareAlef(own, true);
  };
  /** Whether every mark of `run` is a Quranic annotation sign. */
  const quranicSigns = (run: readonly number[]) => {
    for (const cp of run) if (cp > 0xffff || !(FLAGS[cp]! & QURANIC)) return false;
    return true;
  };
  /** Whether `[i, j)` holds an Arabic mark (which makes a detached run of marks repairable). */
  const hasArabicMark = (i: number, j: number) => {
    for (let k = i; k < j; k++) if (flags(k) & ARABIC_MARK) return true;
    return false;
  };
  /**
   * Where the current line is known to hold only spaces and dropped marks so far (set when a
   * detached run at a line start is dropped), so that a second run on that line counts as at the
   * line start too.
   */
  let blankUntil = 0;

  /** What the last {@link compose} did beyond NFC, as the rule of its edit. */
  let composeRule: RuleNumber = Rule.Nfc;
  /** The marks of a cluster, filtered: identical harakat collapse (repair), diacritics stripped. */
  const compose = (cps: number[]): string => {
    let out = cps;
    composeRule = Rule.Nfc;
    if (policy.repair || policy.stripDiacritics) {
      out = [];
      let seen = 0;
      for (const cp of cps) {
        const f = cp <= 0xffff ? FLAGS[cp]! : 0;
        if (policy.stripDiacritics && f & DIACRITIC && (policy.stripShadda || cp !== SHADDA)) {
          composeRule = Rule.Diacritics;
          continue;
        }
        if (policy.repair && f & HARAKA) {
          const bit = 1 << (cp - HARAKAT[0]);
          if (seen & bit) {
            if (composeRule === Rule.Nfc) composeRule = Rule.DuplicateMark;
            continue;
          }
          seen |= bit;
        } else if (cp <= 0xffff && NFC_SENSITIVE[cp] === 0) {
          seen = 0; // a new starter
        }
        out.push(cp);
      }
    }
    return composeSpan(out);
  };

  const emit = (p: Pending) => {
    const replacement = p.head + compose(p.cps) + p.tail;
    const rule = p.back
      ? Rule.CaseEnding
      : p.moved
        ? Rule.DetachedMark
        : p.stripped
          ? Rule.Diacritics
          : composeRule;
    editor.replaceIfChanged(p.start, p.end, replacement, rule);
  };

  /** A cluster from `start` (its base) to `end` (after its marks). */
  const cluster = (start: number, end: number): Pending => {
    const base = text.charCodeAt(start);
    const arabic = (FLAGS[base]! & LETTER) !== 0;
    let fragment = false;
    if (arabic && (start === 0 || spaceAt(start - 1) || breakAt(start - 1))) {
      fragment = end >= length || spaceAt(end) || breakAt(end);
      // A letter after a number is an abbreviation (2018 م: AD), not a fragment of a word.
      let k = start - 1;
      while (spaceAt(k)) k--;
      if (k >= 0 && isDigit(text.charCodeAt(k))) fragment = false;
    }
    return {
      start,
      end,
      head: '',
      cps: codePointsOf(text, start, end),
      tail: '',
      fragment,
      arabic,
      moved: false,
      back: false,
      stripped: false,
    };
  };

  /** The cluster of a letter that receives detached marks: `cps` holds it and them. */
  const receiver = (start: number, end: number, head: string, cps: number[]): Pending => ({
    start,
    end,
    head,
    cps,
    tail: '',
    fragment: false,
    arabic: true,
    moved: true,
    back: false,
    stripped: false,
  });

  /** A detached run no letter takes: dropped at a line start, else left (only normalised). */
  const dropOrKeep = (lineStart: boolean, i: number, j: number, run: number[]) => {
    if (lineStart) {
      editor.remove(i, j, Rule.OrphanMark);
      blankUntil = j;
    } else {
      const replacement = compose(run);
      editor.replaceIfChanged(i, j, replacement, composeRule);
    }
  };

  /**
   * A run of marks `[i, j)` holding a haraka, after a gap `[gapStart, i)`, with the cluster before the gap
   * (`previous`, not yet written) or none. Returns the cluster still open afterwards, if any, and
   * where the scan goes on.
   */
  const detached = (
    previous: Pending | undefined,
    gapStart: number,
    i: number,
    j: number,
  ): { open?: Pending; next: number } => {
    // Marks that stripping removes play no part in where the run goes.
    const run = codePointsOf(text, i, j).filter((cp) => !stripped(cp));
    const lineStart =
      previous === undefined &&
      (gapStart === 0 || breakAt(gapStart - 1) || gapStart === blankUntil);
    if (run.length === 0) {
      // Every mark of the run is stripped: it goes, and the previous cluster stays open.
      if (previous) {
        previous.tail += text.slice(gapStart, i);
        previous.end = j;
        previous.fragment = false;
        previous.stripped = true;
        return { open: previous, next: j };
      }
      editor.remove(i, j, Rule.Diacritics);
      if (lineStart) blankUntil = j;
      return { next: j };
    }
    // Quranic pause signs and small high letters between words are the text's own: left there.
    if (quranicSigns(run)) {
      if (previous) emit(previous);
      dropOrKeep(false, i, j, run);
      return { next: j };
    }
    // Glued to the start of a word where it can sit (a passive damma, a mark written before its
    // letter): onto that letter.
    const letter = flags(j) & LETTER ? j : -1;
    const letterEnd = letter >= 0 ? marksEnd(letter + 1) : -1;
    if (letter >= 0 && sitsOnFirstLetter(run, letter, letterEnd)) {
      // The letter's own marks first: moved marks of the same class go after them (so a letter
      // and its NFD get the same result).
      const cps = [text.charCodeAt(letter), ...codePointsOf(text, letter + 1, letterEnd), ...run];
      if (previous?.fragment) {
        // A one-letter fragment split from its word by the mark: join it to the word.
        const head = previous.head + compose(previous.cps) + previous.tail;
        return { open: receiver(previous.start, letterEnd, head, cps), next: letterEnd };
      }
      if (previous) emit(previous);
      return { open: receiver(i, letterEnd, '', cps), next: letterEnd };
    }
    // Standing alone, or glued where it cannot sit: the ending of the word before.
    if (previous && takesBack(previous, run)) {
      previous.cps.push(...run);
      previous.moved = true;
      previous.back = true;
      // Glued to a word, or to anything but a space or closing punctuation: the gap stays
      // between them, now before it.
      const keepGap = j < length && !spaceAt(j) && !breakAt(j) && !(flags(j) & CLOSING);
      previous.tail = keepGap ? text.slice(gapStart, i) : '';
      previous.end = j;
      previous.fragment = false;
      return { open: previous, next: j };
    }
    // No rule is sure: left where it is (dropped only at a line start, where it has no word).
    if (previous) emit(previous);
    dropOrKeep(lineStart, i, j, run);
    return { next: j };
  };

  /** Writes `open`, after giving it every detached haraka that follows it; returns the next index. */
  const settle = (first: Pending): number => {
    let open: Pending | undefined = first;
    let next = first.end;
    while (open) {
      if (!policy.repair) {
        emit(open);
        return open.end;
      }
      const gapStart = open.end;
      let g = gapStart;
      while (spaceAt(g)) g++;
      const marks = g > gapStart ? marksEnd(g) : g;
      if (marks === g || !hasArabicMark(g, marks)) {
        emit(open);
        return open.end;
      }
      const result = detached(open, gapStart, g, marks);
      open = result.open;
      next = result.next;
    }
    return next;
  };

  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    if (!(FLAGS[unit]! & SLOW) || (unit >= 0xd800 && !sensitiveAt(text, i))) {
      i++;
      continue;
    }
    const before = i - 1;
    const free = before >= editor.position;
    // The common case, one haraka on a plain letter inside a word, is already right.
    if (
      !policy.stripDiacritics &&
      FLAGS[unit]! & HARAKA &&
      free &&
      i + 1 < length &&
      !(FLAGS[text.charCodeAt(before)]! & SLOW) &&
      !spaceAt(before) &&
      !breakAt(before) &&
      !(FLAGS[text.charCodeAt(i + 1)]! & SLOW) &&
      !spaceAt(i + 1) &&
      !breakAt(i + 1)
    ) {
      i++;
      continue;
    }
    const afterGap = i === 0 || spaceAt(before) || breakAt(before);
    const marks = policy.repair && afterGap ? marksEnd(i) : i;
    if (marks > i && hasArabicMark(i, marks)) {
      let gapStart = i;
      while (gapStart > editor.position && spaceAt(gapStart - 1)) gapStart--;
      let previous: Pending | undefined;
      if (gapStart < i && gapStart - 1 >= editor.position && flags(gapStart - 1) & LETTER) {
        previous = cluster(gapStart - 1, gapStart);
      }
      const result = detached(previous, gapStart, i, marks);
      i = result.open ? settle(result.open) : result.next;
      continue;
    }
    // A base and its marks (the base is the code unit or pair before, when it is one).
    let start = i;
    if (free && !afterGap) {
      start = before;
      const unit = text.charCodeAt(before);
      if (unit >= 0xdc00 && unit <= 0xdfff && before - 1 >= editor.position) {
        const high = text.charCodeAt(before - 1);
        if (high >= 0xd800 && high <= 0xdbff) start = before - 1;
      }
    }
    const end = Math.max(i + 1, sensitiveEnd(i));
    i = settle(cluster(start, end));
  }
  return editor.finish();
}
