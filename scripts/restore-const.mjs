// Build step: gives the bundle's top-level bindings back the `const` they have in src/.
//
// Why: when it bundles, esbuild writes every top-level `const` and `let` as `var` (deliberately, with
// no option to keep them). V8 folds a module's `const` into optimised code: a lookup table becomes a
// constant array whose base and length need no load, a number a constant. A `var` is loaded from the
// module's context at each use, as it may change. In the table-driven loops of this library that
// costs about a quarter of the time (same-process A/B on the built package, CPU time).
//
// What: in each `.js`/`.cjs` file, a top-level `var` binding that has an initialiser, is declared
// once, is never assigned anywhere in the file (plain, compound or destructuring assignment,
// `++`/`--`, a `for-in`/`for-of` head), and is not read in its own initialiser (a compiled
// TypeScript enum, `var Kind = ((Kind2) => ...)(Kind || {})`) becomes `const`; a statement that
// declares both kinds (a minifier joins neighbours) is cut, in order, where the kind changes.
// Anything else stays `var`. The order of declarations is the source's, whose tests run with `const`
// semantics, so no read comes before its initialisation; the package's smoke tests import and run
// every entry point of the build. A file's source map (`.map` beside it) is moved to match: on
// the line of each edit, what follows it moves right by the characters the edit added.
//
//   node scripts/restore-const.mjs [dir]   (default: dist; tsup.config.ts runs it on each build's own files)

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const ASSIGNMENT_OPERATORS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

/** Every identifier name written in an assignment target (destructuring patterns included). */
function targetNames(node, names) {
  if (ts.isIdentifier(node)) names.add(node.text);
  else if (ts.isParenthesizedExpression(node)) targetNames(node.expression, names);
  else if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) {
    node.forEachChild((child) => targetNames(child, names));
  } else if (
    ts.isSpreadElement(node) ||
    ts.isSpreadAssignment(node) ||
    ts.isShorthandPropertyAssignment(node)
  ) {
    targetNames(ts.isShorthandPropertyAssignment(node) ? node.name : node.expression, names);
  } else if (ts.isPropertyAssignment(node)) targetNames(node.initializer, names);
  else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    targetNames(node.left, names); // a default value in a pattern
  }
  return names;
}

/** The names assigned anywhere in `file`, whatever the scope (so a shadowed one counts too). */
function assignedNames(file) {
  const names = new Set();
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && ASSIGNMENT_OPERATORS.has(node.operatorToken.kind)) {
      targetNames(node.left, names);
    } else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken ||
        node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      targetNames(node.operand, names);
    } else if (
      (ts.isForInStatement(node) || ts.isForOfStatement(node)) &&
      !ts.isVariableDeclarationList(node.initializer)
    ) {
      targetNames(node.initializer, names);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return names;
}

/** Whether `node` reads the identifier `name`. */
function mentions(node, name) {
  if (ts.isIdentifier(node) && node.text === name) return true;
  return node.forEachChild((child) => mentions(child, name)) === true;
}

/** `code` (a bundle's JavaScript) with its never-reassigned top-level `var`s written `const`. */
export function restoreConst(code, fileName = 'bundle.js') {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const assigned = assignedNames(file);
  const declared = new Map();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) {
        declared.set(declaration.name.text, (declared.get(declaration.name.text) ?? 0) + 1);
      }
    }
  }
  const qualifies = (d) =>
    ts.isIdentifier(d.name) &&
    d.initializer !== undefined &&
    declared.get(d.name.text) === 1 &&
    !assigned.has(d.name.text) &&
    !mentions(d.initializer, d.name.text);
  // Edits of the code, each { from, to, text }, in order.
  const edits = [];
  let count = 0;
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    if ((list.flags & ts.NodeFlags.BlockScoped) !== 0) continue;
    const decls = list.declarations;
    const kept = decls.map(qualifies);
    if (!kept.includes(true)) continue;
    const start = list.getStart(file);
    if (code.slice(start, start + 4) !== 'var ') throw new Error(`${fileName}: no var at ${start}`);
    if (kept[0]) edits.push({ from: start, to: start + 3, text: 'const' });
    // A statement of both kinds (a minifier joins neighbours) is cut where the kind changes.
    for (let k = 1; k < decls.length; k++) {
      if (kept[k] === kept[k - 1]) continue;
      const from = decls[k - 1].end;
      const to = decls[k].getStart(file);
      const gap = code.slice(from, to);
      if (!/^\s*,\s*$/.test(gap) || gap.includes('\n'))
        throw new Error(`${fileName}: gap at ${from}`);
      edits.push({ from, to, text: kept[k] ? ';const ' : ';var ' });
    }
    count += kept.filter(Boolean).length;
  }
  let out = '';
  let done = 0;
  for (const edit of edits) {
    out += code.slice(done, edit.from) + edit.text;
    done = edit.to;
  }
  out += code.slice(done);
  // Each edit as [line, column, columns added] of the code before (from 0), for the source map.
  const at = edits.map((edit) => {
    const { line, character } = file.getLineAndCharacterOfPosition(edit.from);
    return [line, character, edit.text.length - (edit.to - edit.from)];
  });
  return { code: out, count, at };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first value of a source-map segment (Base64 VLQ) and where its digits end. */
function firstValue(segment) {
  let value = 0;
  let shift = 0;
  let k = 0;
  for (;;) {
    const digit = BASE64.indexOf(segment[k++]);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return { value: value & 1 ? -(value >>> 1) : value >>> 1, end: k };
}

function encodeValue(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/**
 * A source map's `mappings` with the generated columns moved for the edits `at` ([line, column,
 * columns added]): on an edit's line, every segment after its column moves by what it added.
 */
export function shiftMappings(mappings, at) {
  const byLine = new Map();
  for (const [line, column, added] of at) {
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line).push([column, added]);
  }
  const lines = mappings.split(';');
  for (const [line, shifts] of byLine) {
    if (!lines[line]) continue;
    let absolute = 0;
    let written = 0;
    const segments = lines[line].split(',').map((segment) => {
      const { value, end } = firstValue(segment);
      absolute += value;
      let moved = absolute;
      for (const [column, added] of shifts) if (column < absolute) moved += added;
      const out = encodeValue(moved - written) + segment.slice(end);
      written = moved;
      return out;
    });
    lines[line] = segments.join(',');
  }
  return lines.join(';');
}

/** Rewrites each of the files `paths`; returns how many bindings became `const`. */
export function restoreConstInFiles(paths) {
  let total = 0;
  for (const path of paths) {
    const { code, count, at } = restoreConst(readFileSync(path, 'utf8'), path);
    if (count === 0) continue;
    writeFileSync(path, code);
    if (existsSync(`${path}.map`)) {
      const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
      map.mappings = shiftMappings(map.mappings, at);
      writeFileSync(`${path}.map`, JSON.stringify(map));
    }
    total += count;
  }
  return total;
}

/** The `.js` and `.cjs` files directly in `dir` (not in its folders), but those `except` names. */
export function scriptsIn(dir, except = []) {
  return readdirSync(dir)
    .filter((name) => /\.c?js$/.test(name) && !except.includes(name))
    .map((name) => join(dir, name));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const count = restoreConstInFiles(scriptsIn(dir));
  console.log(`restore-const: ${count} top-level var bindings in ${dir} made const`);
}
