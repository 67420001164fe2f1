import { isSpace } from '../collapse-gaps.js';
import { breakAt, FLAGS, SLOW, spaceAt } from './mark-flags.js';

/**
 * Whether the marks pass leaves the haraka at `i` as it is, written after a plain character of a
 * word (no space, line break or unit its scan stops at), with nothing to attach to it: a plain
 * character or a line break after it, the end of the text, or spaces and then a plain character
 * or the end (no detached mark that could come back onto its word). Its cluster, the character
 * and the haraka, is already in NFC (no character composes with a haraka), so the pass would
 * write it unchanged. The pre-scan asks it for a haraka anywhere; the marks pass asks it only
 * after its last edit, and skips the haraka without building its cluster.
 */
export function harakaInWord(text: string, i: number): boolean {
  const length = text.length;
  if (i < 1) return false;
  const before = text.charCodeAt(i - 1);
  if (FLAGS[before]! & SLOW || spaceAt(text, i - 1) || breakAt(text, i - 1)) return false;
  if (i + 1 >= length) return true;
  const next = text.charCodeAt(i + 1);
  if (FLAGS[next]! & SLOW) return false;
  if (!isSpace(next)) return true;
  let g = i + 2;
  while (g < length && isSpace(text.charCodeAt(g))) g++;
  return g >= length || !(FLAGS[text.charCodeAt(g)]! & SLOW);
}
