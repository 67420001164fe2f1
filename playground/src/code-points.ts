import type { NameTable } from './data.js';

let names: NameTable = {};

/** Sets the Unicode name table once it has loaded (tooltips show bare code points until then). */
export function setNames(table: NameTable): void {
  names = table;
}

/** The code points of `text` as `U+XXXX NAME` lines (a lone surrogate is one code point too). */
export function describeCodePoints(text: string, limit = 12): string[] {
  const lines: string[] = [];
  for (const char of text) {
    if (lines.length === limit) {
      lines.push(`… (${[...text].length - limit} more)`);
      break;
    }
    const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const name = names[code];
    lines.push(name === undefined ? `U+${code}` : `U+${code} ${name}`);
  }
  return lines;
}
