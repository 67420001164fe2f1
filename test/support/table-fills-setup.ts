import { beforeAll } from 'vitest';
import { fillTables } from '../../src/core/table-fills.js';

// The library fills its tables at its first public call (src/core/table-fills.ts); the tests also
// call internal functions directly, so each test file fills them once its modules are imported.
beforeAll(() => fillTables());
