import { parentPort, Worker } from 'node:worker_threads';
import { type OutputPlan, readInputInPlace, writeOutput } from './io.js';
import {
  DataError,
  emptyStats,
  JsonlTransformer,
  processInput,
  type Settings,
  type Stats,
} from './process.js';

export const WORKER_ROLE = 'arabic-normalize-worker';

/** A whole file, written to the planned output (atomically unless it is a device or FIFO). */
export interface FileTask {
  kind: 'file';
  input: string;
  plan: OutputPlan;
  label: string;
  sentenceLabel?: string;
}

/** A block of complete JSONL lines, starting at line `firstLine`. */
export interface BlockTask {
  kind: 'block';
  text: string;
  label: string;
  firstLine: number;
}

export type Task = FileTask | BlockTask;

export interface TaskResult {
  stats: Stats;
  warnings: string[];
  output?: string;
  error?: { data: boolean; message: string };
}

type Reply = { type: 'progress'; bytes: number; records: number } | ({ type: 'done' } & TaskResult);

/**
 * Worker threads that each run one task at a time; `run` resolves in whatever order tasks end.
 * Threads start only when a task finds none idle, so a small job starts one or two, however many
 * `--jobs` allows.
 */
export class Pool {
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly workers: Worker[] = [];

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly settings: Settings,
    private readonly onProgress: (bytes: number, records: number) => void,
  ) {}

  /** Threads started so far. */
  get started(): number {
    return this.workers.length;
  }

  private take(): Worker | undefined {
    const worker = this.idle.pop();
    if (worker !== undefined || this.workers.length >= this.size) return worker;
    const started = new Worker(this.script, {
      workerData: { role: WORKER_ROLE, settings: this.settings },
    });
    started.unref();
    this.workers.push(started);
    return started;
  }

  async run(task: Task): Promise<TaskResult> {
    let worker = this.take();
    while (worker === undefined) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      worker = this.take();
    }
    const taken = worker;
    try {
      return await new Promise<TaskResult>((resolve, reject) => {
        const onMessage = (reply: Reply) => {
          if (reply.type === 'progress') this.onProgress(reply.bytes, reply.records);
          else {
            taken.off('message', onMessage);
            taken.off('error', reject);
            resolve(reply);
          }
        };
        taken.on('message', onMessage);
        taken.once('error', reject);
        taken.postMessage(task);
      });
    } finally {
      this.idle.push(taken);
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The worker side: runs tasks sent by the pool with the settings it was started with. */
export function runWorker(settings: Settings): void {
  const port = parentPort!;
  port.on('message', async (task: Task) => {
    const warnings: string[] = [];
    const hooks = {
      warn: (message: string) => warnings.push(message),
      progress: (bytes: number, records: number) =>
        port.postMessage({ type: 'progress', bytes, records }),
    };
    let result: TaskResult;
    try {
      if (task.kind === 'file') {
        const stats = await writeOutput(task.plan, (sink) =>
          processInput(
            readInputInPlace(task.input),
            sink,
            settings,
            task.label,
            hooks,
            task.sentenceLabel,
          ),
        );
        result = { stats, warnings };
      } else {
        const stats = emptyStats();
        const jsonl = new JsonlTransformer(settings, task.label, stats, hooks, task.firstLine);
        const output = jsonl.lines(task.text);
        result = { stats, warnings, output };
      }
    } catch (error) {
      result = {
        stats: emptyStats(),
        warnings,
        error: { data: error instanceof DataError, message: (error as Error).message },
      };
    }
    port.postMessage({ type: 'done', ...result });
  });
}
