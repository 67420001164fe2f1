import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownFiles(join(dir, entry.name))
      : entry.name.endsWith('.md')
        ? [join(dir, entry.name)]
        : [],
  );
}

const userDocs = ['README.md', ...markdownFiles('docs')];

describe('the documentation', () => {
  it('keeps the README short: at most 300 lines', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(300);
  });

  it('opens the README with both ways in: npm install, then npm ci && npm run demo and npm test', () => {
    const readme = read('README.md');
    const install = readme.indexOf('npm install arabic-normalize');
    const demo = readme.indexOf('npm ci && npm run demo');
    const test = readme.indexOf('npm test');
    expect(install).toBeGreaterThan(0);
    expect(demo).toBeGreaterThan(install);
    expect(test).toBeGreaterThan(demo);
    expect(readme.indexOf('## Install')).toBeLessThan(readme.indexOf('## Use'));
  });

  it.each(userDocs)('%s: every relative link points to a file that exists', (file) => {
    const prose = read(file)
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`\n]*`/g, '');
    const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const broken = links
      .filter((link) => !/^[a-z]+:/.test(link) && !link.startsWith('#'))
      .map((link) => link.split('#')[0]!)
      .filter((target) => !existsSync(join(root, dirname(file), target)))
      .map((target) => relative(root, join(root, dirname(file), target)));
    expect(broken).toEqual([]);
  });

  it.each(userDocs)(
    '%s: holds no internal notes (targets not met, load averages, issue numbers)',
    (file) => {
      const text = read(file);
      expect(text).not.toMatch(/not met|load average|\bissues? #?\d+/i);
    },
  );

  it('has its generated tables up to date with the schema, presets, examples and rules', () => {
    // Throws (exit code 1) when a table differs; `npm run docs:generate` rewrites them.
    execFileSync(process.execPath, [join(root, 'scripts', 'generate-docs.mjs'), '--check'], {
      stdio: 'pipe',
    });
  });
});
