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
 * starts the case's note (`F5: ...`). A failing case of a family not listed here is a bug.
 */
export const BY_DESIGN = {
  F5: 'a letter followed by a combining dot is left as written: composing it to another letter reads manuscript intent into the text',
  F6: 'letters of other languages written in Arabic script (such as ٽ) are kept: they spell foreign words',
};

/** The family code of a case (`F2`, ...) from its note, or undefined. */
export const familyOf = (peerCase) => /^(F\d+):/.exec(peerCase.note ?? '')?.[1];

/** A composite hazm case whose other differences are Persian-only conventions (see its note). */
export const isPersianComposite = (peerCase) =>
  peerCase.peer === 'hazm' && /Persian-only conventions/.test(peerCase.note ?? '');
