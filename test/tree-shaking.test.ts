import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Comparison, compare, ENTRIES } from '../scripts/check-tree-shaking.mjs';
import config from '../tsup.config.js';

const root = join(import.meta.dirname, '..');
let packageDir: string;
let rows: Comparison[];

beforeAll(async () => {
  // The library's own build (tsup.config.ts), without declarations, into a throw-away package.
  packageDir = mkdtempSync(join(tmpdir(), 'arabic-normalize-shake-'));
  copyFileSync(join(root, 'package.json'), join(packageDir, 'package.json'));
  const library = (config as Parameters<typeof build>[0][])[0]!;
  await build({
    ...library,
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    config: false,
    silent: true,
    outDir: join(packageDir, 'dist'),
    entry: Object.fromEntries(
      Object.entries(library.entry as Record<string, string>).map(([k, v]) => [k, join(root, v)]),
    ),
  });
  rows = await compare(packageDir);
}, 120_000);

afterAll(() => rmSync(packageDir, { recursive: true, force: true }));

describe('tree-shaking of the root entry (esbuild, minified)', () => {
  it.each(ENTRIES.map((e) => e.name))(
    'importing only %s from the root costs no more than from its subpath',
    (name) => {
      const row = rows.find((r) => r.name === name)!;
      expect(row.viaRoot).toBeLessThanOrEqual(row.viaSubpath);
    },
  );
});
