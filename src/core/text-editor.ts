import { asOutputTooLong, outputLimit, outputTooLong } from './output-limit.js';
import type { RuleNumber } from './rules.js';

/**
 * Receives every edit a pass makes, in source order: the source range `[start, end)` was replaced
 * by `length` code units of output, by `rule`. Everything between edits was copied unchanged. This
 * is all the information needed to map output offsets back to the input and to explain each
 * change, so a caller that wants offsets passes a recorder and one that does not pays nothing.
 */
export interface EditRecorder {
  record(start: number, end: number, length: number, rule: RuleNumber): void;
}

/**
 * Builds the output of one pass over `source` as a sequence of edits. Unchanged runs are copied as
 * slices (cheap in every engine), and a pass that makes no edit returns `source` itself.
 *
 * Edits must come in source order and must not overlap: a pass scans left to right and calls
 * {@link TextEditor.replace} only at or after the end of its previous edit.
 */
export class TextEditor {
  /**
   * The output so far, up to {@link TextEditor.position}, grown with `+`: the engine keeps it as a
   * rope (each `+` links two strings) and copies it into one flat string once, at the end
   * ({@link TextEditor.finish}). Joining an array of the parts cost about twice that copy (the
   * noisy 100 KB corpus: 5 passes, 3,300 parts, a fifth of `normalizeWithOffsets`). Grown on the
   * left only, the rope is one the engines flatten by iteration, not by recursion.
   */
  private output = '';
  private cursor = 0;
  private edited = false;
  /** Code units of output so far, up to {@link TextEditor.position}. */
  private length = 0;

  constructor(
    readonly source: string,
    private readonly recorder?: EditRecorder,
  ) {}

  /** Where the next edit may start: the end of the last edit. */
  get position(): number {
    return this.cursor;
  }

  /** Replaces `source[start, end)` with `replacement`, by `rule`. */
  replace(start: number, end: number, replacement: string, rule: RuleNumber): void {
    if (start < this.cursor || end < start) throw outOfOrder(start, end, this.cursor);
    try {
      if (start > this.cursor) this.output += this.source.slice(this.cursor, start);
      if (replacement.length > 0) this.output += replacement;
    } catch (error) {
      // `+` throws the engine's bare "Invalid string length" past the longest string it makes.
      throw asOutputTooLong(error);
    }
    this.length += start - this.cursor + replacement.length;
    this.cursor = end;
    this.edited = true;
    this.recorder?.record(start, end, replacement.length, rule);
  }

  /** Replaces `source[start, end)` with `replacement` unless they are already equal. */
  replaceIfChanged(start: number, end: number, replacement: string, rule: RuleNumber): void {
    if (end - start !== replacement.length || !this.sourceHolds(start, replacement)) {
      this.replace(start, end, replacement, rule);
    }
  }

  /**
   * Whether `source` holds `text` at `start`, compared unit by unit: a slice to compare made a
   * string per call, and the gaps pass asks at every line break.
   */
  private sourceHolds(start: number, text: string): boolean {
    const source = this.source;
    for (let k = 0; k < text.length; k++) {
      if (source.charCodeAt(start + k) !== text.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Removes `source[start, end)`, by `rule`. */
  remove(start: number, end: number, rule: RuleNumber): void {
    this.replace(start, end, '', rule);
  }

  /** The edited text; `source` itself when nothing was edited. */
  finish(): string {
    if (!this.edited) return this.source;
    if (this.length + this.source.length - this.cursor > outputLimit.maxLength)
      throw outputTooLong();
    try {
      const output =
        this.cursor < this.source.length
          ? this.output + this.source.slice(this.cursor)
          : this.output;
      // One read makes the engine copy the rope into one flat string now: the rope holds slices
      // of `source`, which would stay alive as long as the output was not read.
      output.charCodeAt(0);
      return output;
    } catch (error) {
      throw asOutputTooLong(error);
    }
  }
}

/**
 * The error for an edit out of order, made outside {@link TextEditor.replace}: building its message
 * there made `replace` larger, and the engine inlines a small function into more of its callers.
 */
function outOfOrder(start: number, end: number, cursor: number): RangeError {
  return new RangeError(`TextEditor: edit [${start}, ${end}) out of order (at ${cursor})`);
}
