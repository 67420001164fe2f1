/**
 * JSON Lines records: normalise chosen string fields of each record by splicing the new string
 * into the line, so every other byte of the record (key order, number spelling, escapes, spacing)
 * stays exactly as it was.
 */

/** A field path such as `meta.title`, split on dots. */
export type FieldPath = readonly string[];

/**
 * Splits a `--field` path on its dots; `\.` is a dot inside a key and `\\` a backslash, so
 * `stats\.v2.title` is the key `title` inside the key `stats.v2`.
 */
export function parseFieldPath(path: string): FieldPath {
  const keys: string[] = [];
  let key = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (c === '\\' && (path[i + 1] === '.' || path[i + 1] === '\\')) key += path[++i];
    else if (c === '.') {
      keys.push(key);
      key = '';
    } else key += c;
  }
  keys.push(key);
  return keys;
}

/** One string per distinct path (keys may hold dots, so the path is not joined on dots). */
export const fieldKey = (path: FieldPath) => JSON.stringify(path);

/** A path as the user may write it again, for messages. */
export const fieldName = (path: FieldPath) =>
  path.map((key) => key.replace(/[\\.]/g, (c) => `\\${c}`)).join('.');

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function skipWs(s: string, i: number): number {
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  return i;
}

/** `i` is at a `"`; returns the index after the closing quote. */
function skipString(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return s.length;
}

/** Skips one value of any kind starting at `i` (no recursion, so deep nesting is fine). */
function skipValue(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x22) i = skipString(s, i);
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return i;
      depth--;
      i++;
    } else if (depth === 0 && (c === 0x2c || isWs(c))) return i;
    else i++;
    if (depth === 0 && (c === 0x22 || c === 0x7d || c === 0x5d)) return i;
  }
  return i;
}

/**
 * Where the value at `path` starts in the JSON text `s` (already known to be valid JSON), or -1.
 * Like `JSON.parse`, the last of duplicate keys wins.
 */
function locateValue(s: string, path: FieldPath): number {
  let i = skipWs(s, 0);
  for (const key of path) {
    if (s.charCodeAt(i) !== 0x7b) return -1;
    let found = -1;
    i = skipWs(s, i + 1);
    while (i < s.length && s.charCodeAt(i) === 0x22) {
      const keyEnd = skipString(s, i);
      const token = s.slice(i, keyEnd);
      const name = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
      i = skipWs(s, skipWs(s, keyEnd) + 1); // past the colon
      if (name === key) found = i;
      i = skipWs(s, skipValue(s, i));
      if (s.charCodeAt(i) === 0x2c) i = skipWs(s, i + 1);
    }
    if (found < 0) return -1;
    i = found;
  }
  return i;
}

/** The `[start, end)` span of the string token at `path` in the JSON text `s`, or undefined. */
export function locateString(s: string, path: FieldPath): [number, number] | undefined {
  const i = locateValue(s, path);
  return i >= 0 && s.charCodeAt(i) === 0x22 ? [i, skipString(s, i)] : undefined;
}

/** The spans of the string elements of the array at `path` in the JSON text `s`, in order. */
export function locateArrayStrings(s: string, path: FieldPath): [number, number][] {
  let i = locateValue(s, path);
  const spans: [number, number][] = [];
  if (i < 0 || s.charCodeAt(i) !== 0x5b) return spans;
  i = skipWs(s, i + 1);
  while (i < s.length && s.charCodeAt(i) !== 0x5d) {
    if (s.charCodeAt(i) === 0x22) {
      const end = skipString(s, i);
      spans.push([i, end]);
      i = end;
    } else i = skipValue(s, i);
    i = skipWs(s, i);
    if (s.charCodeAt(i) === 0x2c) i = skipWs(s, i + 1);
  }
  return spans;
}

function valueAt(record: unknown, path: FieldPath): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export type RecordResult =
  | {
      ok: true;
      line: string;
      /** Fields present but holding something other than text (left as they were), if any. */
      notText?: { path: FieldPath; holds: string }[];
    }
  | { ok: false; line: string; problem: string };

/** What a JSON value is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array holding something other than text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Normalises the string fields at `paths` of one JSONL record (a line without its line break). */
export function processRecord(
  line: string,
  paths: readonly FieldPath[],
  normalize: (text: string) => string,
): RecordResult {
  // A byte order mark before the first record is kept, and skipped for parsing.
  const bom = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  const json = bom === 0 ? line : line.slice(1);
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch (error) {
    return { ok: false, line, problem: (error as Error).message };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, line, problem: 'not a JSON object' };
  }
  const edits: [number, number, string][] = [];
  let notText: { path: FieldPath; holds: string }[] | undefined;
  const edit = (span: [number, number] | undefined, value: string) => {
    const normalized = normalize(value);
    if (normalized !== value && span !== undefined) {
      edits.push([span[0] + bom, span[1] + bom, JSON.stringify(normalized)]);
    }
  };
  for (const path of paths) {
    const value = valueAt(record, path);
    if (value === undefined) continue; // a missing field is no problem
    if (typeof value === 'string') edit(locateString(json, path), value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      // An array of strings (tags, paragraphs) is normalised element by element.
      const spans = locateArrayStrings(json, path);
      for (const [k, element] of (value as string[]).entries()) edit(spans[k], element);
    } else {
      notText ??= [];
      notText.push({ path, holds: kindOf(value) });
    }
  }
  if (edits.length === 0) return notText ? { ok: true, line, notText } : { ok: true, line };
  edits.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [start, end, replacement] of edits) {
    parts.push(line.slice(from, start), replacement);
    from = end;
  }
  parts.push(line.slice(from));
  return notText ? { ok: true, line: parts.join(''), notText } : { ok: true, line: parts.join('') };
}
