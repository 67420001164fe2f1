import { Utf8Decoder, type Utf8Report } from './utf8.js';

/**
 * Decoding an input: UTF-8 by default (switching to UTF-16 when the input starts with a UTF-16
 * byte order mark), or any encoding the WHATWG `TextDecoder` knows by one of its labels
 * (`windows-1256`, `iso-8859-6`, `utf-16le`, ...) with `--encoding`.
 */
export interface Decoder {
  push(chunk: Uint8Array): Utf8Report;
  end(): Utf8Report;
}

/** The canonical name of an encoding label, or `makeError(message)` thrown if `TextDecoder` has no such encoding. */
export function checkEncoding(label: string, makeError: (message: string) => Error): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw makeError(
      `--encoding: unknown encoding ${JSON.stringify(label)} (use a WHATWG label such as utf-8, windows-1256, iso-8859-6, utf-16le)`,
    );
  }
}

/**
 * A decoder for an encoding other than UTF-8. Bytes that the encoding has no character for become
 * U+FFFD; in the single-byte encodings (the Arabic code pages among them) each U+FFFD in the output
 * is such a byte, at the same offset, and is reported. UTF-16 can hold U+FFFD itself, so a lone
 * surrogate there is replaced without a report.
 */
class TextDecoderAdapter implements Decoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  private readonly reports: boolean;

  constructor(encoding: string) {
    this.decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    this.reports = SINGLE_BYTE.has(this.decoder.encoding);
  }

  push(chunk: Uint8Array): Utf8Report {
    return this.report(this.decoder.decode(chunk, { stream: true }), chunk.length);
  }

  end(): Utf8Report {
    return this.report(this.decoder.decode(), 0);
  }

  private report(text: string, length: number): Utf8Report {
    const errors: number[] = [];
    if (this.reports) {
      for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
        errors.push(this.offset + i);
      }
    }
    this.offset += length;
    return { text, errors };
  }
}

/** WHATWG single-byte encodings: one byte, one UTF-16 code unit. */
const SINGLE_BYTE = new Set([
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-8-i',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'iso-8859-16',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'x-mac-cyrillic',
]);

/**
 * The default: UTF-8, unless the first two bytes are a UTF-16 byte order mark (FF FE or FE FF),
 * then UTF-16 of that byte order. The mark itself is kept as text, as a UTF-8 mark is.
 */
class SniffingDecoder implements Decoder {
  private inner: Decoder | undefined;
  private head: Uint8Array = new Uint8Array(0);

  constructor(private readonly countLines: boolean) {}

  push(chunk: Uint8Array): Utf8Report {
    if (this.inner !== undefined) return this.inner.push(chunk);
    const bytes = this.head.length > 0 ? concat(this.head, chunk) : chunk;
    if (bytes.length < 2) {
      this.head = new Uint8Array(bytes); // a copy: the reader may reuse the chunk's memory
      return { text: '', errors: [] };
    }
    this.head = new Uint8Array(0);
    this.inner = pick(bytes, this.countLines);
    return this.inner.push(bytes);
  }

  end(): Utf8Report {
    if (this.inner === undefined) {
      // Fewer than two bytes in all: UTF-8.
      this.inner = new Utf8Decoder(this.countLines);
      const first = this.inner.push(this.head);
      const rest = this.inner.end();
      return {
        text: first.text + rest.text,
        errors: [...first.errors, ...rest.errors],
        lines: first.lines && [...first.lines, ...rest.lines!],
      };
    }
    return this.inner.end();
  }
}

function pick(bytes: Uint8Array, countLines: boolean): Decoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoderAdapter('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoderAdapter('utf-16be');
  return new Utf8Decoder(countLines);
}

/** A decoder for `encoding` (a canonical name from {@link checkEncoding}), or the default one. */
export function createDecoder(encoding: string | undefined, countLines: boolean): Decoder {
  if (encoding === undefined) return new SniffingDecoder(countLines);
  if (encoding === 'utf-8') return new Utf8Decoder(countLines);
  return new TextDecoderAdapter(encoding);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
