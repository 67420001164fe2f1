import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'dist/cli.js');
/** The Node that runs the binary: this one, or `CLI_NODE` (to test the oldest Node `engines` allows). */
export const nodeForCli = process.env.CLI_NODE ?? process.execPath;

/** Builds dist/ when missing (CI builds before testing; a developer running one file gets a build). */
export function ensureBuilt(): void {
  if (!existsSync(bin) || !existsSync(join(root, 'dist/index.js'))) {
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }
}

/** Runs the built binary in `cwd`. */
export function runCli(
  cwd: string,
  args: string[],
  input?: string | Buffer,
  env?: NodeJS.ProcessEnv,
) {
  const result = spawnSync(nodeForCli, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: env ?? process.env,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
