export interface Entry {
  subpath: string;
  name: string;
}
export interface Comparison extends Entry {
  viaRoot: number;
  viaSubpath: number;
}
export const ENTRIES: Entry[];
export function bundleSize(packageDir: string, specifier: string, name: string): Promise<number>;
export function compare(packageDir?: string): Promise<Comparison[]>;
