import { parseArgs as parseTokens } from 'node:util';
import { createNormalizer } from '../normalize.js';
import { OPTION_NAMES, OPTION_SPECS } from '../options/schema.js';
import type { NormalizeOptions, PresetName, ResolvedOptions } from '../options/types.js';
import { splitSentences } from '../sentences/split-sentences.js';
import { closestName } from './did-you-mean.js';
import { checkEncoding } from './encoding.js';
import { type FieldPath, fieldKey, parseFieldPath } from './jsonl.js';
import type { Settings } from './process.js';

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {}

export interface CliArgs extends Settings {
  inputs: string[];
  output?: string;
  outDir?: string;
  inPlace: boolean;
  recursive: boolean;
  /** `--include` patterns for files found under a directory with `--recursive`. */
  include: string[];
  jobs: number;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

/**
 * Worker threads used when `--jobs` is not given. Measured on this 2-core machine while other jobs
 * kept both cores busy (4 files of 8 MB with --out-dir, one 24 MB JSON Lines file; `/usr/bin/time`
 * twice each): files 16.3/14.7 s with one job against 13.9/15.4 s with two, JSON Lines 13.3/14.2 s
 * against 19.6/17.4 s (and 250 MB instead of 110 MB). Threads only help when cores are free (the
 * README's idle-machine runs gave 1.1-1.7x for several files), so one is the default.
 */
export const DEFAULT_JOBS = 1;
export const MAX_JOBS = 256;

const PRESETS: readonly PresetName[] = ['standard', 'search', 'minimal'];

/** Pairs of flags that cannot be given together, with why (listed in `--help`). */
export const CONFLICTS: readonly (readonly [string, string, string])[] = [
  ['--jsonl', '--sentences', 'one output shape at a time'],
  ['--output', '--out-dir', 'one destination at a time (-o is --output)'],
  ['--output', '--in-place', 'one destination at a time'],
  ['--out-dir', '--in-place', 'one destination at a time'],
];

/** Flags that only make sense with another one. */
const NEEDS: readonly (readonly [string, string])[] = [
  ['--field', '--jsonl'],
  ['--format', '--sentences'],
  ['--abbreviation', '--sentences'],
  ['--hard-wrapped', '--sentences'],
  ['--include', '--recursive'],
];

/** `punctuationSpacing` → `punctuation-spacing`. */
export const flagOf = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const optionByFlag = new Map<string, keyof ResolvedOptions>(
  OPTION_NAMES.map((name) => [flagOf(name), name]),
);

const isBooleanOption = (name: keyof ResolvedOptions) =>
  OPTION_SPECS[name].values.every((v) => typeof v === 'boolean');

type Spec = { type: 'string' | 'boolean'; short?: string };

/** The command's own flags (long name without dashes). */
const OWN_FLAGS: Record<string, Spec> = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  output: { type: 'string', short: 'o' },
  'out-dir': { type: 'string' },
  'in-place': { type: 'boolean' },
  recursive: { type: 'boolean', short: 'r' },
  include: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  strict: { type: 'boolean' },
  sentences: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  abbreviation: { type: 'string' },
  'hard-wrapped': { type: 'boolean' },
  field: { type: 'string' },
  format: { type: 'string' },
  preset: { type: 'string' },
  encoding: { type: 'string' },
};

const FLAGS: Record<string, Spec> = { ...OWN_FLAGS };
for (const name of OPTION_NAMES) {
  const flag = flagOf(name);
  FLAGS[flag] = { type: isBooleanOption(name) ? 'boolean' : 'string' };
  if (isBooleanOption(name)) FLAGS[`no-${flag}`] = { type: 'boolean' };
}
const SHORT = new Map(
  Object.entries(FLAGS)
    .filter(([, spec]) => spec.short !== undefined)
    .map(([long, spec]) => [spec.short!, long]),
);

/** Every long flag, for suggestions. */
const LONG_FLAGS = Object.keys(FLAGS).map((flag) => `--${flag}`);

function parseJobs(value: string): number {
  // Decimal digits only: Number() would also take "0x2", "1e2", " 2" and "2.0".
  const jobs = /^[0-9]{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new UsageError(
      `--jobs must be a whole number from 1 to ${MAX_JOBS}, got ${JSON.stringify(value)}`,
    );
  }
  return jobs;
}

