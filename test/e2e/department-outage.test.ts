import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { customerId } from '../../scripts/demo/world';
import { type Stack, startStack } from '../helpers/stack';

interface Outage360 {
  customer: {
    id: string;
    displayName: string;
    marketingSummary: { signalCount90d: number } | null;
    salesSummary: { paidOrderCount: number } | null;
    supportSummary: { ticketCount: number } | null;
    kpis: {
      lifecycleStage: { value: string; confidence: number; missing: string[] };
      silence: { value: number; confidence: number; missing: string[] };
      actionability: {
        value: number;
        actionable: boolean;
        missing: string[];
        unavailableDepartments: string[];
      };
      nextBestAction: { action: string; missing: string[] };
    };
    timeline: { unavailableDepartments: string[]; edges: Array<{ node: { department: string } }> };
  } | null;
}

const QUERY = `#graphql
  query Outage($id: ID!) {
    customer(id: $id) {
      id
      displayName
      marketingSummary { signalCount90d }
      salesSummary { paidOrderCount }
      supportSummary { ticketCount }
      kpis {
        lifecycleStage { value confidence missing }
        silence { value confidence missing }
        actionability { value actionable missing unavailableDepartments }
        nextBestAction { action missing }
      }
      timeline(first: 100) { unavailableDepartments edges { node { department } } }
    }
  }`;

describe('a department subgraph that is down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await stack.subgraphs.support.stop();
  });
  afterAll(() => stack.stop());

  it('should still answer the 360 with the other departments and KPIs that say what is missing', async () => {
    const id = customerId(3); // Rita: her story is in support
    const response = await stack.query<Outage360>(QUERY, { id });
    const customer = response.data!.customer!;
    expect(customer).toMatchObject({ id, displayName: 'Rita Novak', supportSummary: null });
    expect(customer.marketingSummary).not.toBeNull();
    expect(customer.salesSummary).toMatchObject({ paidOrderCount: 3 });
    expect(customer.kpis.actionability).toEqual({
      value: 0.6,
      actionable: false,
      missing: ['CURRENT_INTENT', 'FRICTION_STATE'],
      unavailableDepartments: ['SUPPORT'],
    });
    expect(customer.kpis.lifecycleStage).toMatchObject({ missing: ['SUPPORT'], confidence: 0.8 });
    expect(customer.kpis.silence).toMatchObject({ missing: ['SUPPORT'], confidence: 0 });
    expect(customer.kpis.nextBestAction.missing).toEqual(['SUPPORT']);
    expect(customer.timeline.unavailableDepartments).toEqual(['SUPPORT']);
    expect(customer.timeline.edges.some((edge) => edge.node.department === 'SUPPORT')).toBe(false);
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'support' } }),
    ]);
    // No internal URL or stack trace reaches the client.
    expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1|localhost|\bat .*\.ts/);
  });

  it('should keep answering queries that need no support data in full, without errors', async () => {
    const response = await stack.query<{ customers: { edges: Array<{ node: { salesSummary: unknown } }> } }>(
      '{ customers(first: 10) { edges { node { id marketingSummary { signalCount90d } salesSummary { paidOrderCount } } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.customers.edges).toHaveLength(10);
    expect(response.data!.customers.edges.every((edge) => edge.node.salesSummary !== null)).toBe(true);
  });
});

describe('a department subgraph that hangs', () => {
  const TIMEOUT_MS = 2_000;
  let stack: Stack;
  let hung: Server;
  beforeAll(async () => {
    // Accepts connections and requests, and never answers.
    hung = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const { port } = hung.address() as AddressInfo;
    stack = await startStack({
      urls: { support: `http://127.0.0.1:${port}/graphql` },
      subgraphTimeoutMs: TIMEOUT_MS,
    });
  });
  afterAll(async () => {
    await stack.stop();
    hung.closeAllConnections();
    await new Promise((resolve) => hung.close(resolve));
  });

  it('should answer within the timeout + 10%, with the other departments and the KPIs', async () => {
    const id = customerId(3);
    await stack.query('{ kpiDefinitions { name } }'); // warm-up: the first request plans
    const started = performance.now();
    const response = await stack.query<Outage360>(QUERY, { id });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 1.1);
    expect(response.data!.customer).toMatchObject({
      id,
      supportSummary: null,
      salesSummary: { paidOrderCount: 3 },
    });
    expect(response.data!.customer!.kpis.actionability.unavailableDepartments).toEqual(['SUPPORT']);
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'SERVICE_UNAVAILABLE', serviceName: 'support' },
    ]);
  });
});
