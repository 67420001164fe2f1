import type { Server } from 'node:http';

/** The built playground's directory (playground/dist/). */
export const DEFAULT_ROOT: string;

/** Serves `root` over HTTP on `port` (0: any free port); resolves once it listens. */
export function servePlayground(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ server: Server; url: string }>;
