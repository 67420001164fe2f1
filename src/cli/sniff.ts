/** How much text is looked at for the first line before deciding. */
const WINDOW = 1 << 16;

/**
 * Tells whether an input given as plain text looks like JSON Lines: its first non-blank line is a
 * JSON object. Normalised as text, its commas and quotes would become Arabic punctuation.
 */
export class JsonLinesSniffer {
  undecided = true;

  constructor(private readonly label: string) {}

  get message(): string {
    return `${this.label}: looks like JSON Lines (a JSON object on its first line), which plain-text mode would rewrite; give --jsonl to normalise its fields`;
  }

  /** The verdict on the text so far (`atEnd`: there is no more), or undefined to wait for more. */
  look(text: string, atEnd: boolean): boolean | undefined {
    let start = 0;
    while (start < text.length && /[\s\ufeff]/.test(text[start]!)) start++;
    if (start === text.length && !atEnd && text.length < WINDOW) return undefined;
    const end = text.indexOf('\n', start);
    if (end < 0 && !atEnd && text.length < WINDOW) return undefined;
    this.undecided = false;
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    if (line.charCodeAt(0) !== 0x7b) return false;
    if (end < 0 && !atEnd) return /^\{\s*"/.test(line); // a first line longer than the window
    try {
      const value = JSON.parse(line) as unknown;
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    } catch {
      return false;
    }
  }
}
