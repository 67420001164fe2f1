import { fstatSync } from 'node:fs';
import { UsageError } from './args.js';
import type { Input } from './inputs.js';
import { identityOf, type OutputPlan, outDirTarget, planOutput } from './io.js';

/** What the run writes: one output for everything, one per input, or standard output. */
export type Destination =
  | { kind: 'stdout' }
  | { kind: 'one'; plan: OutputPlan }
  | { kind: 'each'; plans: OutputPlan[] };

const REPLACE_HINT = 'give --in-place to replace inputs on purpose';

/**
 * Plans every output before any input is read, and refuses (usage error) any plan that would write
 * over an input without `--in-place` (same file by device and inode: symbolic links, hard links,
 * `./a` and `a` alike), or two inputs onto one target.
 */
export async function planDestination(
  inputs: Input[],
  options: { output?: string; outDir?: string; inPlace: boolean },
): Promise<Destination> {
  const owner = new Map<string, string>();
  for (const input of inputs) if (input.identity) owner.set(input.identity, input.path);
  if (options.output !== undefined) {
    const plan = await planOutput(options.output);
    const input = plan.identity && owner.get(plan.identity);
    if (input) {
      throw new UsageError(
        `-o ${options.output} would write over the input ${input}; ${REPLACE_HINT}`,
      );
    }
    return { kind: 'one', plan };
  }
  if (options.outDir !== undefined || options.inPlace) {
    const plans: OutputPlan[] = [];
    const byTarget = new Map<string, string>();
    for (const input of inputs) {
      if (options.inPlace && !input.regular) {
        throw new UsageError(`--in-place needs regular files: ${input.path} is not one`);
      }
      const target = options.inPlace ? input.path : outDirTarget(options.outDir!, input.path);
      const plan = await planOutput(target);
      const over = plan.identity && owner.get(plan.identity);
      if (over && !options.inPlace) {
        throw new UsageError(
          `--out-dir ${options.outDir}: ${input.path} would be written over the input ${over}; ${REPLACE_HINT}`,
        );
      }
      const earlier = byTarget.get(plan.real);
      if (earlier !== undefined) {
        throw new UsageError(
          `${earlier} and ${input.path} would both be written to ${target}; give each input once, or a different --out-dir`,
        );
      }
      byTarget.set(plan.real, input.path);
      plans.push(plan);
    }
    return { kind: 'each', plans };
  }
  // `arabic-normalize a.txt >> a.txt` would read its own output forever.
  try {
    const out = fstatSync(1);
    const input = out.isFile() ? owner.get(identityOf(out)) : undefined;
    if (input) throw new UsageError(`${input}: the input is also standard output`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  return { kind: 'stdout' };
}
