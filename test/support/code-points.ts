/** Writes each UTF-16 code unit as U+XXXX, so invisible and look-alike characters can be told apart. */
export function codePoints(text: string): string {
  return Array.from(
    text,
    (ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  ).join(' ');
}

/**
 * Describes the first difference between two strings: line, column and the code points around it
 * in both, or undefined when they are equal.
 */
export function describeFirstDifference(
  actual: string,
  expected: string,
  context = 12,
): string | undefined {
  if (actual === expected) return undefined;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const before = actual.slice(0, i);
  const line = before.split('\n').length;
  const column = i - before.lastIndexOf('\n');
  const from = Math.max(0, i - context);
  const show = (text: string) =>
    `${JSON.stringify(text.slice(from, i + context))}\n    ${codePoints(text.slice(from, i))} | ${codePoints(text.slice(i, i + context))}`;
  return [
    `first difference at index ${i} (line ${line}, column ${column}):`,
    `  actual:   ${show(actual)}`,
    `  expected: ${show(expected)}`,
    `  lengths: actual ${actual.length}, expected ${expected.length}`,
  ].join('\n');
}
