import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { type CliArgs, parseArgs, UsageError } from './args.js';
import { createDecoder } from './encoding.js';
import { helpText } from './help.js';
import { expandInputs, type Input } from './inputs.js';
import {
  describeError,
  IoError,
  type OutputPlan,
  planOutput,
  readInput,
  readInputInPlace,
  removeCreatedFolders,
  removeTempFiles,
  streamSink,
  tempFiles,
  writeOutput,
} from './io.js';
import { Pool, runWorker, WORKER_ROLE } from './pool.js';
import {
  addStats,
  badBytesReporter,
  DataError,
  emptyStats,
  type Hooks,
  processInput,
  type Sink,
  type Stats,
} from './process.js';
import { ProgressBar } from './progress.js';
import { type Destination, planDestination } from './targets.js';

const NAME = 'arabic-normalize';
/** Size of the JSONL blocks handed to workers, in UTF-16 code units. */
const BLOCK = 1 << 20;

export const exitCodes = { ok: 0, data: 1, usage: 2, io: 3 } as const;

const say = (message: string) => process.stderr.write(`${NAME}: ${message}\n`);

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

const labelOf = (input: string) => (input === '-' ? '<stdin>' : input);

/** The pool of the run under way, stopped first by every way out (its threads write files). */
let activePool: Pool | undefined;

