// Function length: no function in src/ over LIMIT lines, unless a comment right above it says why.
//
//   node scripts/check-function-length.mjs          fail (exit 1) on a long function that is neither
//                                                   explained nor on the baseline list
//   node scripts/check-function-length.mjs --all    list every long function, baseline or not (never fails)
//
// A function's length is the number of lines from its first line (after its leading comments) to
// its closing brace; a nested function counts inside its parent too. A long function is allowed
// when one of the comments right above it (above its declaration, the variable it initialises or the
// property it is assigned to) has a line starting with `long:` and a reason, e.g.
//
//   // long: one switch over the 40 cases of the table, kept together so each case reads beside the others
//   function dispatch(...) { ... }
//
// The baseline (scripts/function-length-baseline.txt) names the long functions that were there
// when this check was added, one name a line; the check reports them but does not fail on them,
// and says which entries can be removed once their function is short. A new long function, or a
// renamed one, fails. Uses the TypeScript compiler API (a dev dependency) to find functions.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const LIMIT = 80;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE = join(ROOT, 'scripts', 'function-length-baseline.txt');

/** Every .ts file under `dir`, in a stable order. */
function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

const isFunction = (node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

/**
 * The node whose leading comments document `fn`: the function itself, or for a function that is a
 * value (`const f = () => ...`, `{ f: function () ... }`, `export default ...`) the statement or
 * property holding it.
 */
function documentedNode(fn) {
  let node = fn;
  for (;;) {
    const parent = node.parent;
    if (
      ts.isVariableDeclaration(parent) ||
      ts.isVariableDeclarationList(parent) ||
      ts.isVariableStatement(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isExportAssignment(parent) ||
      ts.isParenthesizedExpression(parent)
    ) {
      node = parent;
    } else return node;
  }
}

/** A readable name: `f`, `Class.method`, `Class.constructor`, or `(anonymous)`. */
function functionName(fn) {
  const own = fn.name && ts.isIdentifier(fn.name) ? fn.name.text : undefined;
  const holder = documentedNode(fn);
  let name = own;
  if (!name) {
    let n = fn.parent;
    while (n && n !== holder.parent) {
      if ((ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n)) && ts.isIdentifier(n.name)) {
        name = n.name.text;
        break;
      }
      n = n.parent;
    }
  }
  if (ts.isConstructorDeclaration(fn)) name = 'constructor';
  const cls = fn.parent && ts.isClassLike(fn.parent) ? fn.parent.name?.text : undefined;
  if (cls && name) return `${cls}.${name}`;
  return name ?? '(anonymous)';
}

/** True when a comment right above `node` has a line `long: <reason>`. */
function explained(node, text) {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  return ranges.some((r) =>
    text
      .slice(r.pos, r.end)
      .split('\n')
      .some((line) => /^\s*(?:\/\/|\/\*+|\*)?\s*long:\s*\S/.test(line)),
  );
}

/** Every function over `limit` lines in `file`: `{ file, name, line, lines, explained }`. */
export function longFunctions(file, limit = LIMIT, text = readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (isFunction(node) && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit) {
        found.push({
          file,
          name: functionName(node),
          line: first + 1,
          lines,
          explained: explained(documentedNode(node), text),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The baseline names (one a line; `#` starts a comment). */
export function readBaseline(file = BASELINE) {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}

function main() {
  const all = process.argv.includes('--all');
  const baseline = readBaseline();
  const long = sourceFiles(join(ROOT, 'src')).flatMap((file) => longFunctions(file));
  const where = (f) => `${relative(ROOT, f.file)}:${f.line} ${f.name} (${f.lines} lines)`;
  const offenders = long.filter((f) => !f.explained && !baseline.has(f.name));
  const baselined = long.filter((f) => !f.explained && baseline.has(f.name));
  const stale = [...baseline].filter((name) => !baselined.some((f) => f.name === name));
  if (all) {
    for (const f of long) {
      const why = f.explained ? 'explained' : baseline.has(f.name) ? 'baseline' : 'NEW';
      console.log(`${where(f)} [${why}]`);
    }
    return;
  }
  if (baselined.length > 0) {
    console.log(`${baselined.length} long function(s) on the baseline, to be split:`);
    for (const f of baselined) console.log(`  ${where(f)}`);
  }
  if (stale.length > 0) {
    console.log(
      `no longer over ${LIMIT} lines (remove from ${relative(ROOT, BASELINE)}): ${stale.join(', ')}`,
    );
  }
  if (offenders.length > 0) {
    console.error(
      `\n${offenders.length} function(s) in src/ over ${LIMIT} lines with no \`// long: <why>\` comment above:`,
    );
    for (const f of offenders) console.error(`  ${where(f)}`);
    console.error(
      'Split them into named helpers, or say why they are long in a `// long:` comment.',
    );
    process.exitCode = 1;
  } else {
    console.log(`function length: no new function in src/ over ${LIMIT} lines.`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
