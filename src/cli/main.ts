import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { type CliArgs, parseArgs, UsageError } from './args.js';
import { helpText } from './help.js';
import {
  outDirTarget,
  readInput,
  removeTempFiles,
  streamSink,
  tempFiles,
  writeAtomically,
} from './io.js';
import { Pool, runWorker, WORKER_ROLE } from './pool.js';
import {
  addStats,
  DataError,
  emptyStats,
  type Hooks,
  processInput,
  type Sink,
  type Stats,
} from './process.js';
import { ProgressBar } from './progress.js';
import { Utf8Decoder } from './utf8.js';

const NAME = 'arabic-normalize';
/** Size of the JSONL blocks handed to workers, in UTF-16 code units. */
const BLOCK = 1 << 20;

const exitCodes = { ok: 0, data: 1, usage: 2, io: 3 } as const;

const say = (message: string) => process.stderr.write(`${NAME}: ${message}\n`);

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

async function totalSize(inputs: string[]): Promise<number | undefined> {
  if (inputs.some((input) => input === '-')) return undefined;
  const sizes = await Promise.all(inputs.map((input) => stat(input).then((s) => s.size)));
  return sizes.reduce((a, b) => a + b, 0);
}

async function checkInputs(inputs: string[]): Promise<void> {
  for (const input of inputs) {
    if (input === '-') continue;
    const info = await stat(input); // throws ENOENT and friends: exit 3
    if (info.isDirectory()) {
      throw Object.assign(
        new Error(`${input}: is a directory (give its files, e.g. ${input}/*.txt)`),
        {
          code: 'EISDIR',
        },
      );
    }
  }
}

const labelOf = (input: string) => (input === '-' ? '<stdin>' : input);

async function run(args: CliArgs): Promise<Stats> {
  const inputs = args.inputs.length > 0 ? args.inputs : ['-'];
  await checkInputs(inputs);
  const total = await totalSize(inputs);
  const bar =
    !args.quiet && process.stderr.isTTY && total !== undefined && total > 0
      ? new ProgressBar(total, process.stderr)
      : undefined;
  const hooks: Hooks = { warn: say, progress: bar && ((b, r) => bar.tick(b, r)) };
  const stats = emptyStats();
  const sentenceLabel = (input: string) =>
    inputs.length > 1 && args.format === 'jsonl' ? labelOf(input) : undefined;
  const parallelFiles = args.jobs > 1 && inputs.length > 1;
  const parallelBlocks = args.jobs > 1 && inputs.length === 1 && args.mode === 'jsonl';
  const pool =
    parallelFiles || parallelBlocks
      ? new Pool(
          Math.min(args.jobs, parallelFiles ? inputs.length : args.jobs),
          new URL(import.meta.url),
          args,
          (b, r) => bar?.tick(b, r),
        )
      : undefined;
  try {
    const one = async (input: string, sink: Sink) => {
      const counted =
        pool && parallelBlocks
          ? await jsonlInBlocks(input, sink, pool, args, hooks)
          : await processInput(
              readInput(input),
              sink,
              args,
              labelOf(input),
              hooks,
              sentenceLabel(input),
            );
      addStats(stats, counted);
    };
    if (pool && parallelFiles) {
      await filesInParallel(inputs, pool, args, stats, sentenceLabel);
    } else if (args.inPlace || args.outDir !== undefined) {
      for (const input of inputs) {
        const target = args.inPlace ? input : outDirTarget(args.outDir!, input);
        await writeAtomically(target, (sink) => one(input, sink));
      }
    } else if (args.output !== undefined) {
      await writeAtomically(args.output, async (sink) => {
        for (const input of inputs) await one(input, sink);
      });
    } else {
      const sink = streamSink(process.stdout);
      for (const input of inputs) await one(input, sink);
    }
  } finally {
    bar?.done();
    await pool?.close();
    removeTempFiles(); // only files of work cut short by an error are still open here
  }
  return stats;
}

function settle(result: { warnings: string[]; error?: { data: boolean; message: string } }) {
  for (const warning of result.warnings) say(warning);
  if (result.error) {
    throw result.error.data ? new DataError(result.error.message) : new Error(result.error.message);
  }
}

