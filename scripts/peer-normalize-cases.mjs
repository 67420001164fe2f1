// Runs the peers' normalisation test cases (../shared/peer-suites/normalize/cases.json, read at run
// time and never copied into this project) against this library. Shared by the test
// (test/peer-suites.test.ts) and the evaluation script (bench/eval-peers.mjs).
//
// Each case names the call of this library that does the peer's job, as `library_call`, for
// example `normalize(x, { preset: 'search' })`: it is parsed (never evaluated) into a function
// name and an options object of string and boolean values.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the cases are: `PEER_SUITES` (a folder holding `normalize/cases.json`) or ../shared/peer-suites. */
export const PEER_CASES_PATH = join(
  process.env.PEER_SUITES
    ? resolve(process.env.PEER_SUITES)
    : resolve(root, '..', 'shared', 'peer-suites'),
  'normalize',
  'cases.json',
);

/** The cases, or `undefined` when the file is absent. */
export function loadPeerCases(path = PEER_CASES_PATH) {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8'));
}

const CALL = /^(\w+)\(x(?:, \{(.*)\})?\)$/;
const OPTION = /^\s*(\w+): (?:'([^']*)'|(true|false))\s*$/;

/** `normalize(x, { preset: 'search', foldHamza: false })` → `{ name, options }`. */
export function parseLibraryCall(call) {
  const match = CALL.exec(call.trim());
  if (!match) throw new Error(`library_call not understood: ${call}`);
  const [, name, body] = match;
  if (body === undefined) return { name, options: undefined };
  const options = {};
  for (const part of body.split(',')) {
    const option = OPTION.exec(part);
    if (!option) throw new Error(`option not understood in ${call}: ${part}`);
    options[option[1]] = option[2] ?? option[3] === 'true';
  }
  return { name, options };
}

/** Runs one case against the library `L` (its exports): `{ output, passed }`. */
export function runPeerCase(L, peerCase) {
  const { name, options } = parseLibraryCall(peerCase.library_call);
  const fn = L[name];
  if (typeof fn !== 'function') throw new Error(`the library exports no ${name}`);
  const output = options === undefined ? fn(peerCase.input) : fn(peerCase.input, options);
  return { output, passed: output === peerCase.expected };
}

/**
 * Why a case that this library answers differently does so by design, by the family code that
 * starts the case's note (`F5: ...`).
 */
export const BY_DESIGN = {
  F5: 'a letter followed by a combining dot is left as written: reading it as another letter (HAH with a rounded high stop as KHAH) guesses at what the writer meant',
  F6: 'letters of other languages written in Arabic script (ٽ) are kept: they spell foreign words',
};

/** Families this project means to pass but does not yet, by family code (tracked as issues). */
export const OPEN = {
  F4: 'redundant ZWNJs are kept with `zwnj: keep`',
  F7: 'spacing outside brackets and quotes is not repaired',
};

/** The family code of a case (`F2`, ...) from its note, or undefined. */
export const familyOf = (peerCase) => /^(F\d+):/.exec(peerCase.note ?? '')?.[1];

/**
 * Why a failing case is not a bug, when it is one of the few whose peer expects something this
 * library does differently on purpose; undefined otherwise.
 */
export function byDesignReason(peerCase) {
  const family = familyOf(peerCase);
  if (family && BY_DESIGN[family]) return BY_DESIGN[family];
  const note = peerCase.note ?? '';
  if (peerCase.peer === 'hazm' && /Persian-only conventions/.test(note)) {
    return 'Persian-only conventions: ZWNJ inside compounds from a lexicon, `...` written `…`';
  }
  if (peerCase.peer === 'ar-php' && /composite/.test(note) && family === 'F7') {
    return 'spacing outside brackets aside, ar-php joins a lone و to the next word, shortens `......`, writes HTML around numbers; this library does none of these';
  }
  if (family === 'F2' && /preset: 'minimal'/.test(peerCase.library_call)) {
    return 'the minimal preset makes only invisible and encoding repairs; elongation is reduced in standard and search';
  }
  if (family === 'F1' && /\u06cc/.test(peerCase.expected)) {
    return 'ligatures are spelled in Arabic letters (الرحيم), as the NFKC decompositions of the block are; hazm expects Persian YEH';
  }
  return undefined;
}

/** `pass`, `by design` (with the reason), `open` (with the issue) or `fail`, for a case run. */
export function classify(peerCase, passed) {
  if (passed) return { status: 'pass' };
  const reason = byDesignReason(peerCase);
  if (reason) return { status: 'by design', reason };
  const family = familyOf(peerCase);
  if (family && OPEN[family]) return { status: 'open', reason: OPEN[family] };
  return { status: 'fail' };
}

/**
 * Per peer: cases, passed, by design (with `reasons`), open (with `issues`), failing; in the order
 * the peers first appear.
 */
export function summarise(results) {
  const rows = new Map();
  for (const { peerCase, status } of results) {
    let row = rows.get(peerCase.peer);
    if (!row) {
      row = {
        peer: peerCase.peer,
        cases: 0,
        pass: 0,
        'by design': 0,
        open: 0,
        fail: 0,
        reasons: new Set(),
        issues: new Set(),
      };
      rows.set(peerCase.peer, row);
    }
    row.cases++;
    row[status.status]++;
    if (status.status === 'by design') row.reasons.add(status.reason);
    if (status.status === 'open') row.issues.add(status.reason);
  }
  return [...rows.values()];
}
