import { type Dirent, readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, IoError, identityOf } from './io.js';

/** An input to read: a path, or `-` for standard input. */
export interface Input {
  path: string;
  /** Size in bytes of a regular file (undefined for standard input, FIFOs and devices). */
  size?: number;
  /** device:inode, to tell when an output would be written over it. */
  identity?: string;
  regular: boolean;
}

/** `*` and `?` of a shell pattern (and `{a,b}`) as a regular expression on a file name. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (const c of pattern) {
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      source += '(?:';
      braces++;
    } else if (c === '}' && braces > 0) {
      source += ')';
      braces--;
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[\\^$.+()[\]{}|]/g, '\\$&');
  }
  return new RegExp(`^${source}${')'.repeat(braces)}$`);
}

/**
 * The files under `dir`, sorted, for `--recursive`: folders are walked (without following
 * symbolic links to folders), names starting with a dot are skipped (hidden files, version-control
 * folders, this tool's own temporary files), and with `--include` patterns only matching names are
 * kept.
 */
function walk(dir: string, include: RegExp[]): string[] {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const at = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch (error) {
      throw new IoError(describeError(error, at));
    }
    const folders: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else if (
        entry.isFile() &&
        (include.length === 0 || include.some((r) => r.test(entry.name)))
      ) {
        files.push(path);
      }
    }
    stack.push(...folders.reverse());
  }
  return files;
}

/**
 * Checks every input before anything is written and expands folders under `--recursive`. A missing
 * or unreadable file is said in words; a folder without `--recursive` is refused with a hint.
 */
export async function expandInputs(
  paths: string[],
  recursive: boolean,
  includePatterns: string[],
): Promise<Input[]> {
  const include = includePatterns.map(globToRegExp);
  const inputs: Input[] = [];
  const add = async (path: string) => {
    const info = await stat(path).catch((error) => {
      throw new IoError(describeError(error, path));
    });
    if (info.isDirectory()) {
      if (!recursive) {
        throw new IoError(
          `${path}: is a directory (give -r to normalise the files under it, e.g. -r --include '*.txt' ${path})`,
        );
      }
      for (const file of walk(path, include)) await add(file);
      return;
    }
    inputs.push({
      path,
      regular: info.isFile(),
      size: info.isFile() ? info.size : undefined,
      identity: identityOf(info),
    });
  };
  for (const path of paths) {
    if (path === '-') inputs.push({ path, regular: false });
    else await add(path);
  }
  return inputs;
}