function unknownOption(raw: string): UsageError {
  const suggestion = raw.startsWith('--') ? closestName(raw, LONG_FLAGS) : undefined;
  return new UsageError(
    `unknown option ${raw}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`,
  );
}

/** A flag as given on the command line: its spelling (for messages) and its inline value. */
interface FlagUse {
  shown: string;
  value: string | undefined;
}

/** What the parse gathers besides {@link CliArgs}. */
interface ParseState {
  /** The flags given (long form), each with the spelling used, for messages. */
  given: Map<string, string>;
  /** The `--field` paths, by key (the same field twice is one field). */
  fields: Map<string, FieldPath>;
}

function requiredValue(use: FlagUse): string {
  if (use.value === undefined) throw new UsageError(`${use.shown} needs a value`);
  return use.value;
}

function noValue(use: FlagUse): void {
  if (use.value !== undefined) throw new UsageError(`${use.shown} takes no value`);
}

type FlagHandler = (args: CliArgs, use: FlagUse, state: ParseState) => void;

/** What each of the command's own flags does (the library's options are parsed by parseOption). */
const OWN_FLAG_HANDLERS: Record<string, FlagHandler> = {
  help: (args, use) => {
    noValue(use);
    args.help = true;
  },
  version: (args, use) => {
    noValue(use);
    args.version = true;
  },
  output: (args, use, state) => {
    const output = requiredValue(use);
    args.output = output === '-' ? undefined : output; // `-o -` is standard output
    if (output === '-') state.given.delete('--output');
  },
  'out-dir': (args, use) => {
    args.outDir = requiredValue(use);
  },
  'in-place': (args, use) => {
    noValue(use);
    args.inPlace = true;
  },
  recursive: (args, use) => {
    noValue(use);
    args.recursive = true;
  },
  include: (args, use) => {
    args.include.push(requiredValue(use));
  },
  jobs: (args, use) => {
    args.jobs = parseJobs(requiredValue(use));
  },
  quiet: (args, use) => {
    noValue(use);
    args.quiet = true;
    args.verbose = false;
  },
  strict: (args, use) => {
    noValue(use);
    args.strict = true;
  },
  sentences: (args, use) => {
    noValue(use);
    args.mode = 'sentences';
  },
  jsonl: (args, use) => {
    noValue(use);
    args.mode = 'jsonl';
  },
  abbreviation: (args, use) => {
    args.abbreviations.push(requiredValue(use));
  },
  'hard-wrapped': (args, use) => {
    noValue(use);
    args.hardWrapped = true;
  },
  field: (_args, use, state) => {
    const path = parseFieldPath(requiredValue(use));
    state.fields.set(fieldKey(path), path); // the same field twice is one field
  },
  encoding: (args, use) => {
    args.encoding = checkEncoding(requiredValue(use), (message) => new UsageError(message));
  },
  format: (args, use) => {
    const format = requiredValue(use);
    if (format !== 'text' && format !== 'jsonl') {
      throw new UsageError(`--format must be "text" or "jsonl", got ${JSON.stringify(format)}`);
    }
    args.format = format;
  },
  preset: (args, use) => {
    const preset = requiredValue(use);
    if (!PRESETS.includes(preset as PresetName)) {
      throw new UsageError(
        `--preset must be one of ${PRESETS.join(', ')}; got ${JSON.stringify(preset)}`,
      );
    }
    args.options.preset = preset as PresetName;
  },
};

/** The settings before any flag: text mode, every library option from its preset. */
function defaultArgs(): CliArgs {
  return {
    inputs: [],
    inPlace: false,
    recursive: false,
    include: [],
    jobs: DEFAULT_JOBS,
    quiet: false,
    help: false,
    version: false,
    mode: 'text',
    format: 'text',
    fields: [],
    options: {},
    strict: false,
    verbose: true,
    abbreviations: [],
    encoding: undefined,
  };
}

