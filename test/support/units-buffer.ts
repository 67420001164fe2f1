import { kernelInputOf, kernelOutput, kernelTakes } from '../../src/fast/fused-kernel.js';

/**
 * `text`'s code units written into a new buffer at offset 0 (as the library's unit buffers hold
 * a text), with `padding` more units of `filler` after them: a reader given the text's length
 * must never read those, and a filler that would change its answer (a letter that makes a run, a
 * space, a comma) shows that it does not.
 */
export function unitsInBuffer(text: string, padding: number, filler: number): Uint16Array {
  const units = new Uint16Array(text.length + padding);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  units.fill(filler, text.length);
  return units;
}

/**
 * {@link unitsInBuffer} in the fused pass kernel's output buffer (`kernelOutput`, a view of its
 * memory, where `normalize` leaves the fused output for stage 3), which readers there read by
 * the kernel's loops: past the padding it holds whatever an earlier text left.
 */
export function unitsInKernelOutput(text: string, padding: number, filler: number): Uint16Array {
  if (!kernelTakes(0)) throw new Error('the kernel does not run here');
  const units = kernelOutput!;
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  units.fill(filler, text.length, text.length + padding);
  return units;
}

/**
 * {@link unitsInBuffer} in the fused pass kernel's input buffer, where stage 3's gate reads a
 * text it is given as a string (`gateCopyOf` in normalize-punctuation.ts).
 */
export function unitsInKernelInput(text: string, padding: number, filler: number): Uint16Array {
  if (!kernelTakes(text.length)) throw new Error('the kernel does not run here');
  const units = kernelInputOf(text);
  units.fill(filler, text.length, text.length + padding);
  return units;
}
