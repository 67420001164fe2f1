import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const subpaths = Object.keys(manifest.exports)
  .filter((key) => key !== '.' && key !== './package.json')
  .map((key) => key.slice(2));

describe('package.json', () => {
  it('builds and smoke-tests before packing, so npm pack from a clean checkout ships the code', () => {
    expect(manifest.scripts.prepack).toMatch(/npm run build\b.*&&.*npm run smoke\b/);
    expect(manifest.files).toContain('dist');
  });

  it('names the repository, its home page and where to report bugs', () => {
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(manifest.homepage).toBe(`${repository}#readme`);
    expect(manifest.bugs.url).toBe(`${repository}/issues`);
  });

  it('states the oldest Node as >=X.Y.Z, the exact version test/runtimes/run.mjs installs and runs', () => {
    expect(manifest.engines.node).toMatch(/^>=\d+\.\d+\.\d+$/);
    expect(manifest.scripts['test:runtimes']).toBe('node test/runtimes/run.mjs');
  });

  it('maps every subpath in typesVersions, so moduleResolution node10 finds its types', () => {
    const mapped = manifest.typesVersions['*'];
    expect(Object.keys(mapped).sort()).toEqual([...subpaths].sort());
    for (const subpath of subpaths) {
      expect(mapped[subpath]).toEqual([manifest.exports[`./${subpath}`].require.types]);
    }
  });

  it('checks the package with are-the-types-wrong under every resolution (no profile), and consumers without DOM or Node types', () => {
    expect(manifest.scripts['check:package']).toMatch(/attw --pack \.(?! --profile)/);
    expect(manifest.scripts['check:package']).toContain('scripts/check-consumer-types.mjs');
    expect(manifest.scripts['check:package']).toContain('scripts/check-tree-shaking.mjs');
  });
});
