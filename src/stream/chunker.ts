import type { Sentence } from '../sentences/types.js';
import { anchorFor, endsAtLineStart, lastLineStartCut, runBeforeCut } from './safe-cut.js';

/** Rejects a chunk that is not a string, naming the stream. */
export function checkChunk(chunk: unknown, where: string): string {
  if (typeof chunk !== 'string') {
    throw new TypeError(`${where}: every chunk must be a string, got ${typeof chunk}`);
  }
  return chunk;
}

/** How many cut positions one chunk may try before the chunker just holds the chunk back. */
const MAX_ATTEMPTS = 3;

/**
 * Holds back the text after the last safe cut (see `safe-cut.ts`) and releases everything before
 * it. Memory is bounded by the longest stretch between two cut positions (in practice the longest
 * paragraph or line), plus one chunk.
 */
abstract class LineStartChunker<T> {
  private pending: string[] = [];
  private pendingLength = 0;
  /** Whether the text pushed so far ends at a line start (see `endsAtLineStart`). */
  private atLineStart = false;

  /** Processes `left + anchor`; returns the result without the anchor, or undefined to refuse. */
  protected abstract cut(left: string, anchor: string): T | undefined;
  /** Processes the held text at the end of the input. */
  protected abstract finish(rest: string): T;
  protected abstract get empty(): T;

  push(chunk: string): T {
    if (chunk.length === 0) return this.empty;
    let k = lastLineStartCut(chunk, this.atLineStart, chunk.length);
    for (let attempt = 0; k >= 0 && attempt < MAX_ATTEMPTS; attempt++) {
      if (k > 0 || this.pendingLength > 0) {
        const left = this.pending.join('') + chunk.slice(0, k);
        const result = this.cut(left, anchorFor(chunk.charCodeAt(k))!);
        if (result !== undefined) {
          this.consumed(left.length);
          this.hold([chunk.slice(k)], chunk.length - k, chunk);
          return result;
        }
      }
      k = lastLineStartCut(chunk, this.atLineStart, k);
    }
    this.pending.push(chunk);
    this.hold(this.pending, this.pendingLength + chunk.length, chunk);
    return this.empty;
  }

  end(): T {
    const rest = this.pending.join('');
    this.hold([], 0, '');
    return this.finish(rest);
  }

  /** Called with the length of the text released by a cut (for offset bookkeeping). */
  protected consumed(_length: number): void {}

  private hold(pending: string[], length: number, lastChunk: string) {
    this.pending = pending;
    this.pendingLength = length;
    this.atLineStart = lastChunk.length > 0 && endsAtLineStart(lastChunk, this.atLineStart);
  }
}

/** Feeds text through `run` piece by piece with output equal to `run(whole input)`. */
export class NormalizeChunker extends LineStartChunker<string> {
  constructor(private readonly run: (text: string) => string) {
    super();
  }

  protected cut(left: string, anchor: string): string | undefined {
    return runBeforeCut(this.run, left, anchor);
  }

  protected finish(rest: string): string {
    return this.run(rest);
  }

  protected get empty(): string {
    return '';
  }
}

/** Splits text into sentences piece by piece, with offsets into the whole input. */
export class SentenceChunker extends LineStartChunker<Sentence[]> {
  private offset = 0;

  constructor(private readonly split: (text: string) => Sentence[]) {
    super();
  }

  protected cut(left: string, anchor: string): Sentence[] | undefined {
    const sentences = this.split(left + anchor);
    const last = sentences.pop();
    // The anchor must come back as a sentence of its own, or the cut would change the split.
    if (last === undefined || last.start !== left.length || last.text !== anchor) return undefined;
    return this.shift(sentences);
  }

  protected override consumed(length: number): void {
    this.offset += length;
  }

  protected finish(rest: string): Sentence[] {
    return this.shift(this.split(rest));
  }

  protected get empty(): Sentence[] {
    return [];
  }

  private shift(sentences: Sentence[]): Sentence[] {
    const offset = this.offset;
    if (offset === 0) return sentences;
    return sentences.map((s) => ({ text: s.text, start: s.start + offset, end: s.end + offset }));
  }
}
