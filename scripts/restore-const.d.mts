export function restoreConst(
  code: string,
  fileName?: string,
): { code: string; count: number; at: [number, number, number][] };
export function shiftMappings(
  mappings: string,
  at: readonly (readonly [number, number, number])[],
): string;
export function restoreConstInFiles(paths: readonly string[]): number;
export function scriptsIn(dir: string, except?: readonly string[]): string[];
