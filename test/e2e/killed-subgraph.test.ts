import type { ChildProcess } from 'node:child_process';
import { customerId } from '../../scripts/demo/world';
import { killChildren, spawnService, waitForReady } from '../../scripts/stack/processes';
import { freePort } from '../helpers/free-port';
import { type GraphQLResponse, type Stack, startStack } from '../helpers/stack';
import { testDatabaseUrls } from '../helpers/test-env';

/** Touches customers and sales only: must never notice support's death. */
const WITHOUT_SUPPORT = `#graphql
  query ($id: ID!) { customer(id: $id) { id displayName salesSummary { paidOrderCount } } }`;

/** Touches support too: its part may be missing, the rest must arrive. */
const WITH_SUPPORT = `#graphql
  query ($id: ID!) {
    customer(id: $id) {
      id salesSummary { paidOrderCount } supportSummary { ticketCount }
      kpis { actionability { unavailableDepartments } }
    }
  }`;

interface Answer {
  customer: {
    id: string;
    salesSummary: { paidOrderCount: number } | null;
    supportSummary: { ticketCount: number } | null;
    kpis?: { actionability: { unavailableDepartments: string[] } };
  } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a department subgraph process killed during a stream of requests', () => {
  let stack: Stack;
  let supportPort: number;
  let support: ChildProcess | null = null;

  /** The support subgraph as its own process, as `npm start` runs it. */
  const startSupport = async () => {
    const child = spawnService('subgraphs/support/src/index.ts', {
      ...process.env,
      SUPPORT_DATABASE_URL: testDatabaseUrls().support,
      SUPPORT_PORT: String(supportPort),
      HOST: '127.0.0.1',
      CUSTOMERS_URL: stack.subgraphs.customers.url,
      LOG_LEVEL: 'silent',
    });
    await waitForReady(child, 'support', 30_000);
    return child;
  };

  beforeAll(async () => {
    supportPort = await freePort();
    stack = await startStack({ urls: { support: `http://127.0.0.1:${supportPort}/graphql` } });
    support = await startSupport();
  });
  afterAll(async () => {
    if (support) killChildren([support]);
    await stack.stop();
  });

  it('should keep answering, name the missing service, and recover within 5 s of a restart', async () => {
    const id = customerId(3);
    const without: Array<GraphQLResponse<Answer>> = [];
    const withSupport: Array<GraphQLResponse<Answer>> = [];
    let streaming = true;
    const stream = async () => {
      while (streaming) {
        without.push(await stack.query<Answer>(WITHOUT_SUPPORT, { id }));
        withSupport.push(await stack.query<Answer>(WITH_SUPPORT, { id }));
      }
    };
    const streams = Array.from({ length: 4 }, stream);

    await sleep(500);
    killChildren([support!]); // SIGKILL: no draining, connections just die
    support = null;
    await sleep(1_500);
    const killedAt = withSupport.length;

    support = await startSupport();
    const restartedAt = Date.now();
    // Success returns within 5 s of the restart: wait for the first complete answer.
    let recoveredAfterMs: number | null = null;
    while (Date.now() - restartedAt < 5_000) {
      const probe = await stack.query<Answer>(WITH_SUPPORT, { id });
      if (!probe.errors && probe.data?.customer?.supportSummary) {
        recoveredAfterMs = Date.now() - restartedAt;
        break;
      }
      await sleep(100);
    }
    streaming = false;
    await Promise.all(streams);

    // The gateway stayed up, and what did not need support never failed.
    expect(without.length).toBeGreaterThan(20);
    expect(without.filter((response) => response.errors || !response.data?.customer?.salesSummary)).toEqual(
      [],
    );
    // While support was dead, its part was missing and named; everything else arrived.
    const degraded = withSupport.filter((response) => response.errors);
    expect(degraded.length).toBeGreaterThan(0);
    for (const response of degraded) {
      expect(response.data?.customer).toMatchObject({
        id,
        salesSummary: { paidOrderCount: 3 },
        supportSummary: null,
      });
      expect(response.errors!.map((error) => error.extensions)).toEqual([
        { code: 'SERVICE_UNAVAILABLE', serviceName: 'support' },
      ]);
      expect(response.data?.customer?.kpis?.actionability.unavailableDepartments).toEqual(['SUPPORT']);
    }
    expect(withSupport.slice(killedAt - 1).some((response) => response.errors)).toBe(true);
    expect(recoveredAfterMs).not.toBeNull();
    expect(recoveredAfterMs!).toBeLessThan(5_000);
  });
});
