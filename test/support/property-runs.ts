/**
 * How many cases a property runs: `FC_RUNS` when set (to replay or to search harder), else
 * `inCi` on CI and `locally` elsewhere (a property that costs more runs fewer cases).
 */
export function propertyRuns(inCi: number, locally: number): number {
  if (process.env.FC_RUNS) return Number(process.env.FC_RUNS);
  return process.env.CI ? inCi : locally;
}
