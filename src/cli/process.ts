import { createNormalizer } from '../normalize.js';
import type { NormalizeOptions } from '../options/types.js';
import { splitSentences } from '../sentences/split-sentences.js';
import type { Sentence } from '../sentences/types.js';
import { NormalizeChunker, SentenceChunker } from '../stream/chunker.js';
import { createDecoder } from './encoding.js';
import { type FieldPath, fieldName, processRecord } from './jsonl.js';
import { JsonLinesSniffer } from './sniff.js';
import { Utf8Writer } from './utf8-writer.js';

/** What to do with each input. */
export interface Settings {
  mode: 'text' | 'sentences' | 'jsonl';
  /** For `sentences`: one sentence per line, or one JSON object per sentence. */
  format: 'text' | 'jsonl';
  fields: FieldPath[];
  options: NormalizeOptions;
  strict: boolean;
  /** Print each invalid sequence or malformed record (up to a limit) on standard error. */
  verbose: boolean;
  /** Extra abbreviations for sentence splitting (`--abbreviation`). */
  abbreviations: string[];
  /** `--encoding` (a canonical WHATWG name), or undefined for UTF-8 with UTF-16 BOM detection. */
  encoding: string | undefined;
  /** Split hard-wrapped text: a single line break is a space (`--hard-wrapped`). */
  hardWrapped?: boolean;
}

export interface Stats {
  bytes: number;
  records: number;
  invalidUtf8: number;
  malformed: number;
  /** JSONL fields present but holding something other than text. */
  notText: number;
}

export const emptyStats = (): Stats => ({
  bytes: 0,
  records: 0,
  invalidUtf8: 0,
  malformed: 0,
  notText: 0,
});

export function addStats(into: Stats, from: Stats): void {
  into.bytes += from.bytes;
  into.records += from.records;
  into.invalidUtf8 += from.invalidUtf8;
  into.malformed += from.malformed;
  into.notText += from.notText;
}

/** Bad input under `--strict`: exit code 1. */
export class DataError extends Error {}

/** How many problems of one kind are printed per input before they are only counted. */
const REPORT_LIMIT = 10;

export interface Sink {
  /**
   * Writes `data`; a promise asks the caller to wait before writing more. `written`, if the sink
   * can tell, is called once `data` has been written out and its buffer may be reused.
   */
  write(data: string | Uint8Array, written?: () => void): void | Promise<void>;
}

export interface Hooks {
  warn(message: string): void;
  /** Called after each chunk with the bytes read and records written since the last call. */
  progress?(bytes: number, records: number): void;
}

/** Turns decoded text chunks into output text for one input; `end` flushes. */
interface Transformer {
  push(text: string): string;
  end(): string;
}

function textTransformer(settings: Settings): Transformer {
  const chunker = new NormalizeChunker(createNormalizer(settings.options));
  return { push: (text) => chunker.push(text), end: () => chunker.end() };
}

/** CR LF and every single line break that `splitSentences` knows. */
const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/gu;

function sentenceTransformer(
  settings: Settings,
  label: string | undefined,
  stats: Stats,
): Transformer {
  const normalizer = new NormalizeChunker(createNormalizer(settings.options));
  const splitter = new SentenceChunker((text) =>
    splitSentences(text, {
      abbreviations: settings.abbreviations,
      hardWrapped: settings.hardWrapped === true,
    }),
  );
  const format =
    settings.format === 'jsonl'
      ? (s: Sentence) =>
          `${JSON.stringify(label === undefined ? { text: s.text, start: s.start, end: s.end } : { file: label, text: s.text, start: s.start, end: s.end })}\n`
      : // One sentence per line: a line break inside a hard-wrapped sentence is written as a space.
        (s: Sentence) => `${s.text.replace(LINE_BREAKS, ' ')}\n`;
  const emit = (sentences: Sentence[]) => {
    stats.records += sentences.length;
    return sentences.map(format).join('');
  };
  return {
    push: (text) => emit(splitter.push(normalizer.push(text))),
    end: () => {
      const head = splitter.push(normalizer.end());
      return emit(head) + emit(splitter.end());
    },
  };
}

/** Normalises records line by line; the line break of each line is kept as it was. */
export class JsonlTransformer implements Transformer {
  private partial = '';
  private readonly normalize: (text: string) => string;
  private reported = 0;
  private reportedNotText = 0;

  constructor(
    private readonly settings: Settings,
    private readonly label: string,
    private readonly stats: Stats,
    private readonly hooks: Hooks,
    /** Number of the first line (for blocks handed to a worker). */
    public lineNumber = 1,
  ) {
    this.normalize = createNormalizer(settings.options);
  }

