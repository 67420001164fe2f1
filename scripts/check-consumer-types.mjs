// Compiles a small consumer of the built package the way users' projects do, with the
// TypeScript compiler in this repository: every entry point imported, the streams piped.
//   environments: a bare `lib: ["ES2022"]` (no DOM library, no @types/node: Deno-style, workers,
//                 servers without Node types), the DOM library, and @types/node;
//   resolution:   node10 (moduleResolution "node", CommonJS), node16 (ESM and CJS files), bundler.
// `skipLibCheck` is off, so the package's own declarations are checked too. Run after `npm run
// build`; exits 1 and prints the diagnostics when any combination fails.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'arabic-normalize-types-'));

// The package as installed: its package.json and dist/ under node_modules.
const installed = join(work, 'node_modules', 'arabic-normalize');
mkdirSync(installed, { recursive: true });
cpSync(join(root, 'package.json'), join(installed, 'package.json'));
cpSync(join(root, 'dist'), join(installed, 'dist'), { recursive: true });
writeFileSync(join(work, 'package.json'), '{ "name": "consumer", "private": true }\n');

// Compiles in every environment: only the package's own types are used.
const everywhere = `
import { createNormalizeStream, createSentenceStream, explain, normalize, normalizeWithOffsets,
  presets, splitSentences, type Change, type NormalizeOptions, type Sentence } from 'arabic-normalize';
import { mapFarsiLetters } from 'arabic-normalize/letters';
import { normalizePunctuation } from 'arabic-normalize/punctuation';
import { splitSentences as split } from 'arabic-normalize/sentences';
import { createNormalizeStream as normalizeStream } from 'arabic-normalize/stream';
import { cleanUnicode } from 'arabic-normalize/unicode';

const options: NormalizeOptions = { ...presets.search, digits: 'arabic-indic' };
const text: string = normalize(normalizePunctuation(mapFarsiLetters(cleanUnicode('ی'))), options);
const sentences: Sentence[] = [...splitSentences(text), ...split(text)];
const changes: Change[] = explain(text);
const origin: number = normalizeWithOffsets(text).toOriginal(0);
const stream = createNormalizeStream(options);
const readable: ReadableStream<string> = stream.readable;
const writable: WritableStream<string> = normalizeStream().writable;
const sentenceOut: ReadableStream<Sentence> = createSentenceStream().readable;
export { changes, origin, readable, sentenceOut, sentences, writable };
`;

// Only where the runtime's stream types exist: the returned streams are the real ones.
const withStreams = `
import { createNormalizeStream, createSentenceStream, type Sentence } from 'arabic-normalize';

declare const body: ReadableStream<string>;
const sentences: ReadableStream<Sentence> = body
  .pipeThrough(createNormalizeStream())
  .pipeThrough(createSentenceStream());
const stream: TransformStream<string, string> = createNormalizeStream();
export { sentences, stream };
`;

const environments = {
  'ES2022 only': { lib: ['lib.es2022.d.ts'], types: [], streams: false },
  'ES2022 + DOM': { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], streams: true },
  'ES2022 + @types/node': { lib: ['lib.es2022.d.ts'], types: ['node'], streams: true },
};

const resolutions = {
  node10: {
    ext: '.ts',
    options: { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 },
  },
  'node16 (ESM)': {
    ext: '.mts',
    options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
  },
  'node16 (CJS)': {
    ext: '.cts',
    options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
  },
  bundler: {
    ext: '.ts',
    options: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  },
};

// Library and @types files are parsed once and shared by every program.
const parsed = new Map();
function cachingHost(options) {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (fileName.startsWith(work) && !fileName.includes('node_modules')) {
      return getSourceFile(fileName, languageVersion, ...rest);
    }
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, languageVersion, ...rest));
    return parsed.get(key);
  };
  return host;
}

let failures = 0;
for (const [envName, env] of Object.entries(environments)) {
  for (const [resolutionName, resolution] of Object.entries(resolutions)) {
    const dir = join(work, `${envName}-${resolutionName}`.replace(/[^\w-]+/g, '_'));
    mkdirSync(dir);
    const files = [join(dir, `everywhere${resolution.ext}`)];
    writeFileSync(files[0], everywhere);
    if (env.streams) {
      files.push(join(dir, `streams${resolution.ext}`));
      writeFileSync(files[1], withStreams);
    }
    const options = {
      ...resolution.options,
      target: ts.ScriptTarget.ES2022,
      lib: env.lib,
      types: env.types,
      typeRoots: [join(root, 'node_modules', '@types')],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    };
    const program = ts.createProgram(files, options, cachingHost(options));
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const label = `${envName}, moduleResolution ${resolutionName}`;
    if (diagnostics.length === 0) {
      console.log(`ok    ${label}`);
      continue;
    }
    failures++;
    console.log(`FAIL  ${label}`);
    console.log(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => work,
        getNewLine: () => '\n',
      }),
    );
  }
}
rmSync(work, { recursive: true, force: true });
if (failures > 0) process.exit(1);
