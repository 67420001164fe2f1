import { Rule, type RuleNumber } from '../core/rules.js';
import { fillOnFirstUse } from '../core/table-fills.js';
import type { EditRecorder } from '../core/text-editor.js';
import { TextEditor } from '../core/text-editor.js';
import { unitWords } from '../core/unit-tables.js';
import { firstMarkedUnit } from '../fast/first-marked-unit.js';
import { NFC_SENSITIVE } from './canonical.js';
import { type CodeRange, INVISIBLES, SPACES, TATWEEL, ZWJ, ZWNJ } from './character-sets.js';
import { joinsEmoji } from './emoji.js';
import { passPairs, passUnitsOf } from './pass-units.js';
import { presentationForms } from './presentation-forms.generated.js';
import { zwnjRunEnd, zwnjRunInsideWord } from './redundant-zwnj.js';
import { tatweelKeptFrom, tatweelRunEnd } from './tatweel.js';
import { WORD_LIGATURES } from './word-ligatures.js';

/** What the first pass of stage 1 does with one code unit. */
export enum Kind {
  Keep = 0,
  Invisible = 1,
  Zwnj = 2,
  Tatweel = 3,
  Form = 4,
  Surrogate = 5,
}

/**
 * The {@link Kind} of every code unit (read by the stage-1 pre-scan too). Of 16 bits, as the
 * tables of the other passes that `firstMarkedUnit` reads are, so that its loads see one type.
 */
export const KINDS = unitWords();
/** For a presentation form, 1 + the index of its letters in {@link EXPANSIONS}. */
const FORM_INDEX = unitWords();
const EXPANSIONS: string[] = [];
/** The rule that rewrites each entry of {@link EXPANSIONS}. */
const EXPANSION_RULES: RuleNumber[] = [];

// Indexed loops without destructuring: in code that runs once it allocates per entry.
const addForms = (forms: readonly (readonly [number, string])[]) => {
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]![0];
    KINDS[form] = Kind.Form;
    EXPANSIONS.push(forms[k]![1]);
    EXPANSION_RULES.push(Rule.PresentationForm);
    FORM_INDEX[form] = EXPANSIONS.length;
  }
};
const fill = (ranges: readonly CodeRange[], kind: Kind) => {
  for (let k = 0; k < ranges.length; k++) KINDS.fill(kind, ranges[k]![0], ranges[k]![1] + 1);
};

/** Fills {@link KINDS}, {@link FORM_INDEX} and the expansions, on first use (src/core/table-fills.ts). */
function fillKinds(): void {
  addForms(presentationForms());
  addForms(WORD_LIGATURES);
  fill(INVISIBLES, Kind.Invisible);
  // Spaces that NFC changes (EN QUAD, EM QUAD: singletons) take their NFC form here, so that the
  // marks pass sees only NFC spaces. Only those NFC may change are asked (NFC_SENSITIVE): the
  // others are their own NFC.
  for (const [first, last] of SPACES) {
    for (let unit = first; unit <= last; unit++) {
      if (NFC_SENSITIVE[unit] !== 1) continue;
      const nfc = String.fromCharCode(unit).normalize('NFC');
      if (nfc !== String.fromCharCode(unit)) {
        KINDS[unit] = Kind.Form;
        EXPANSIONS.push(nfc);
        EXPANSION_RULES.push(Rule.Nfc);
        FORM_INDEX[unit] = EXPANSIONS.length;
      }
    }
  }
  KINDS[ZWNJ] = Kind.Zwnj;
  KINDS[TATWEEL] = Kind.Tatweel;
  KINDS.fill(Kind.Surrogate, 0xd800, 0xe000);
}
fillOnFirstUse(fillKinds);

/** What the first pass writes for a presentation form or ligature (`undefined` for any other unit). */
export function formExpansion(unit: number): string | undefined {
  const index = FORM_INDEX[unit]!;
  return index === 0 ? undefined : EXPANSIONS[index - 1];
}

const REPLACEMENT_CHARACTER = '\ufffd';
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The rule that removes a run of each removable kind. */
const RULE_OF_KIND: Partial<Record<Kind, RuleNumber>> = {
  [Kind.Invisible]: Rule.Invisible,
  [Kind.Zwnj]: Rule.Zwnj,
  [Kind.Tatweel]: Rule.Tatweel,
};

/** The options this pass reads. */
export interface ExpandPolicy {
  zwnj: 'remove' | 'space' | 'keep';
  /** Read by the tatweel decision (see `TatweelPolicy`). */
  zwnjInWords?: 'remove' | 'space' | 'keep';
  removeTatweel: boolean;
  /** Read to tell a tatweel that seats a mark from one whose marks all go (see `tatweel.ts`). */
  stripDiacritics: boolean;
  stripShadda: boolean;
}

