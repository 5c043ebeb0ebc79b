import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a proxy passed on, as it was sent, with when it arrived and when its answer came back. */
export interface ForwardedRequest {
  headers: Record<string, string>;
  body: string;
  startedAt: number;
  endedAt: number;
}

export interface ForwardingProxy {
  /** Where to point a client (the gateway) instead of the target. */
  url: string;
  close(): Promise<void>;
}

/** Headers that belong to one connection, not to the request. */
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * An HTTP proxy on a free loopback port that passes every request on to `target()` (the same path) and
 * answers with its answer, or 502 when it cannot: what the tests' counting proxies and the bench's
 * recording proxies stand on. `onReceived` hears of each request as it arrives, `onForwarded` once its
 * answer is back.
 */
export async function startForwardingProxy(options: {
  target: () => string | null;
  onReceived?: () => void;
  onForwarded?: (request: ForwardedRequest) => void;
}): Promise<ForwardingProxy> {
  const server = createServer(async (req, res) => {
    const startedAt = performance.now();
    options.onReceived?.();
    try {
      const target = options.target();
      if (!target) throw new Error('no target yet');
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined && !HOP_BY_HOP.has(key))
          headers[key] = Array.isArray(value) ? value.join(', ') : value;
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await bodyOf(req);
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method,
        headers,
        body: body ? new Uint8Array(body) : undefined,
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      options.onForwarded?.({
        headers,
        body: body?.toString('utf8') ?? '',
        startedAt,
        endedAt: performance.now(),
      });
      const type = upstream.headers.get('content-type');
      res.writeHead(upstream.status, type ? { 'content-type': type } : {});
      res.end(answer);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
