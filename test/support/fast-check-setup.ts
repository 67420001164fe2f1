import fc from 'fast-check';
import { inject } from 'vitest';

// Every test file uses the seed chosen once by fast-check-global-setup.ts, so the printed seed
// replays any failure; CI runs more cases per property than a developer's default run.
fc.configureGlobal(inject('fastCheck'));