/** Stops the worker threads, then removes every temporary file and scratch folder of the run. */
async function cleanUp(): Promise<void> {
  const pool = activePool;
  activePool = undefined;
  if (pool !== undefined) {
    await Promise.race([pool.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  }
  removeTempFiles();
}

async function run(args: CliArgs): Promise<Stats> {
  const inputs = await expandInputs(
    args.inputs.length > 0 ? args.inputs : ['-'],
    args.recursive,
    args.include,
  );
  const destination = await planDestination(inputs, args);
  const total = inputs.every((input) => input.size !== undefined)
    ? inputs.reduce((sum, input) => sum + input.size!, 0)
    : undefined;
  const bar =
    !args.quiet && process.stderr.isTTY && total !== undefined && total > 0
      ? new ProgressBar(total, process.stderr)
      : undefined;
  // A warning first clears the bar's line, so it is never printed over the bar.
  const warn = (message: string) => {
    bar?.clear();
    say(message);
  };
  const hooks: Hooks = { warn, progress: bar && ((b, r) => bar.tick(b, r)) };
  const stats = emptyStats();
  const sentenceLabel = (input: string) =>
    inputs.length > 1 && args.format === 'jsonl' ? labelOf(input) : undefined;
  // Standard input can only be read on the main thread (a worker's process.stdin is empty).
  const parallelFiles =
    args.jobs > 1 && inputs.length > 1 && inputs.every((input) => input.path !== '-');
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
  activePool = pool;
  const settle = (result: { warnings: string[]; error?: { data: boolean; message: string } }) => {
    for (const warning of result.warnings) warn(warning);
    if (result.error) {
      throw result.error.data
        ? new DataError(result.error.message)
        : new IoError(result.error.message);
    }
  };
  try {
    const one = async (input: Input, sink: Sink) => {
      const counted =
        pool && parallelBlocks
          ? await jsonlInBlocks(input.path, sink, pool, args, hooks, settle)
          : await processInput(
              readInputInPlace(input.path),
              sink,
              args,
              labelOf(input.path),
              hooks,
              sentenceLabel(input.path),
            );
      addStats(stats, counted);
    };
    if (pool && parallelFiles) {
      await filesInParallel(inputs, destination, pool, stats, sentenceLabel, settle);
    } else if (destination.kind === 'each') {
      for (const [i, input] of inputs.entries()) {
        await writeOutput(destination.plans[i]!, (sink) => one(input, sink));
      }
    } else if (destination.kind === 'one') {
      await writeOutput(destination.plan, async (sink) => {
        for (const input of inputs) await one(input, sink);
      });
    } else {
      const sink = streamSink(process.stdout, 'standard output');
      for (const input of inputs) await one(input, sink);
    }
  } finally {
    bar?.done();
    await cleanUp(); // only files of work cut short by an error are still registered here
  }
  return stats;
}

type Settle = (result: { warnings: string[]; error?: { data: boolean; message: string } }) => void;

/** Whole files on worker threads; with one output, each goes to a scratch file, copied in order. */
async function filesInParallel(
  inputs: Input[],
  destination: Destination,
  pool: Pool,
  stats: Stats,
  sentenceLabel: (input: string) => string | undefined,
  settle: Settle,
): Promise<void> {
  const direct = destination.kind === 'each';
  let scratch: string | undefined;
  if (!direct) {
    scratch = await mkdtemp(join(tmpdir(), `${NAME}-`));
    tempFiles.track(scratch, true);
  }
  try {
    const plans: OutputPlan[] = direct
      ? destination.plans
      : await Promise.all(inputs.map((_, i) => planOutput(join(scratch!, `${i}.out`))));
    const results = inputs.map((input, i) =>
      pool.run({
        kind: 'file',
        input: input.path,
        plan: plans[i]!,
        label: labelOf(input.path),
        sentenceLabel: sentenceLabel(input.path),
      }),
    );
    for (const result of results) result.catch(() => undefined);
    const copy = async (sink: Sink) => {
      for (let i = 0; i < inputs.length; i++) {
        const result = await results[i]!;
        settle(result);
        addStats(stats, result.stats);
        if (!direct) {
          for await (const chunk of readInput(plans[i]!.real)) await sink.write(chunk);
          await rm(plans[i]!.real);
        }
      }
    };
    if (destination.kind === 'one') await writeOutput(destination.plan, copy);
    else
      await copy(
        direct ? { write: () => undefined } : streamSink(process.stdout, 'standard output'),
      );
  } finally {
    if (scratch !== undefined) {
      await cleanUp(); // the threads stop before their scratch files go
      await rm(scratch, { recursive: true, force: true });
      tempFiles.track(scratch, false);
    }
  }
}

/**
 * One JSONL input cut into blocks of whole lines, normalised on workers, written in order. Each
 * decoded piece is searched for its last line break once, and the text since the last cut is kept
 * as a list of pieces, so a record of any length costs linear time.
 */
async function jsonlInBlocks(
  input: string,
  sink: Sink,
  pool: Pool,
  args: CliArgs,
  hooks: Hooks,
  settle: Settle,
): Promise<Stats> {
  const stats = emptyStats();
  const label = labelOf(input);
  const decoder = createDecoder(args.encoding, true);
  const problems = badBytesReporter(args, label, stats, hooks);
  const inFlight: ReturnType<Pool['run']>[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  let line = 1;
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
  const take = async (text: string) => {
    const last = text.lastIndexOf('\n');
    if (last >= 0 && pendingLength + last + 1 >= BLOCK) {
      pending.push(text.slice(0, last + 1));
      send(pending.join(''));
      pending = [text.slice(last + 1)];
      pendingLength = text.length - last - 1;
      await drain(2 * args.jobs);
    } else if (text.length > 0) {
      pending.push(text);
      pendingLength += text.length;
    }
  };
  for await (const chunk of readInputInPlace(input)) {
    stats.bytes += chunk.length;
    hooks.progress?.(chunk.length, 0);
    const { text, errors, lines } = decoder.push(chunk);
    problems(errors, lines);
    await take(text);
  }
  const { text, errors, lines } = decoder.end();
  problems(errors, lines);
  await take(text);
  if (pendingLength > 0) send(pending.join(''));
  await drain(0);
  return stats;
}

function summary(stats: Stats, encoding: string | undefined): void {
  if (stats.invalidUtf8 > 0) {
    const what =
      encoding === undefined ? 'invalid UTF-8 sequence(s)' : `invalid ${encoding} byte(s)`;
    say(`${stats.invalidUtf8} ${what} replaced by U+FFFD`);
  }
  if (stats.malformed > 0) {
    say(`${stats.malformed} malformed JSON record(s) passed through unchanged`);
  }
  if (stats.notText > 0) {
    say(`${stats.notText} field(s) holding something other than text left as they were`);
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
    summary(await run(args), args.encoding);
    return exitCodes.ok;
  } catch (error) {
    removeCreatedFolders(); // a failed run leaves no folder of its own behind either
    // The reader of standard output went away (`| head`): stop quietly, as a filter does.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return exitCodes.ok;
    if (error instanceof DataError) {
      say(`${error.message} (--strict)`);
      return exitCodes.data;
    }
    if (error instanceof UsageError) {
      say(`${error.message}\nTry '${NAME} --help'.`);
      return exitCodes.usage;
    }
    say(describeError(error));
    return exitCodes.io;
  }
}

/** Leaves at once, after stopping the threads and removing what the run created. */
function leave(code: number, message?: string): void {
  if (message !== undefined) say(message);
  void cleanUp().finally(() => {
    if (code !== exitCodes.ok) removeCreatedFolders();
    process.exit(code);
  });
}

/**
 * After a signal: removes what the run created, then ends by the same signal, as Unix tools do
 * (a shell shows 128 + its number: 129, 130, 143). Ending by the signal rather than by exit()
 * does not wait for a read that may never return (a FIFO whose writer is silent).
 */
function leaveBySignal(signal: NodeJS.Signals, code: number): void {
  void cleanUp().finally(() => {
    removeCreatedFolders();
    process.removeAllListeners(signal);
    setTimeout(() => process.exit(code), 1000).unref();
    process.kill(process.pid, signal);
  });
}

if (!isMainThread && workerData?.role === WORKER_ROLE) {
  runWorker(workerData.settings);
} else {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    // Inputs and finished outputs are untouched; nothing half-written remains.
    process.once(signal, () => leaveBySignal(signal, code));
  }
  let stdoutFailed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutFailed) return;
    stdoutFailed = true;
    // The reader went away (`| head`): stop quietly, as a filter does.
    if (error.code === 'EPIPE') leave(exitCodes.ok);
    else leave(exitCodes.io, describeError(error, 'standard output'));
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      say(`internal error: ${(error as Error).message ?? error}`);
      process.exitCode = exitCodes.io;
    },
  );
}
