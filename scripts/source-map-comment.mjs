// Build step: leaves each built file with one `//# sourceMappingURL=` comment.
//
// Why: with `treeshake`, tsup has rollup write the output, and rollup's file already ends with the
// comment when tsup appends its own, so the tree-shaken files ended with the same line twice.
// Tools read the last one; the first is dead weight, and a reader of the file wonders which counts.
//
// What: of the comment lines that end a file (nothing but such lines after them), all but the last
// are removed. They follow all of the code, so no mapping of the source map moves. A comment
// anywhere else (inside a string or before code) is left as it is.
//
//   node scripts/source-map-comment.mjs [dir]   (default: dist; tsup.config.ts runs it on each build's own files)

import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { scriptsIn } from './restore-const.mjs';

const COMMENT = /^\/\/# sourceMappingURL=\S+$/;

/** `code` with only the last of the `sourceMappingURL` comment lines that end it. */
export function withOneSourceMapComment(code) {
  const lines = code.split('\n');
  // A final line break leaves an empty last line: the comments end before it.
  let end = lines.length;
  if (lines[end - 1] === '') end--;
  let start = end;
  while (start > 0 && COMMENT.test(lines[start - 1])) start--;
  if (end - start < 2) return code;
  lines.splice(start, end - start - 1);
  return lines.join('\n');
}

/** Rewrites each of the files `paths` that ends with more than one comment; returns how many. */
export function oneSourceMapCommentInFiles(paths) {
  let rewritten = 0;
  for (const path of paths) {
    const code = readFileSync(path, 'utf8');
    const fixed = withOneSourceMapComment(code);
    if (fixed === code) continue;
    writeFileSync(path, fixed);
    rewritten++;
  }
  return rewritten;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const count = oneSourceMapCommentInFiles(scriptsIn(dir));
  console.log(
    `source-map-comment: ${count} files in ${dir} left with one sourceMappingURL comment`,
  );
}
