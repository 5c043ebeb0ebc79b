import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config';

/** One subgraph request a gateway made, as it was sent, with when it started and ended. */
export interface RecordedFetch {
  subgraph: SubgraphName;
  headers: Record<string, string>;
  body: string;
  startedAt: number;
  endedAt: number;
}

export interface SubgraphRecorder {
  /** Where to point a gateway instead of each subgraph. */
  urls: Record<SubgraphName, string>;
  /** Every request passed on since the last `take`, in arrival order, then forgets them. */
  take(): RecordedFetch[];
  close(): Promise<void>;
}

/** Headers that belong to one connection, not to the request. */
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A recording HTTP proxy in front of each subgraph, for the counting phase only (never during timed
 * load): how many subgraph requests one operation costs, and the exact fetches (headers, signed bodies,
 * timing) the direct floor replays.
 */
export async function startSubgraphRecorder(
  targets: Record<SubgraphName, string>,
): Promise<SubgraphRecorder> {
  let fetches: RecordedFetch[] = [];
  const servers: Server[] = [];
  const urls = {} as Record<SubgraphName, string>;
  for (const subgraph of SUBGRAPH_NAMES) {
    const server = createServer(async (req, res) => {
      const startedAt = performance.now();
      try {
        const headers: Record<string, string> = {};
        for (const [key, value] of Object.entries(req.headers))
          if (value !== undefined && !HOP_BY_HOP.has(key))
            headers[key] = Array.isArray(value) ? value.join(', ') : value;
        const body = await bodyOf(req);
        const upstream = await fetch(targets[subgraph], { method: 'POST', headers, body });
        const answer = Buffer.from(await upstream.arrayBuffer());
        fetches.push({ subgraph, headers, body, startedAt, endedAt: performance.now() });
        const type = upstream.headers.get('content-type');
        res.writeHead(upstream.status, type ? { 'content-type': type } : {});
        res.end(answer);
      } catch (error) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls[subgraph] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  return {
    urls,
    take() {
      const taken = fetches.sort((a, b) => a.startedAt - b.startedAt);
      fetches = [];
      return taken;
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}

/**
 * Groups one operation's fetches into the stages a query plan runs: a fetch that started only after a
 * fetch of the current stage had answered depends on it, so it opens the next stage. Replaying stage by
 * stage (parallel within a stage) is then the plan's critical path, or a little longer, never shorter.
 */
export function stagesOf(fetches: readonly RecordedFetch[]): RecordedFetch[][] {
  const stages: RecordedFetch[][] = [];
  let current: RecordedFetch[] = [];
  let firstEnd = Number.POSITIVE_INFINITY;
  for (const fetch of [...fetches].sort((a, b) => a.startedAt - b.startedAt)) {
    if (current.length > 0 && fetch.startedAt >= firstEnd) {
      stages.push(current);
      current = [];
      firstEnd = Number.POSITIVE_INFINITY;
    }
    current.push(fetch);
    firstEnd = Math.min(firstEnd, fetch.endedAt);
  }
  if (current.length > 0) stages.push(current);
  return stages;
}
