// The table-driven copy loop: the benchmark's practical ceiling for a one-pass transform, and, in
// fresh processes (cold-start-child.mjs), the floor the engine gives to any JavaScript loop before
// it is optimised. One definition, used by contenders.mjs and the cold-start children.

/**
 * Every code unit goes through a Uint16Array(65536) lookup into a Uint16Array, decoded back with
 * TextDecoder('utf-16le'). The table is the identity except for a few Farsi letters and digits,
 * so that it does real (if small) work.
 */
const COPY_TABLE = new Uint16Array(0x10000);
for (let i = 0; i < 0x10000; i++) COPY_TABLE[i] = i;
COPY_TABLE[0x06cc] = 0x064a; // FARSI YEH → YEH
COPY_TABLE[0x06a9] = 0x0643; // KEHEH → KAF
for (let d = 0; d < 10; d++) COPY_TABLE[0x06f0 + d] = 0x30 + d; // Persian digits → ASCII
const UTF16 = new TextDecoder('utf-16le');
let copyBuffer = new Uint16Array(0);

export function copyLoop(text) {
  const n = text.length;
  if (copyBuffer.length < n) copyBuffer = new Uint16Array(n);
  const out = copyBuffer;
  for (let i = 0; i < n; i++) out[i] = COPY_TABLE[text.charCodeAt(i)];
  return UTF16.decode(out.subarray(0, n));
}
