// The npm registry this project's machines reach serves only the Linux builds of packages that ship
// one native binary per platform (biome, rollup, esbuild, sentencex...). `npm install` then writes a
// lockfile without the other platforms' entries, and `npm ci` rejects it as out of sync. This script
// adds those entries (version, os, cpu, libc, optional), so the lockfile is the one a full registry
// would have written: `npm ci` skips them here by their os/cpu, and installs them on other platforms.
// Run it after every `npm install` that changes package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'netbsd',
  'openbsd',
  'openharmony',
  'sunos',
  'win32',
  'aix',
  'cygwin',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x'];

function platformOf(name) {
  const words = name.split('/').pop().split('-');
  const os = words.find((w) => OS.includes(w));
  const cpu =
    words.find((w) => CPU.includes(w)) ??
    (words.includes('gnueabihf') || words.includes('musleabihf') || words.includes('eabi')
      ? 'arm'
      : undefined);
  if (!os || !cpu) return undefined;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux') entry.libc = [words.some((w) => w.startsWith('musl')) ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const prefix = location === '' ? '' : `${location}/`;
    const nested = `${prefix}node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (packages[nested] || packages[top]) continue;
    const platform = platformOf(name);
    if (!platform) {
      console.warn(`skipped ${name}: no platform in its name`);
      continue;
    }
    packages[top] = { version, dev: entry.dev, optional: true, ...platform };
    if (!entry.dev) delete packages[top].dev;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform package entries to package-lock.json`);
