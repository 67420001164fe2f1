import { RULE_TABLE, Rule, type RuleId, ruleDescription, ruleId } from '../core/rules.js';
import { fillTables } from '../core/table-fills.js';
import type { NormalizeOptions } from '../options/types.js';
import { recordNormalize } from '../trace/record.js';
import type { Trace } from '../trace/trace.js';

/** One rule that took part in a {@link Change}. */
export interface ChangeStep {
  /** Stable rule id, such as `farsi-yeh`; see {@link RULES}. */
  rule: RuleId;
  /** One line saying what the rule does. */
  description: string;
}

/** One change the pipeline made to the input. */
export interface Change {
  /** Where the changed text starts in the input (UTF-16 offset). */
  inputStart: number;
  /** Where it ends in the input (exclusive); equal to `inputStart` for an insertion. */
  inputEnd: number;
  /** Where its replacement starts in the output of `normalize`. */
  outputStart: number;
  /** Where it ends in the output (exclusive); equal to `outputStart` for a deletion. */
  outputEnd: number;
  /** The input text that changed: `input.slice(inputStart, inputEnd)`. */
  before: string;
  /** What it became: `output.slice(outputStart, outputEnd)`. */
  after: string;
  /** The rule that changed it first (the first of {@link Change.steps}). */
  rule: RuleId;
  /** One line saying what {@link Change.rule} does. */
  description: string;
  /**
   * Every rule that changed this text, in pipeline order: a presentation form of FARSI YEH is
   * `presentation-form` then `farsi-yeh`. Changes of different passes that overlap are one change.
   * Frozen, and shared by the changes made by the same rules.
   */
  steps: readonly ChangeStep[];
}

/**
 * Every rule id with its one-line description, in pipeline order. Marked pure so that a bundle
 * that does not use it (one that imports only `splitSentences` from the root) drops it and the
 * rule table.
 */
export const RULES: Readonly<Record<RuleId, string>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(RULE_TABLE) as Record<RuleId, string>,
);

/**
 * Lists the changes `normalize(text, options)` makes, in input order, each with its span in the
 * input and in the output, the text before and after, and the rules that made it. Changes do not
 * overlap, and applying them in order to `text` gives `normalize(text, options)`. Neighbouring
 * changes made by the same rules are one change (a word of presentation forms is one change).
 * Text that the rules rewrote to itself is not listed, except the letters and ZERO WIDTH
 * NON-JOINERs of a Persian or Urdu line that `farsiLetters: 'auto'` kept as written: each is listed
 * with the rule `persian-passage` and the same text before and after.
 */
export function explain(text: string, options?: NormalizeOptions): Change[] {
  fillTables();
  const { text: output, trace } = recordNormalize(text, options, 'explain');
  return changesOf(text, output, trace);
}

/** The changes of {@link explain}, read off the trace of a recorded run of `text` to `output`. */
export function changesOf(text: string, output: string, trace: Trace): Change[] {
  const { alignment, lists } = trace;
  // The steps of each rule list, made once and shared (frozen) by every change it made.
  const stepsOf = new Map<number, readonly ChangeStep[]>();
  const steps = (list: number) => {
    let found = stepsOf.get(list);
    if (found === undefined) {
      found = Object.freeze(
        lists
          .get(list)
          .map((rule) => Object.freeze({ rule: ruleId(rule), description: ruleDescription(rule) })),
      );
      stepsOf.set(list, found);
    }
    return found;
  };
  const changes: Change[] = [];
  let last: Change | undefined;
  let lastList = 0;
  let inputAt = 0;
  let outputAt = 0;
  for (let k = 0; k < alignment.size; k++) {
    const inputEnd = inputAt + alignment.sourceLengths[k]!;
    const outputEnd = outputAt + alignment.outputLengths[k]!;
    const list = alignment.ruleIds[k]!;
    if (list !== 0) {
      const before = text.slice(inputAt, inputEnd);
      const after = output.slice(outputAt, outputEnd);
      if (last !== undefined && last.inputEnd === inputAt && lastList === list) {
        // A word of presentation forms, say, is one change, not one per letter.
        last.inputEnd = inputEnd;
        last.outputEnd = outputEnd;
        last.before += before;
        last.after += after;
      } else if (before !== after || lists.get(list).includes(Rule.PersianPassage)) {
        const made = steps(list);
        last = {
          inputStart: inputAt,
          inputEnd,
          outputStart: outputAt,
          outputEnd,
          before,
          after,
          rule: made[0]!.rule,
          description: made[0]!.description,
          steps: made,
        };
        lastList = list;
        changes.push(last);
      }
    }
    inputAt = inputEnd;
    outputAt = outputEnd;
  }
  return changes;
}
