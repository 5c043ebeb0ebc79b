import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listener {
  port: number;
  /** True once `close` has begun: readiness turns false and answers close their connections. */
  isClosing(): boolean;
  /**
   * Stops accepting connections and lets in-flight requests finish: idle keep-alive sockets are closed
   * at once and again as each busy one goes idle; whatever is still open after `graceMs` is cut.
   */
  close(graceMs: number): Promise<void>;
}

/** The HTTP server every service (gateway and subgraphs) runs on: keep-alive, and a draining close. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  options: { port: number; host?: string },
): Promise<Listener> {
  let closing = false;
  const server = createServer((req, res) => {
    // While closing, every answer closes its connection so the drain completes.
    if (closing) res.setHeader('connection', 'close');
    handler(req, res);
  });
  // Longer than the clients' (and load balancers') idle timeouts, so they close first.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    isClosing: () => closing,
    async close(graceMs) {
      closing = true;
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
    },
  };
}
