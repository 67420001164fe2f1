import fc from 'fast-check';

/** Writes `chunks` into `stream` and returns every chunk it emits. */
export async function collect<O>(
  stream: TransformStream<string, O>,
  chunks: string[],
): Promise<O[]> {
  const writing = (async () => {
    const writer = stream.writable.getWriter();
    for (const chunk of chunks) await writer.write(chunk);
    await writer.close();
  })();
  const reading = (async () => {
    const parts: O[] = [];
    for await (const part of stream.readable as unknown as AsyncIterable<O>) parts.push(part);
    return parts;
  })();
  const [parts] = await Promise.all([reading, writing]);
  return parts;
}

/** Cuts `text` at the given positions (sorted, deduplicated, clamped to the text). */
export function cutAt(text: string, positions: number[]): string[] {
  const cuts = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    chunks.push(text.slice(from, cut));
    from = cut;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/** Paragraph-shaped Arabic text: lines of Arabic-weighted text, with blank lines and CRLF. */
export const document = (text: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.tuple(
        text,
        fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', ' \n', '\n \n\t\n', '\r', '\u2029'),
      ),
      { maxLength: 8 },
    )
    .map((lines) => lines.map(([line, end]) => line + end).join(''));

/** Piece lengths small enough that a generated document is cut many times (`runInPieces`). */
export const pieceLength = fc.integer({ min: 1, max: 40 });

/** Several documents in a row, so that the text is long enough for many pieces. */
export const documents = (text: fc.Arbitrary<string>) =>
  fc.array(document(text), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

export const chunkings = fc.array(fc.nat({ max: 10_000 }), { maxLength: 12 });

/** What a line may begin with: indentation, list markers, digits, quotes, Persian letters, marks. */
const lineHead = fc.constantFrom(
  '',
  ' ',
  '    ',
  '\t',
  '\u00a0',
  '1. ',
  '٣٤ ',
  '۱۲',
  '- ',
  '– ',
  '• ',
  '«',
  '»',
  '"',
  '(',
  '.',
  '،',
  '؟',
  'گ',
  'پ',
  'ی',
  '\u064e',
  '\u0640',
  '\u200c',
  '\u200f',
  '\ufeff',
  '\ufe70',
  '\ufcf2',
  '\u{1F534} ',
  'x',
);

/** Lines of any shape: `text` behind one of the heads above (and sometimes two). */
export const anyLineShape = (text: fc.Arbitrary<string>) =>
  fc.tuple(lineHead, lineHead, text).map(([a, b, rest]) => a + b + rest);
