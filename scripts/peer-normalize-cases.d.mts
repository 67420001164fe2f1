/** A normalisation test case of a peer (see ../shared/peer-suites/README.md). */
export interface PeerCase {
  peer: string;
  file: string;
  test: string;
  peer_call: string;
  input: string;
  expected: string;
  library_call: string;
  note: string;
  today: string;
  required: boolean;
}
export interface CaseStatus {
  status: 'pass' | 'by design' | 'open' | 'fail';
  reason?: string;
}
export interface PeerRow {
  peer: string;
  cases: number;
  pass: number;
  'by design': number;
  open: number;
  fail: number;
  reasons: Set<string>;
  issues: Set<string>;
}
export const PEER_CASES_PATH: string;
export function loadPeerCases(path?: string): PeerCase[] | undefined;
export function parseLibraryCall(call: string): {
  name: string;
  options: Record<string, string | boolean> | undefined;
};
export function runPeerCase(
  library: Record<string, unknown>,
  peerCase: PeerCase,
): { output: string; passed: boolean };
export const BY_DESIGN: Record<string, string>;
export const OPEN: Record<string, string>;
export function familyOf(peerCase: PeerCase): string | undefined;
export function byDesignReason(peerCase: PeerCase): string | undefined;
export function classify(peerCase: PeerCase, passed: boolean): CaseStatus;
export function summarise(results: { peerCase: PeerCase; status: CaseStatus }[]): PeerRow[];
