import type { Server } from 'node:http';

/**
 * Stops accepting connections and lets in-flight requests finish: idle keep-alive sockets are closed at
 * once and again as each busy one goes idle (responses meanwhile say `Connection: close`, see
 * `markClosing`); whatever is still open after `graceMs` is cut.
 */
export async function drainAndClose(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(sweeper);
    clearTimeout(deadline);
  }
}
