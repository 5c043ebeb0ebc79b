import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from './server/listener';

/** The header a request's id travels in: from the client, to every subgraph, back in the response. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A caller's id is kept only when it is a short token of characters that are safe in a header, a log
 * line and a URL (a UUID, a ULID, `test-abc-123`); anything else (too long, spaces, quotes, newlines, an
 * email) is replaced, so a client cannot forge log lines or smuggle data into them.
 */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The caller's id when it is acceptable, else a fresh UUID. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  return typeof header === 'string' && ACCEPTABLE_ID.test(header) ? header : randomUUID();
}

const current = new AsyncLocalStorage<string>();

/** The id of the request being served, wherever in its work the caller is (lib/logger.ts adds it to each line). */
export function currentRequestId(): string | undefined {
  return current.getStore();
}

/**
 * Serves every request with its id: the caller's `x-request-id` when acceptable, else a fresh one, written
 * back into the request's header (what the handler and Hive Gateway's request-id plugin read) and
 * carried through all the work the request causes, so every log line of it names it.
 */
export function withRequestIds(handler: RequestHandler): RequestHandler {
  return (req, res) => current.run(assignRequestId(req), () => handler(req, res));
}

/**
 * Gives every request its id in its `x-request-id` header only, without carrying it through the request's
 * work: for the gateway, whose log lines get the id from Hive's request-scoped logger. AsyncLocalStorage
 * hooks every promise on Node 20; measured under the bench's load that was a few percent of the gateway's
 * CPU, which creates a dozen promises per subgraph call.
 */
export function withRequestIdHeaders(handler: RequestHandler): RequestHandler {
  return (req, res) => {
    assignRequestId(req);
    return handler(req, res);
  };
}

function assignRequestId(req: IncomingMessage): string {
  const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}
