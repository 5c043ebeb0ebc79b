import { request } from 'node:http';
import { trustedRequest } from './stack';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HeldRequest {
  /** Sends the body the server is waiting for, and resolves with its answer. */
  release(): Promise<HttpAnswer>;
}

/**
 * A GraphQL POST the server has provably received and is serving, held open until `release`: it is sent
 * with `Expect: 100-continue` and resolves once the server answers `100 Continue` (Node's server does
 * that as it hands the request to its handler), while its body waits. A request held this way occupies
 * a concurrency slot, and counts as in flight for a drain, for exactly as long as the test wants.
 */
export async function holdRequest(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<HeldRequest> {
  const trusted = await trustedRequest({ query, variables });
  const body = String(trusted.body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      // A connection of its own: a held request must not block, or be blocked by, another.
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: trusted.headers.authorization,
        expect: '100-continue',
      },
    });
    const answer = new Promise<HttpAnswer>((resolveAnswer, rejectAnswer) => {
      req.once('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () =>
          resolveAnswer({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.once('error', rejectAnswer);
      });
      req.once('error', rejectAnswer);
    });
    // Until the server has the request, an error or an early answer means it never got held.
    answer.catch(reject);
    req.once('continue', () =>
      resolve({
        release() {
          req.end(body);
          return answer;
        },
      }),
    );
    req.flushHeaders();
  });
}

/**
 * One request on a connection of its own (no keep-alive pool): what a client that has not connected
 * before sees, e.g. a service that drains answers requests on the connections it already had.
 */
export async function requestOnNewConnection(url: string, query?: string): Promise<HttpAnswer> {
  const trusted = query === undefined ? undefined : await trustedRequest({ query });
  const body = trusted && String(trusted.body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: body === undefined ? 'GET' : 'POST',
      agent: false,
      headers:
        body === undefined
          ? {}
          : {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              authorization: trusted?.headers.authorization,
            },
    });
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(body);
  });
}
