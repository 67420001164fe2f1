import { describe, expect, it, vi } from 'vitest';
import { WARM_UP_TEXT } from '../../src/fast/warm-up.js';
import * as library from '../../src/index.js';
import { collect } from '../stream/chunking.js';
import { DOCUMENT_NAMES, readDocument } from '../support/fixtures.js';

// The tables are filled at the first public call, not at import (src/core/table-fills.ts). Each
// public function, called first in a fresh copy of the library's modules, must fill every table
// it reads: it gives what the library whose tables the test setup filled gives.

type Library = typeof library;

/** A fresh copy of the library's modules, whose tables no call has filled. */
async function freshLibrary(): Promise<Library> {
  vi.resetModules();
  return await import('../../src/index.js');
}

/** Text that takes most paths of every stage: the five press releases and the warm-up's lines. */
const TEXT = [...DOCUMENT_NAMES.map(readDocument), WARM_UP_TEXT].join('\n\n');

/** What each public function gives on {@link TEXT}, as a value to compare. */
const CALLS: Record<string, (lib: Library) => unknown> = {
  normalize: (lib) => lib.normalize(TEXT),
  'normalize (search)': (lib) => lib.normalize(TEXT, { preset: 'search' }),
  'normalize (minimal)': (lib) => lib.normalize(TEXT, { preset: 'minimal' }),
  createNormalizer: (lib) => lib.createNormalizer({ digits: 'arabic-indic' })(TEXT),
  normalizeWithOffsets: (lib) => {
    const result = lib.normalizeWithOffsets(TEXT);
    const offsets = Array.from({ length: 200 }, (_, k) => Math.min(k * 50, result.text.length));
    return { text: result.text, starts: offsets.map((offset) => result.toOriginal(offset)) };
  },
  explain: (lib) => lib.explain(TEXT),
  cleanUnicode: (lib) => lib.cleanUnicode(TEXT),
  mapFarsiLetters: (lib) => lib.mapFarsiLetters(TEXT),
  normalizePunctuation: (lib) => lib.normalizePunctuation(TEXT),
  foldForSearch: (lib) => lib.foldForSearch(TEXT),
  splitSentences: (lib) => lib.splitSentences(TEXT),
  splitSentencesInOriginal: (lib) => lib.splitSentencesInOriginal(TEXT),
  createNormalizeStream: (lib) =>
    collect(lib.createNormalizeStream(), [TEXT.slice(0, 3000), TEXT.slice(3000)]),
  createSentenceStream: (lib) =>
    collect(lib.createSentenceStream(), [TEXT.slice(0, 3000), TEXT.slice(3000)]),
};

describe('the tables filled at the first public call', () => {
  it.each(Object.keys(CALLS))(
    'give %s, called first in a fresh copy of the library, what a filled library gives',
    async (name) => {
      const call = CALLS[name]!;
      const fresh = await freshLibrary();
      expect(await call(fresh)).toEqual(await call(library));
    },
  );

  it('are not filled by importing the library', async () => {
    vi.resetModules();
    await import('../../src/index.js');
    const canonical = await import('../../src/unicode/canonical.js');
    // FATHA's combining class is 30 once the tables are filled.
    expect(canonical.combiningClass(0x064e)).toBe(0);
    (await import('../../src/core/table-fills.js')).fillTables();
    expect(canonical.combiningClass(0x064e)).toBe(30);
  });
});

describe('fillTables', () => {
  it('runs each fill once, in the order the fills were handed over, and later ones at its next call', async () => {
    vi.resetModules();
    const fills = await import('../../src/core/table-fills.js');
    fills.fillTables();
    const ran: string[] = [];
    fills.fillOnFirstUse(() => ran.push('first'));
    fills.fillOnFirstUse(() => ran.push('second'));
    expect(ran).toEqual([]);
    fills.fillTables();
    fills.fillTables();
    expect(ran).toEqual(['first', 'second']);
    fills.fillOnFirstUse(() => ran.push('third'));
    fills.fillTables();
    expect(ran).toEqual(['first', 'second', 'third']);
  });

  it('throws, at that call and every later one, the error of a fill that failed', async () => {
    vi.resetModules();
    const fills = await import('../../src/core/table-fills.js');
    fills.fillTables();
    const failed = new Error('a table could not be filled');
    let later = 0;
    fills.fillOnFirstUse(() => {
      throw failed;
    });
    fills.fillOnFirstUse(() => later++);
    expect(() => fills.fillTables()).toThrow(failed);
    expect(() => fills.fillTables()).toThrow(failed);
    expect(later).toBe(0);
  });
});
