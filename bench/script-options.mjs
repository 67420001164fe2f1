// The command-line options of the benchmark's side scripts (punctuation-noise.mjs, vowelled.mjs):
// `--name value` pairs after the script's path, and the corpus size they share.

import { SIZES } from './corpora.mjs';

const args = process.argv.slice(2);

/** The value after `--name` on the command line, or `fallback` when the option is absent. */
export function option(name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
}

/** Whether the flag `--name` is on the command line. */
export const flag = (name) => args.includes(name);

/** The corpus size of `--size` (100KB by default), checked against the corpora's sizes. */
export function corpusSize() {
  const size = option('--size', '100KB');
  if (!(size in SIZES)) throw new RangeError(`--size: one of ${Object.keys(SIZES).join(', ')}`);
  return size;
}
