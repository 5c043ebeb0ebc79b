import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  /** Where to point the gateway instead of the subgraph. */
  url: string;
  /** Requests that reached the proxy (and were passed on to the subgraph). */
  count(): number;
  /** The subgraph to pass requests to; set once it runs (the proxy may start before it). */
  setTarget(url: string): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * An HTTP proxy in front of one subgraph that counts the requests it passes on: a test points the gateway
 * at it (`startStack({ urls })`) to prove which subgraphs an operation reached, or that none did.
 */
export async function startCountingProxy(): Promise<CountingProxy> {
  let target: string | null = null;
  let requests = 0;
  const server: Server = createServer(async (req, res) => {
    requests++;
    try {
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
      const text = Buffer.from(await upstream.arrayBuffer());
      const type = upstream.headers.get('content-type');
      res.writeHead(upstream.status, type ? { 'content-type': type } : {});
      res.end(text);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    count: () => requests,
    setTarget(url) {
      target = url;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