type Token = ReturnType<typeof parseTokens>['tokens'] extends (infer T)[] | undefined ? T : never;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args = defaultArgs();
  const { tokens } = parseTokens({
    args: [...argv],
    options: FLAGS as never,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const state: ParseState = { given: new Map(), fields: new Map() };
  for (const token of tokens) applyToken(args, token, state);
  checkFlagPairs(state.given);
  if (args.mode === 'jsonl') {
    args.fields = state.fields.size > 0 ? [...state.fields.values()] : [['text']];
  }
  checkInputs(args);
  checkLibraryOptions(args);
  return args;
}

/** Takes one token of the command line into `args`. */
function applyToken(args: CliArgs, token: Token, state: ParseState): void {
  if (token.kind === 'positional') {
    args.inputs.push(token.value);
    return;
  }
  if (token.kind === 'option-terminator') return;
  // parseArgs names a known short flag by its long name, an unknown one by its letter.
  const long = token.name;
  const known = token.rawName.startsWith('--') || SHORT.get(token.rawName.slice(1)) === long;
  if (!known || FLAGS[long] === undefined) throw unknownOption(token.rawName);
  const use: FlagUse = { shown: token.rawName, value: token.value };
  state.given.set(`--${long}`, use.shown);
  const handler = Object.hasOwn(OWN_FLAG_HANDLERS, long) ? OWN_FLAG_HANDLERS[long] : undefined;
  if (handler) handler(args, use, state);
  else parseOption(long, use.shown, use.value, args.options);
}

/** Flags given together that cannot be, and flags given without the one they need. */
function checkFlagPairs(given: ReadonlyMap<string, string>): void {
  for (const [a, b] of CONFLICTS) {
    if (given.has(a) && given.has(b)) {
      throw new UsageError(`${given.get(a)} and ${given.get(b)} cannot be used together`);
    }
  }
  for (const [flag, needed] of NEEDS) {
    if (given.has(flag) && !given.has(needed)) {
      throw new UsageError(`${given.get(flag)} needs ${needed}`);
    }
  }
}

/** Inputs that the destination flags cannot take. */
function checkInputs(args: CliArgs): void {
  const standardInput = args.inputs.includes('-');
  if ((args.outDir !== undefined || args.inPlace) && standardInput) {
    throw new UsageError('standard input (-) cannot be used with --out-dir or --in-place');
  }
  if (args.recursive && standardInput) {
    throw new UsageError('standard input (-) cannot be used with --recursive');
  }
  if (args.inPlace && args.inputs.length === 0) throw new UsageError('--in-place needs files');
  if (args.outDir !== undefined && args.inputs.length === 0) {
    throw new UsageError('--out-dir needs files');
  }
}

/** Lets the library check option combinations and abbreviations now: a bad one is a usage error. */
function checkLibraryOptions(args: CliArgs): void {
  try {
    createNormalizer(args.options);
    if (args.mode === 'sentences') splitSentences('', { abbreviations: args.abbreviations });
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    const message = error.message.replace(/^[A-Za-z]+: /, '');
    throw new UsageError(
      args.abbreviations.length > 0 && /abbreviation/.test(message)
        ? `--abbreviation: ${message.replace(/^option "abbreviations" must hold /, 'give ')}`
        : message,
    );
  }
}

function parseOption(
  long: string,
  shown: string,
  inline: string | undefined,
  options: NormalizeOptions,
): void {
  const negated = long.startsWith('no-') && !optionByFlag.has(long);
  const name = optionByFlag.get(negated ? long.slice(3) : long)!;
  const target = options as Record<string, unknown>;
  if (isBooleanOption(name)) {
    if (negated) {
      if (inline !== undefined) throw new UsageError(`${shown} takes no value`);
      target[name] = false;
    } else if (inline === undefined) target[name] = true;
    else if (inline === 'true' || inline === 'false') target[name] = inline === 'true';
    else throw new UsageError(`${shown} must be true or false, got ${JSON.stringify(inline)}`);
    return;
  }
  if (inline === undefined) throw new UsageError(`${shown} needs a value`);
  const allowed = OPTION_SPECS[name].values as readonly string[];
  if (!allowed.includes(inline)) {
    throw new UsageError(
      `${shown} must be one of ${allowed.join(', ')}; got ${JSON.stringify(inline)}`,
    );
  }
  target[name] = inline;
}

/** The option lines of `--help`, generated from the option schema so they never drift. */
export function optionHelp(): string {
  return OPTION_NAMES.map((name) => {
    const flag = flagOf(name);
    const values = OPTION_SPECS[name].values;
    return isBooleanOption(name) ? `  --${flag}, --no-${flag}` : `  --${flag} ${values.join('|')}`;
  }).join('\n');
}

/** The conflict lines of `--help`. */
export function conflictHelp(): string {
  return CONFLICTS.map(([a, b, why]) => `  ${`${a} / ${b}`.padEnd(25)}${why}`).join('\n');
}