  push(text: string): string {
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      this.partial += text; // a long line grows as a rope, scanned once when it ends
      return '';
    }
    const block = this.partial + text.slice(0, last + 1);
    this.partial = text.slice(last + 1);
    return this.lines(block);
  }

  end(): string {
    const rest = this.partial;
    this.partial = '';
    return rest.length > 0 ? this.lines(rest) : '';
  }

  /** Processes complete lines (the last may lack its line break at the end of the input). */
  lines(block: string): string {
    const out: string[] = [];
    let from = 0;
    while (from < block.length) {
      let to = block.indexOf('\n', from);
      to = to < 0 ? block.length : to + 1;
      let end = to;
      if (block.charCodeAt(end - 1) === 0x0a) end--;
      if (block.charCodeAt(end - 1) === 0x0d) end--;
      const line = block.slice(from, end);
      if (line.trim().length === 0) out.push(block.slice(from, to));
      else {
        const result = processRecord(line, this.settings.fields, this.normalize);
        this.stats.records++;
        if (!result.ok) this.malformed(result.problem);
        else if (result.notText) this.notText(result.notText);
        out.push(result.line, block.slice(end, to));
      }
      this.lineNumber++;
      from = to;
    }
    return out.join('');
  }

  private notText(fields: { path: FieldPath; holds: string }[]) {
    this.stats.notText += fields.length;
    for (const { path, holds } of fields) {
      if (this.settings.verbose && this.reportedNotText++ < REPORT_LIMIT) {
        this.hooks.warn(
          `${this.label}:${this.lineNumber}: field ${fieldName(path)} holds ${holds}, not text: left as it was`,
        );
      }
    }
  }

  private malformed(problem: string) {
    const where = `${this.label}:${this.lineNumber}`;
    if (this.settings.strict) throw new DataError(`${where}: malformed JSON record: ${problem}`);
    this.stats.malformed++;
    if (this.settings.verbose && this.reported++ < REPORT_LIMIT) {
      this.hooks.warn(`${where}: malformed JSON record passed through unchanged (${problem})`);
    }
  }
}

/**
 * Bytes decoded and transformed at a time. The strings of a step stay under V8's large-object size
 * (128 KB), so they are allocated and collected in the young generation: decoding Arabic UTF-8 ran
 * at about 230 MB/s in slices of 32 or 64 KiB and at about 60 MB/s in slices of 128 or 256 KiB
 * (where each string is a large object, fresh pages from the system, collected only by a full GC).
 */
const SLICE = 1 << 15;

/**
 * Reads one input (an async iterable of byte chunks), decodes it, transforms it according to
 * `settings`, and writes the result to `sink`. Returns what it counted.
 */
export async function processInput(
  input: AsyncIterable<Uint8Array>,
  sink: Sink,
  settings: Settings,
  label: string,
  hooks: Hooks,
  sentenceLabel?: string,
): Promise<Stats> {
  const stats = emptyStats();
  const jsonl = settings.mode === 'jsonl';
  const decoder = createDecoder(settings.encoding, jsonl);
  const transformer =
    settings.mode === 'jsonl'
      ? new JsonlTransformer(settings, label, stats, hooks)
      : settings.mode === 'sentences'
        ? sentenceTransformer(settings, sentenceLabel, stats)
        : textTransformer(settings);
  // Plain text that is really JSON Lines would have its JSON rewritten: look before writing.
  const sniffer = jsonl ? undefined : new JsonLinesSniffer(label);
  let held = '';
  const problems = badBytesReporter(settings, label, stats, hooks);
  let recordsSeen = 0;
  const transform = (text: string, atEnd: boolean): string => {
    if (sniffer?.undecided) {
      held += text;
      const verdict = sniffer.look(held, atEnd);
      if (verdict === undefined) return '';
      text = held;
      held = '';
      if (verdict) {
        if (settings.strict) throw new DataError(sniffer.message);
        hooks.warn(sniffer.message);
      }
    }
    return transformer.push(text);
  };
  const writer = new Utf8Writer(sink);
  for await (const chunk of input) {
    stats.bytes += chunk.length;
    for (let at = 0; at < chunk.length; at += SLICE) {
      const { text, errors, lines } = decoder.push(chunk.subarray(at, at + SLICE));
      problems(errors, lines);
      await writer.write(transform(text, false));
    }
    // What a chunk gave is written before the next is read (a filter on a live stream stays live).
    await writer.flush();
    hooks.progress?.(chunk.length, stats.records - recordsSeen);
    recordsSeen = stats.records;
  }
  const { text, errors, lines } = decoder.end();
  problems(errors, lines);
  await writer.write(transform(text, true));
  await writer.write(transformer.end());
  await writer.flush();
  return stats;
}

/** Counts and reports (up to a limit) the bytes a decoder replaced; under `--strict`, stops at the first. */
export function badBytesReporter(
  settings: Settings,
  label: string,
  stats: Stats,
  hooks: Hooks,
): (errors: number[], lines: number[] | undefined) => void {
  let reported = 0;
  const encoding = settings.encoding === undefined ? 'UTF-8' : settings.encoding;
  return (errors, lines) => {
    if (errors.length === 0) return;
    const where = (k: number) => (lines === undefined ? label : `${label}:${lines[k]}`);
    if (settings.strict) {
      throw new DataError(`${where(0)}: invalid ${encoding} at byte ${errors[0]}`);
    }
    stats.invalidUtf8 += errors.length;
    errors.forEach((offset, k) => {
      if (settings.verbose && reported++ < REPORT_LIMIT) {
        hooks.warn(`${where(k)}: invalid ${encoding} at byte ${offset}, replaced by U+FFFD`);
      }
    });
  };
}
