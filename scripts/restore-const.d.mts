export function restoreConst(code: string, fileName?: string): { code: string; count: number };
export function restoreConstInFiles(paths: readonly string[]): number;
export function scriptsIn(dir: string, except?: readonly string[]): string[];
