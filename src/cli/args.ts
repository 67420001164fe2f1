import { OPTION_NAMES, OPTION_SPECS } from '../options/schema.js';
import type { NormalizeOptions, PresetName, ResolvedOptions } from '../options/types.js';
import { type FieldPath, parseFieldPath } from './jsonl.js';
import type { Settings } from './process.js';

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {}

export interface CliArgs extends Settings {
  inputs: string[];
  output?: string;
  outDir?: string;
  inPlace: boolean;
  jobs: number;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

const PRESETS: readonly PresetName[] = ['standard', 'search', 'minimal'];

/** `punctuationSpacing` → `punctuation-spacing`. */
export const flagOf = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const optionByFlag = new Map<string, keyof ResolvedOptions>(
  OPTION_NAMES.map((name) => [flagOf(name), name]),
);

const isBooleanOption = (name: keyof ResolvedOptions) =>
  OPTION_SPECS[name].values.every((v) => typeof v === 'boolean');

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new UsageError(
      `--jobs must be a whole number from 1 to 256, got ${JSON.stringify(value)}`,
    );
  }
  return jobs;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    inputs: [],
    inPlace: false,
    jobs: 1,
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
  };
  const fields: FieldPath[] = [];
  let formatGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      i++;
      return next;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        continue;
      case '-V':
      case '--version':
        args.version = true;
        continue;
      case '-o':
      case '--output':
        args.output = value();
        continue;
      case '--out-dir':
        args.outDir = value();
        continue;
      case '--in-place':
        noValue();
        args.inPlace = true;
        continue;
      case '-j':
      case '--jobs':
        args.jobs = parseJobs(value());
        continue;
      case '-q':
      case '--quiet':
        noValue();
        args.quiet = true;
        args.verbose = false;
        continue;
      case '--strict':
        noValue();
        args.strict = true;
        continue;
      case '--sentences':
        noValue();
        args.mode = 'sentences';
        continue;
      case '--jsonl':
        noValue();
        args.mode = 'jsonl';
        continue;
      case '--abbreviation':
        args.abbreviations.push(value());
        continue;
      case '--hard-wrapped':
        noValue();
        args.hardWrapped = true;
        continue;
      case '--field':
        fields.push(parseFieldPath(value()));
        continue;
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'jsonl') {
          throw new UsageError(`--format must be "text" or "jsonl", got ${JSON.stringify(format)}`);
        }
        args.format = format;
        formatGiven = true;
        continue;
      }
      case '--preset': {
        const preset = value();
        if (!PRESETS.includes(preset as PresetName)) {
          throw new UsageError(
            `--preset must be one of ${PRESETS.join(', ')}; got ${JSON.stringify(preset)}`,
          );
        }
        args.options.preset = preset as PresetName;
        continue;
      }
    }
    parseOption(flag, inline, value, args.options);
  }
  if (args.mode === 'jsonl') {
    args.fields = fields.length > 0 ? fields : [['text']];
  } else if (fields.length > 0) {
    throw new UsageError('--field needs --jsonl');
  }
  if (formatGiven && args.mode !== 'sentences') throw new UsageError('--format needs --sentences');
  if (args.abbreviations.length > 0 && args.mode !== 'sentences') {
    throw new UsageError('--abbreviation needs --sentences');
  }
  if (args.hardWrapped === true && args.mode !== 'sentences') {
    throw new UsageError('--hard-wrapped needs --sentences');
  }
  const targets = [args.output, args.outDir, args.inPlace || undefined].filter(
    (t) => t !== undefined,
  );
  if (targets.length > 1) throw new UsageError('give at most one of -o, --out-dir and --in-place');
  if ((args.outDir !== undefined || args.inPlace) && args.inputs.some((f) => f === '-')) {
    throw new UsageError('standard input (-) cannot be used with --out-dir or --in-place');
  }
  if (args.inPlace && args.inputs.length === 0) throw new UsageError('--in-place needs files');
  if (args.outDir !== undefined && args.inputs.length === 0)
    throw new UsageError('--out-dir needs files');
  return args;
}

function parseOption(
  flag: string,
  inline: string | undefined,
  value: () => string,
  options: NormalizeOptions,
): void {
  const negated = flag.startsWith('--no-');
  const name = flag.startsWith('--') ? optionByFlag.get(flag.slice(negated ? 5 : 2)) : undefined;
  if (name === undefined || (negated && !isBooleanOption(name))) {
    throw new UsageError(`unknown option ${flag} (see --help)`);
  }
  const target = options as Record<string, unknown>;
  if (isBooleanOption(name)) {
    if (negated) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
      target[name] = false;
    } else if (inline === undefined) target[name] = true;
    else if (inline === 'true' || inline === 'false') target[name] = inline === 'true';
    else throw new UsageError(`${flag} must be true or false, got ${JSON.stringify(inline)}`);
    return;
  }
  const given = value();
  const allowed = OPTION_SPECS[name].values as readonly string[];
  if (!allowed.includes(given)) {
    throw new UsageError(
      `${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(given)}`,
    );
  }
  target[name] = given;
}

/** The option lines of `--help`, generated from the option schema so they never drift. */
export function optionHelp(): string {
  return OPTION_NAMES.map((name) => {
    const flag = flagOf(name);
    const values = OPTION_SPECS[name].values;
    return isBooleanOption(name) ? `  --${flag}, --no-${flag}` : `  --${flag} ${values.join('|')}`;
  }).join('\n');
}
