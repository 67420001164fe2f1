import type { TestProject } from 'vitest/node';
import { propertyRuns } from './property-runs.js';

/** Picks the run's fast-check seed once, in the main process, and prints it for replaying a failure. */
export default function setup(project: TestProject) {
  const seed = process.env.FC_SEED
    ? Number(process.env.FC_SEED)
    : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const numRuns = propertyRuns(1000, 200);
  project.provide('fastCheck', { seed, numRuns });
  console.log(
    `fast-check: seed ${seed}, ${numRuns} runs per property (replay: FC_SEED=${seed} npm test)`,
  );
}

declare module 'vitest' {
  export interface ProvidedContext {
    fastCheck: { seed: number; numRuns: number };
  }
}
