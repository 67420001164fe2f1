import { parentPort, Worker } from 'node:worker_threads';
import { readInput, tempFiles, writeAtomically } from './io.js';
import {
  DataError,
  emptyStats,
  JsonlTransformer,
  processInput,
  type Settings,
  type Stats,
} from './process.js';

export const WORKER_ROLE = 'arabic-normalize-worker';

/** A whole file, written atomically to `target`. */
export interface FileTask {
  kind: 'file';
  input: string;
  target: string;
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

type Reply =
  | { type: 'progress'; bytes: number; records: number }
  | { type: 'temp'; path: string; open: boolean }
  | ({ type: 'done' } & TaskResult);

/** Worker threads that each run one task at a time; `run` resolves in whatever order tasks end. */
export class Pool {
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly workers: Worker[] = [];

  constructor(
    size: number,
    script: URL,
    settings: Settings,
    private readonly onProgress: (bytes: number, records: number) => void,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { role: WORKER_ROLE, settings } });
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  async run(task: Task): Promise<TaskResult> {
    while (this.idle.length === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop()!;
    try {
      return await new Promise<TaskResult>((resolve, reject) => {
        const onMessage = (reply: Reply) => {
          if (reply.type === 'progress') this.onProgress(reply.bytes, reply.records);
          else if (reply.type === 'temp') tempFiles.track(reply.path, reply.open);
          else {
            worker.off('message', onMessage);
            worker.off('error', reject);
            resolve(reply);
          }
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage(task);
      });
    } finally {
      this.idle.push(worker);
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
  tempFiles.track = (path, open) => port.postMessage({ type: 'temp', path, open });
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
        const stats = await writeAtomically(task.target, (sink) =>
          processInput(
            readInput(task.input),
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
