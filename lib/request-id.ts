import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

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
export function withRequestIds(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    current.run(id, () => handler(req, res));
  };
}
