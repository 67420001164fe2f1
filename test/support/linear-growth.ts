/**
 * Shape, not speed: how much longer `run` takes on a hostile unit repeated to 4n code units than
 * to n. Linear code gives about 4 and quadratic code about 16, so tests compare the result with
 * {@link GROWTH_LIMIT}, which is generous because the machines are shared and noisy: output made
 * of a million tiny objects (a sentence every three characters) measured up to 11 under load,
 * from garbage collection rather than from any rescanning.
 */
export const GROWTH_LIMIT = 12;

/** Collects garbage when the runtime allows it (`--expose-gc`, set by vitest.linear.config.ts). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Milliseconds of CPU time this process has used: unlike the clock, it does not count the time the
 * process waits for a core that other processes hold, the main noise on a shared machine (a test
 * measured 13 against a limit of 12 at load 6 on 2 cores, by the clock).
 */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Times one run, starting from a collected heap: the previous run's output is not this run's cost. */
function timeOnce(run: (text: string) => unknown, text: string): number {
  collectGarbage();
  const start = cpuMilliseconds();
  run(text);
  return cpuMilliseconds() - start;
}

/** Best times of `small` and `large`, measured in alternation so both see the same machine load. */
function bestTimes(run: (text: string) => unknown, small: string, large: string): [number, number] {
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    bestSmall = Math.min(bestSmall, timeOnce(run, small));
    bestLarge = Math.min(bestLarge, timeOnce(run, large));
  }
  return [Math.max(bestSmall, 2), Math.max(bestLarge, 2)];
}

/**
 * Time at 4n over time at n (n = `size` code units of `unit` repeated, then `tail`, which lets a
 * look-ahead run to the end and fail there), the lowest of up to three attempts: a busy machine
 * can slow one attempt down, but quadratic code is slow in every attempt.
 */
export function linearGrowth(
  unit: string,
  run: (text: string) => unknown,
  size = 256 * 1024,
  tail = '',
): number {
  const small = unit.repeat(Math.ceil(size / unit.length)) + tail;
  const large = unit.repeat(Math.ceil((4 * size) / unit.length)) + tail;
  run(small); // warm-up
  let lowest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && lowest >= GROWTH_LIMIT; attempt++) {
    const [timeSmall, timeLarge] = bestTimes(run, small, large);
    lowest = Math.min(lowest, timeLarge / timeSmall);
  }
  return lowest;
}
