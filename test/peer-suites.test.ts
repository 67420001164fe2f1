import { describe, expect, it } from 'vitest';
import {
  classify,
  loadPeerCases,
  PEER_CASES_PATH,
  type PeerCase,
  runPeerCase,
} from '../scripts/peer-normalize-cases.mjs';
import * as library from '../src/index.js';
import { codePoints } from './support/code-points.js';

// The peers' own normalisation test cases (Lucene, Elasticsearch, CAMeL Tools, PyArabic, Maha,
// tnkeeh, ar-php, Nisaba, hazm), read at test time from ../shared/peer-suites (never copied here).
const cases = loadPeerCases();

/** The share of hazm (Persian) cases that must pass; the rest are different by design. */
const HAZM_FLOOR = 0.9;

const label = (c: PeerCase) => `${c.peer}: ${c.test} ${JSON.stringify(c.input).slice(0, 40)}`;

describe.skipIf(cases === undefined)(
  `the peers' normalisation test suites (${PEER_CASES_PATH})`,
  () => {
    const all = cases ?? [];

    it('reads every case and understands every library call', () => {
      expect(all.length).toBeGreaterThan(200);
      for (const c of all) expect(() => runPeerCase(library, c), label(c)).not.toThrow();
    });

    it.each(all.filter((c) => c.required).map((c) => [label(c), c] as const))(
      'passes the required case %s',
      (_, c) => {
        const { output } = runPeerCase(library, c);
        expect(codePoints(output)).toBe(codePoints(c.expected));
      },
    );

    it(`passes at least ${HAZM_FLOOR * 100}% of the hazm cases`, () => {
      const hazm = all.filter((c) => c.peer === 'hazm');
      const passed = hazm.filter((c) => runPeerCase(library, c).passed).length;
      console.log(`hazm: ${passed}/${hazm.length} cases pass`);
      expect(hazm.length).toBeGreaterThan(0);
      expect(passed / hazm.length).toBeGreaterThanOrEqual(HAZM_FLOOR);
    });

    it('fails no case without a reason: each is different by design or open in an issue', () => {
      const unexplained = all
        .filter((c) => classify(c, runPeerCase(library, c).passed).status === 'fail')
        .map(label);
      expect(unexplained).toEqual([]);
    });
  },
);
