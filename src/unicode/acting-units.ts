import { KINDS as GAP_KINDS, Kind as GapKind } from './collapse-gaps.js';
import { KINDS as FORM_KINDS, Kind as FormKind } from './expand-forms.js';
import { SLOW_RANGES } from './marks/mark-flags.js';

/**
 * The code units some pass of stage 1 may act on: a non-zero entry in the forms or gaps table, or
 * a unit the marks table flags `SLOW`. Every other unit is 0 in all three (as far as the passes
 * read them), so the tables derived from them (the pre-scan's, the fused pass's) need only look
 * at these: a few thousand units, found with `indexOf` and the flagged ranges, instead of a loop
 * over 65,536 units at the first call. A unit may be listed more than once.
 */
export function actingUnits(): number[] {
  const units: number[] = [];
  pushNonZero(units, FORM_KINDS, FormKind);
  pushNonZero(units, GAP_KINDS, GapKind);
  for (let k = 0; k < SLOW_RANGES.length; k++) {
    const last = SLOW_RANGES[k]![1];
    for (let unit = SLOW_RANGES[k]![0]; unit <= last; unit++) units.push(unit);
  }
  return units;
}

/** Pushes the units whose entry in `table` is one of the non-zero values of the enum `kinds`. */
function pushNonZero(units: number[], table: Uint8Array | Uint16Array, kinds: object): void {
  for (const kind of Object.values(kinds)) {
    if (typeof kind !== 'number' || kind === 0) continue;
    for (let u = table.indexOf(kind); u >= 0; u = table.indexOf(kind, u + 1)) units.push(u);
  }
}
