import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { errorResponseBody, JSON_CONTENT_TYPE } from '../errors';
import type { HeapPressure } from './heap-pressure';

/** Liveness and readiness probes: never shed, never counted; readiness turns 503 once `close` begins. */
export const HEALTH_PATH = '/healthz';
export const READINESS_PATH = '/readyz';
/**
 * Prometheus' scrape: never shed or counted either, so an overloaded service still reports it is. Like the
 * probes it needs no token; it must be reachable only from inside the cluster.
 */
export const METRICS_PATH = '/metrics';
/** Paths served whatever the load: the probes and the scrape. */
const UNLIMITED_PATHS = new Set([HEALTH_PATH, READINESS_PATH, METRICS_PATH]);

/** What a client sees on a shed request, in `extensions.code`. */
export const OverloadCode = {
  /** More requests at once than `maxConcurrentRequests`: retry shortly, or elsewhere. */
  SERVICE_OVERLOADED: 'SERVICE_OVERLOADED',
  /** The service is draining for a stop: retry on another instance. */
  SHUTTING_DOWN: 'SHUTTING_DOWN',
} as const;

/**
 * Serves one request. When it returns a promise, the request counts as in flight until that settles as
 * well as until its connection is done with it.
 */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Seconds a shed client is asked to wait (`Retry-After`). */
const RETRY_AFTER_SECONDS = 1;

export interface ListenOptions {
  port: number;
  host?: string;
  /**
   * Requests served at once (probes excepted). One more is answered 503 `SERVICE_OVERLOADED` at once,
   * instead of queuing until its client gives up. Unlimited when left out.
   */
  maxConcurrentRequests?: number;
  /**
   * New requests are refused (503 `SERVICE_OVERLOADED`) while this says the heap is nearly full
   * (`watchHeapPressure`, lib/server/heap-pressure.ts), so rising memory slows clients down instead of
   * running the process out of it. Stopped when the listener closes.
   */
  heapPressure?: HeapPressure;
}

/** What a drain did: requests it let finish, and requests still running when the grace period ran out. */
export interface DrainResult {
  inFlightAtStart: number;
  cut: number;
}

export interface Listener {
  port: number;
  /** True once `close` has begun: readiness answers 503 and requests on new connections are refused. */
  isClosing(): boolean;
  /** Requests being served now (probes and refused requests excepted). */
  inFlight(): number;
  /**
   * Drains: readiness turns 503, requests on new connections are refused with 503 `SHUTTING_DOWN`, and
   * the requests already admitted run to their end; then the port closes. Whatever is still open after
   * `graceMs` is cut.
   */
  close(graceMs: number): Promise<DrainResult>;
}

function refuse(res: ServerResponse, code: string, message: string): void {
  const text = errorResponseBody(message, code);
  res.writeHead(503, {
    'content-type': JSON_CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    'retry-after': String(RETRY_AFTER_SECONDS),
  });
  res.end(text);
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * The HTTP server every service (gateway and subgraphs) runs on: keep-alive, admission control and a
 * draining close. Hand-rolled on Node's own `closeIdleConnections`/`closeAllConnections`: the libraries
 * for this either queue excess requests (p-limit, bottleneck) where we must shed them, belong to another
 * framework (@fastify/under-pressure), or stop the port at once (http-terminator, stoppable), where a
 * drain here keeps answering probes and refusals until the last admitted request is done.
 */
export async function listen(handler: RequestHandler, options: ListenOptions): Promise<Listener> {
  const limit = options.maxConcurrentRequests ?? Number.POSITIVE_INFINITY;
  const heap = options.heapPressure;
  let closing = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;
  /** Connections opened after the drain began: clients that did not notice yet. */
  const late = new WeakSet<Socket>();

  const server = createServer((req, res) => {
    const path = pathOf(req);
    const unlimited = UNLIMITED_PATHS.has(path);
    if (closing) {
      // Every answer now closes its connection, so the drain completes.
      res.setHeader('connection', 'close');
      if (path === READINESS_PATH)
        return refuse(res, OverloadCode.SHUTTING_DOWN, 'The service is shutting down');
      // A keep-alive connection opened before is answered one last time (the answer closes it): closing
      // it unasked would race a request already on its way and reset it unanswered; a client on a new
      // connection is turned away.
      if (!unlimited && late.has(req.socket))
        return refuse(
          res,
          OverloadCode.SHUTTING_DOWN,
          'The service is shutting down; retry on another instance',
        );
    }
    if (unlimited) {
      handler(req, res);
      return;
    }
    if (inFlight >= limit)
      return refuse(
        res,
        OverloadCode.SERVICE_OVERLOADED,
        `The service is overloaded (more than ${limit} requests at once); retry after ${RETRY_AFTER_SECONDS} s`,
      );
    if (heap?.isHigh())
      return refuse(
        res,
        OverloadCode.SERVICE_OVERLOADED,
        `The service is overloaded (its memory is nearly full); retry after ${RETRY_AFTER_SECONDS} s`,
      );
    inFlight++;
    // An admitted request leaves once its connection is done with it ('close': the response finished, or
    // the client went away) and, when the handler says when its work ends (a promise), once that work is
    // over too. A client that gives up does not make room while its request still runs: under overload,
    // clients timing out and retrying would otherwise pile up work far beyond the limit (measured: a
    // gateway at 1.3 GB of heap, serving 12 requests/s, under 100 clients asking for pages of 100 360s).
    let pending = 2;
    const leave = () => {
      if (--pending > 0) return;
      inFlight--;
      if (inFlight === 0) drained?.();
    };
    res.once('close', leave);
    const work = handler(req, res) as PromiseLike<unknown> | undefined;
    // Any thenable: Hive's server adapter hands back its own promise-likes where it can.
    if (typeof work?.then === 'function') work.then(leave, leave);
    else leave();
  });
  server.on('connection', (socket: Socket) => {
    if (closing) late.add(socket);
  });
  // Longer than the clients' (and load balancers') idle timeouts, so they close first.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });

  let closed: Promise<DrainResult> | null = null;
  return {
    port: (server.address() as AddressInfo).port,
    isClosing: () => closing,
    inFlight: () => inFlight,
    close(graceMs) {
      closed ??= (async () => {
        closing = true;
        const inFlightAtStart = inFlight;
        const deadline = Date.now() + graceMs;
        // While admitted requests finish, the port and the idle keep-alive connections stay open: probes
        // see 503, a client on a new connection gets a refusal it can act on (503, Retry-After), and one
        // on a connection it already had gets its answer and the connection closed after it.
        if (inFlight > 0) {
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            drained = resolve;
            timer = setTimeout(resolve, graceMs);
          });
          clearTimeout(timer);
        }
        const cut = inFlight;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        // Nothing admitted is left (or the grace period is over): idle connections go now, busy ones
        // (a refusal being written) as soon as they are idle, and whatever remains at the deadline is cut.
        server.closeIdleConnections();
        const sweeper = setInterval(() => server.closeIdleConnections(), 50);
        const cutter = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - Date.now()));
        try {
          await stopped;
        } finally {
          clearInterval(sweeper);
          clearTimeout(cutter);
          heap?.stop();
        }
        return { inFlightAtStart, cut };
      })();
      return closed;
    },
  };
}
