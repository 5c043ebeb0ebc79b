import { composeSupergraph } from '../../gateway/src/compose';
import { type RunningGateway, startGateway } from '../../gateway/src/hive-gateway';
import { mapSubgraphs } from '../../lib/config';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { type HeldRequest, holdRequest } from '../helpers/held-request';
import { startTestSubgraph, testAuth, trustedRequest } from '../helpers/stack';

const PAGE = '{ customers(first: 50) { totalCount edges { node { id displayName } } } }';

/** A full page of `size` customers (other tests add customers meanwhile: the total is not fixed). */
const pageOf = (size: number) => ({
  totalCount: expect.any(Number),
  edges: Array.from({ length: size }, () =>
    expect.objectContaining({ node: expect.objectContaining({ id: expect.any(String) }) }),
  ),
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(url: string, query: string): Promise<Answer> {
  const response = await fetch(url, await trustedRequest({ query }));
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Answer['body'],
  };
}

const probe = async (url: string, path: string) => (await fetch(new URL(path, url))).status;

/** A shed answer: 503 at once, Retry-After, and a GraphQL error a client can branch on. */
const OVERLOADED = {
  status: 503,
  retryAfter: '1',
  body: { errors: [expect.objectContaining({ extensions: { code: 'SERVICE_OVERLOADED' } })] },
};

/**
 * Fills every slot with held requests (the server has them and is waiting for their bodies), so what
 * follows meets a full service no matter how fast or slow the machine is.
 */
async function fillSlots(url: string, count: number, query: string): Promise<HeldRequest[]> {
  return Promise.all(Array.from({ length: count }, () => holdRequest(url, query)));
}

describe('a subgraph at its concurrency limit', () => {
  const LIMIT = 2;
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph('customers', undefined, { maxConcurrentRequests: LIMIT });
  });
  afterAll(() => subgraph.stop());

  it('should shed a burst beyond the limit with fast 503s while the admitted requests succeed', async () => {
    const held = await fillSlots(subgraph.url, LIMIT, PAGE);

    // The held requests never finish on their own: a shed request that queued behind them would hang.
    const started = performance.now();
    const burst = await Promise.all(Array.from({ length: 10 }, () => post(subgraph.url, PAGE)));
    const elapsed = performance.now() - started;
    for (const answer of burst) expect(answer).toMatchObject(OVERLOADED);
    expect(elapsed).toBeLessThan(5_000);
    // Probes and Prometheus' scrape are never shed.
    expect(await probe(subgraph.url, '/healthz')).toBe(200);
    expect(await probe(subgraph.url, '/readyz')).toBe(200);
    expect(await probe(subgraph.url, '/metrics')).toBe(200);

    const admitted = await Promise.all(held.map((request) => request.release()));
    for (const answer of admitted) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { customers: pageOf(50) } });
    }
    // The slots are free again.
    expect(await post(subgraph.url, PAGE)).toMatchObject({ status: 200, body: { data: expect.anything() } });
  });

  it('should answer every request of an unheld burst either in full or with a 503, nothing else', async () => {
    const burst = await Promise.all(Array.from({ length: 40 }, () => post(subgraph.url, PAGE)));
    const served = burst.filter((answer) => answer.status === 200);
    const shed = burst.filter((answer) => answer.status !== 200);
    expect(served.length).toBeGreaterThanOrEqual(LIMIT);
    for (const answer of served) expect(answer.body.errors).toBeUndefined();
    for (const answer of shed) expect(answer).toMatchObject(OVERLOADED);
  });
});

describe('the gateway at its concurrency limit', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    // `{ __typename }` needs no subgraph: nothing listens at these URLs.
    const supergraphSdl = composeSupergraph(mapSubgraphs(() => 'http://127.0.0.1:9/graphql'));
    gateway = await startGateway({
      supergraphSdl,
      port: 0,
      host: '127.0.0.1',
      maxConcurrentRequests: 1,
      logging: false,
      auth: testAuth(),
    });
  });
  afterAll(() => gateway.stop());

  it('should shed requests beyond the limit with 503 SERVICE_OVERLOADED and keep its probes answering', async () => {
    const [held] = await fillSlots(gateway.url, 1, '{ __typename }');

    const burst = await Promise.all(Array.from({ length: 5 }, () => post(gateway.url, '{ __typename }')));
    for (const answer of burst) expect(answer).toMatchObject(OVERLOADED);
    expect(await probe(gateway.url, '/healthz')).toBe(200);
    expect(await probe(gateway.url, '/readyz')).toBe(200);
    expect(await probe(gateway.url, '/metrics')).toBe(200);

    const admitted = await held!.release();
    expect(admitted.status).toBe(200);
    expect(JSON.parse(admitted.body)).toEqual({ data: { __typename: 'Query' } });
  });
});
