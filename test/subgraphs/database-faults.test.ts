import { randomBytes } from 'node:crypto';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { customerId } from '../../scripts/demo/world';
import { sql } from '../helpers/db';
import { startTestSubgraph, trustedRequest } from '../helpers/stack';
import { type SubgraphProcess, startSubgraphProcess } from '../helpers/subgraph-process';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';
import { testDatabaseUrls } from '../helpers/test-env';

const QUERY = `#graphql
  query ($id: ID!) { customer(id: $id) { id displayName } }`;
const LENA = { id: customerId(0), displayName: 'Lena Lindqvist' };

/** How long a query waits for a pool connection in these tests. */
const CONNECTION_TIMEOUT_MS = 500;
/**
 * "Fails fast": the pool wait plus slack for a busy machine, still far below the minutes a request
 * would wait in a queue behind connections that never come back (the holders below run 30 s).
 */
const FAST_MS = CONNECTION_TIMEOUT_MS + 2_500;
/** The bound for `/readyz` to notice. */
const READY_WITHIN_MS = 5_000;

interface Answer {
  status: number;
  retryAfter: string | null;
  elapsedMs: number;
  text: string;
  body: { data?: { customer: unknown } | null; errors?: Array<{ message: string; extensions?: unknown }> };
}

/** A subgraph in this process or in its own: what the checks below need is its URL. */
type Served = Pick<RunningSubgraph, 'url'>;

async function ask(subgraph: Served): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(
    subgraph.url,
    await trustedRequest({ query: QUERY, variables: { id: LENA.id } }),
  );
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    elapsedMs: performance.now() - started,
    text,
    body: JSON.parse(text) as Answer['body'],
  };
}

const readiness = async (subgraph: Served) => (await fetch(new URL('/readyz', subgraph.url))).status;

/** Polls `/readyz` until it answers `status`; resolves with how long that took, or fails after `withinMs`. */
async function readinessTurns(subgraph: Served, status: number, withinMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if ((await readiness(subgraph)) === status) return performance.now() - started;
    if (performance.now() - started > withinMs)
      throw new Error(`/readyz did not turn ${status} within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A clear, fast failure: 503 + Retry-After, DATABASE_UNAVAILABLE naming the service, no SQL, no stack. */
function expectDatabaseUnavailable(answer: Answer): void {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe('1');
  expect(answer.body.data).toEqual({ customer: null });
  expect(answer.body.errors).toEqual([
    {
      message: 'The customers database is unavailable; retry later',
      path: ['customer'],
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'customers' },
    },
  ]);
  expect(answer.text).not.toMatch(/SELECT|FROM|\bat .*\.[jt]s|127\.0\.0\.1|postgres:/i);
  expect(answer.elapsedMs).toBeLessThan(FAST_MS);
}

async function expectServing(subgraph: Served): Promise<void> {
  const answer = await ask(subgraph);
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ data: { customer: LENA } });
}

describe('a subgraph whose pool is exhausted', () => {
  const POOL_MAX = 2;
  // Marks the holders' statements, so that only they are found and cancelled.
  const marker = `hold_${randomBytes(4).toString('hex')}`;
  let subgraph: RunningSubgraph;
  let holders: Array<Promise<unknown>> = [];

  beforeAll(async () => {
    subgraph = await startTestSubgraph('customers', undefined, {
      poolMax: POOL_MAX,
      connectionTimeoutMs: CONNECTION_TIMEOUT_MS,
      statementTimeoutMs: 60_000,
    });
  });
  afterAll(async () => {
    await releaseHolders();
    await subgraph.stop();
  });

  const holding = async () =>
    (
      await sql<{ n: number }>(
        'customers',
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE $1 AND state = 'active' AND pid <> pg_backend_pid()`,
        [`%${marker}%`],
      )
    )[0]!.n;

  async function releaseHolders(): Promise<void> {
    await sql(
      'customers',
      `SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`,
      [`%${marker}%`],
    );
    await Promise.allSettled(holders);
    holders = [];
  }

  it('should fail requests fast with DATABASE_UNAVAILABLE, turn /readyz 503, then recover by itself', async () => {
    await expectServing(subgraph);

    // Every pool connection runs pg_sleep, through the subgraph's own data source.
    holders = Array.from({ length: POOL_MAX }, () =>
      subgraph.dataSource.query(`SELECT pg_sleep(30) /* ${marker} */`).catch(() => undefined),
    );
    for (const started = Date.now(); (await holding()) < POOL_MAX; ) {
      if (Date.now() - started > 10_000) throw new Error('the holders did not start');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const answers = await Promise.all([ask(subgraph), ask(subgraph), ask(subgraph)]);
    for (const answer of answers) expectDatabaseUnavailable(answer);
    expect(await readinessTurns(subgraph, 503, READY_WITHIN_MS)).toBeLessThan(READY_WITHIN_MS);

    await releaseHolders();
    await readinessTurns(subgraph, 200, READY_WITHIN_MS);
    await expectServing(subgraph);
  });
});

// In a process of its own: under jest, a socket error (from Node's core, another realm) is not an
// `instanceof Error`, and graphql-js would replace it by "Unexpected error value" before we can read it.
describe('a subgraph whose database becomes unreachable', () => {
  let proxy: TcpProxy;
  let subgraph: SubgraphProcess;

  beforeAll(async () => {
    const database = new URL(testDatabaseUrls().customers);
    proxy = await startTcpProxy(database.hostname, Number(database.port));
    subgraph = await startSubgraphProcess('customers', {
      CUSTOMERS_DATABASE_URL: proxy.via(database.toString()),
      DB_POOL_MAX: '3',
      DB_CONNECTION_TIMEOUT_MS: String(CONNECTION_TIMEOUT_MS),
    });
  });
  afterAll(async () => {
    subgraph?.kill();
    await proxy?.close();
  });

  it('should fail requests fast with DATABASE_UNAVAILABLE, turn /readyz 503 within 5 s, and resume when it is back', async () => {
    await expectServing(subgraph);
    expect(await readiness(subgraph)).toBe(200);

    await proxy.cut();
    expect(await readinessTurns(subgraph, 503, READY_WITHIN_MS)).toBeLessThan(READY_WITHIN_MS);
    for (let i = 0; i < 3; i++) expectDatabaseUnavailable(await ask(subgraph));

    // Back on the same address; the same server, never restarted.
    await proxy.restore();
    await readinessTurns(subgraph, 200, READY_WITHIN_MS);
    await expectServing(subgraph);
    expect(subgraph.child.exitCode).toBeNull();
  });
});