/** Whole files on worker threads; with one output, each goes to a temporary file, copied in order. */
async function filesInParallel(
  inputs: string[],
  pool: Pool,
  args: CliArgs,
  stats: Stats,
  sentenceLabel: (input: string) => string | undefined,
): Promise<void> {
  const direct = args.inPlace || args.outDir !== undefined;
  const scratch = direct ? undefined : await mkdtemp(join(tmpdir(), `${NAME}-`));
  if (scratch !== undefined) tempFiles.track(scratch, true);
  try {
    const targets = inputs.map((input, i) =>
      args.inPlace
        ? input
        : direct
          ? outDirTarget(args.outDir!, input)
          : join(scratch!, `${i}.out`),
    );
    const results = inputs.map((input, i) =>
      pool.run({
        kind: 'file',
        input,
        target: targets[i]!,
        label: labelOf(input),
        sentenceLabel: sentenceLabel(input),
      }),
    );
    for (const result of results) result.catch(() => undefined);
    const copy = async (sink: Sink) => {
      for (let i = 0; i < inputs.length; i++) {
        const result = await results[i]!;
        settle(result);
        addStats(stats, result.stats);
        if (!direct) {
          for await (const chunk of readInput(targets[i]!)) await sink.write(chunk);
          await rm(targets[i]!);
        }
      }
    };
    if (args.output !== undefined) await writeAtomically(args.output, copy);
    else await copy(streamSink(process.stdout));
  } finally {
    if (scratch !== undefined) {
      await rm(scratch, { recursive: true, force: true });
      tempFiles.track(scratch, false);
    }
  }
}

/** One JSONL input cut into blocks of whole lines, normalised on workers, written in order. */
async function jsonlInBlocks(
  input: string,
  sink: Sink,
  pool: Pool,
  args: CliArgs,
  hooks: Hooks,
): Promise<Stats> {
  const stats = emptyStats();
  const label = labelOf(input);
  const decoder = new Utf8Decoder();
  const inFlight: ReturnType<Pool['run']>[] = [];
  let pending = '';
  let line = 1;
  let reported = 0;
  const drain = async (limit: number) => {
    while (inFlight.length > limit) {
      const result = await inFlight.shift()!;
      settle(result);
      addStats(stats, { ...result.stats, bytes: 0 });
      hooks.progress?.(0, result.stats.records);
      if (result.output) await sink.write(result.output);
    }
  };
  const send = (text: string) => {
    const task = pool.run({ kind: 'block', text, label, firstLine: line });
    task.catch(() => undefined);
    inFlight.push(task);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line++;
  };
  const decoded = (text: string, errors: number[]) => {
    if (errors.length > 0) {
      if (args.strict) throw new DataError(`${label}: invalid UTF-8 at byte ${errors[0]}`);
      stats.invalidUtf8 += errors.length;
      for (const offset of errors) {
        if (args.verbose && reported++ < 10)
          say(`${label}: invalid UTF-8 at byte ${offset}, replaced by U+FFFD`);
      }
    }
    pending += text;
  };
  for await (const chunk of readInput(input)) {
    stats.bytes += chunk.length;
    hooks.progress?.(chunk.length, 0);
    const { text, errors } = decoder.push(chunk);
    decoded(text, errors);
    if (pending.length >= BLOCK) {
      const last = pending.lastIndexOf('\n');
      if (last >= 0) {
        send(pending.slice(0, last + 1));
        pending = pending.slice(last + 1);
        await drain(2 * args.jobs);
      }
    }
  }
  const { text, errors } = decoder.end();
  decoded(text, errors);
  if (pending.length > 0) send(pending);
  await drain(0);
  return stats;
}

function summary(stats: Stats): void {
  if (stats.invalidUtf8 > 0) {
    say(`${stats.invalidUtf8} invalid UTF-8 sequence(s) replaced by U+FFFD`);
  }
  if (stats.malformed > 0) {
    say(`${stats.malformed} malformed JSON record(s) passed through unchanged`);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\nTry '${NAME} --help'.`);
    return exitCodes.usage;
  }
  if (args.help) {
    process.stdout.write(helpText());
    return exitCodes.ok;
  }
  if (args.version) {
    process.stdout.write(`${version()}\n`);
    return exitCodes.ok;
  }
  try {
    summary(await run(args));
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof DataError) {
      say(`${error.message} (--strict)`);
      return exitCodes.data;
    }
    if (error instanceof UsageError) {
      say(error.message);
      return exitCodes.usage;
    }
    say((error as Error).message);
    return exitCodes.io;
  }
}

if (!isMainThread && workerData?.role === WORKER_ROLE) {
  runWorker(workerData.settings);
} else {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      removeTempFiles(); // inputs and earlier outputs are untouched: nothing half-written remains
      process.exit(code);
    });
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCodes.ok); // the reader went away (e.g. `| head`)
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      say(`internal error: ${(error as Error).stack ?? error}`);
      process.exitCode = exitCodes.io;
    },
  );
}