/**
 * First pass of stage 1: presentation forms and ligatures become the letters they stand for (an
 * isolated or medial form of a mark becomes the bare mark, so that it sits on the letter before
 * it); invisible controls are removed (but a ZWJ inside an emoji sequence); ZERO WIDTH NON-JOINER and TATWEEL follow their options
 * (only a decorative tatweel is removed: see `tatweel.ts`).
 * Runs of the same removable kind become one edit. A lone surrogate (invalid UTF-16) becomes
 * U+FFFD REPLACEMENT CHARACTER, as a UTF-16 decoder would make it: kept, it could pair up with
 * another once the characters between them are removed, and make a character nobody wrote.
 */
export function expandForms(text: string, policy: ExpandPolicy, recorder?: EditRecorder): string {
  const editor = new TextEditor(text, recorder);
  const length = text.length;
  // Read by the skip loop only (the rest reads the string): nothing below fills it again.
  const units = passUnitsOf(text);
  // The run of tatweels being removed ends at `tatweelsEnd`; those from `keptFrom` on stay.
  let tatweelsEnd = 0;
  let keptFrom = 0;
  let i = 0;
  while (i < length) {
    i =
      units === null
        ? nextActingUnit(text, i)
        : firstMarkedUnit(units, passPairs(), KINDS, ALL_KINDS, i, length);
    if (i === length) break;
    const kind = KINDS[text.charCodeAt(i)]!;
    if (kind === Kind.Surrogate) {
      const unit = text.charCodeAt(i);
      if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      editor.replace(i, i + 1, REPLACEMENT_CHARACTER, Rule.LoneSurrogate);
      i++;
      continue;
    }
    if (kind === Kind.Form) {
      const index = FORM_INDEX[text.charCodeAt(i)]! - 1;
      editor.replace(i, i + 1, EXPANSIONS[index]!, EXPANSION_RULES[index]!);
      i++;
      continue;
    }
    if (kind === Kind.Zwnj && policy.zwnj === 'keep') {
      i = keepZwnj(editor, text, i, policy.zwnjInWords === 'space');
      continue;
    }
    if (kind === Kind.Tatweel && policy.removeTatweel) {
      if (i >= tatweelsEnd) {
        tatweelsEnd = tatweelRunEnd(text, i, policy);
        keptFrom = tatweelKeptFrom(text, i, tatweelsEnd, policy);
      }
      if (i >= keptFrom) {
        i++;
        continue;
      }
      const start = i;
      i++;
      while (i < keptFrom && KINDS[text.charCodeAt(i)] === Kind.Tatweel) i++;
      editor.remove(start, i, Rule.Tatweel);
      continue;
    }
    if (kind === Kind.Invisible && text.charCodeAt(i) === ZWJ && joinsEmoji(text, i)) {
      i++;
      continue;
    }
    const removes = kind === Kind.Invisible || (kind === Kind.Zwnj && policy.zwnj === 'remove');
    if (removes) {
      const start = i;
      i++;
      while (i < length && KINDS[text.charCodeAt(i)] === kind) i++;
      editor.remove(start, i, RULE_OF_KIND[kind]!);
      continue;
    }
    if (kind === Kind.Zwnj && policy.zwnj === 'space') editor.replace(i, i + 1, ' ', Rule.Zwnj);
    i++;
  }
  return editor.finish();
}

/**
 * The first code unit from `i` whose kind is not `Keep`, or the end. A loop of its own: inside the
 * pass's loop, which keeps many values live, the engine kept the scan's values on the stack.
 */
function nextActingUnit(text: string, i: number): number {
  const length = text.length;
  while (i < length && KINDS[text.charCodeAt(i)] === Kind.Keep) i++;
  return i;
}

/** Every bit a {@link Kind} may have: a unit whose kind has one is not `Keep` (0). */
const ALL_KINDS = 0xff;

/**
 * A run of ZERO WIDTH NON-JOINERs under `zwnj: 'keep'`: one inside a word stays (a run of several
 * becomes one), one beside a space or at either end of a word is removed, or written as a space
 * when `normalize` deferred the ZWNJs inside words with `zwnj: 'space'` (`asSpace`), as that option
 * writes every other ZWNJ. Returns the run's end.
 */
function keepZwnj(editor: TextEditor, text: string, start: number, asSpace: boolean): number {
  const end = zwnjRunEnd(text, start);
  if (!zwnjRunInsideWord(text, start, end)) {
    if (asSpace) editor.replace(start, end, ' ', Rule.Zwnj);
    else editor.remove(start, end, Rule.Zwnj);
  } else if (end - start > 1) editor.replace(start, end, '\u200c', Rule.Zwnj);
  return end;
}
