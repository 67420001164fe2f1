import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bin, nodeForCli } from '../cli/run-cli.js';

export { bin, ensureBuilt, nodeForCli, root, runCli } from '../cli/run-cli.js';

/** Starts the built binary without waiting for it. */
export function startCli(cwd: string, args: string[], env?: NodeJS.ProcessEnv): ChildProcess {
  return spawn(nodeForCli, [bin, ...args], { cwd, env: env ?? process.env });
}

/** Waits for a child to exit; resolves to its exit code, or the signal that ended it. */
export function exited(child: ChildProcess): Promise<number | NodeJS.Signals> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal!)));
}

/** Waits until `check` holds, polling (the CLI starts in a second or so on a loaded machine). */
export async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every file under `folder` (recursively), relative to it. */
export function filesUnder(folder: string): string[] {
  return (
    readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter((entry) => !entry.isDirectory())
    .map((entry) =>
      join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name).slice(
        folder.length + 1,
      ),
    )
    .sort();
}

/** Mounts a tmpfs of `size` at a new folder under `parent` (root only); undefined if it cannot. */
export function mountTmpfs(parent: string, name: string, options: string): string | undefined {
  const at = join(parent, name);
  mkdirSync(at, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at]);
  return mounted.status === 0 ? at : undefined;
}

export function unmount(at: string | undefined): void {
  if (at !== undefined) spawnSync('umount', [at]);
}

/** Makes a FIFO; false when the system has no mkfifo. */
export function makeFifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}
