import { readFileSync } from 'node:fs';
import path from 'node:path';
import { customerId, DAY_MS } from '../scripts/demo/world';
import { queryData } from './graphql-client';

export type ScenarioId = 'customer-360' | 'customers-page' | 'one-department' | 'ingest';

export interface Scenario {
  id: ScenarioId;
  title: string;
  query: string;
  /** Rows each request writes: the rate is reported in rows/s. Reads leave it out. */
  rowsPerRequest?: number;
}

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Signals in one ingest batch. */
export const INGEST_BATCH = 100;
/** Every signal the bench writes carries this prefix in its clientEventId, so it can be deleted again. */
export const BENCH_EVENT_PREFIX = 'bench:';

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'customer-360',
    title: '1. Single-customer 360, all four subgraphs, with KPIs',
    query: read('bench/operations/customer-360-kpis.graphql'),
  },
  {
    id: 'customers-page',
    title: '2. Page of 50 customers with department summaries (BI)',
    query: read('examples/operations/customers-page.graphql'),
  },
  {
    id: 'one-department',
    title: '3. One-department query (one order from sales): overhead baseline',
    query: read('bench/operations/one-department.graphql'),
  },
  {
    id: 'ingest',
    title: `4. Batch ingest of signals (${INGEST_BATCH} per request)`,
    query: read('bench/operations/record-signals.graphql'),
    rowsPerRequest: INGEST_BATCH,
  },
];

/** How many different inputs each read scenario rotates through, so no answer is served from one hot row. */
const VARIANTS = 20;
const PAGES = 10;
const PAGE_SIZE = 50;

/**
 * The variables each read scenario's requests rotate through, found through a gateway: customers spread
 * over the demo world (the personas first), the first pages of 50 customers, orders of those customers.
 */
export async function readVariants(
  gatewayUrl: string,
  token: string,
  customers: number,
): Promise<Record<Exclude<ScenarioId, 'ingest'>, Array<Record<string, unknown>>>> {
  const spread = Math.floor(customers / 2 / VARIANTS);
  const ids = Array.from({ length: VARIANTS }, (_, i) => customerId(i < 5 ? i : i * spread));

  const pages: Array<Record<string, unknown>> = [];
  let after: string | null = null;
  for (let page = 0; page < PAGES; page++) {
    pages.push(after ? { first: PAGE_SIZE, after } : { first: PAGE_SIZE });
    const data: { customers: { pageInfo: { endCursor: string | null } } } = await queryData(
      gatewayUrl,
      token,
      'query ($first: Int!, $after: String) { customers(first: $first, after: $after) { pageInfo { endCursor } } }',
      { first: PAGE_SIZE, after },
    );
    after = data.customers.pageInfo.endCursor;
  }

  const orders: Array<Record<string, unknown>> = [];
  for (let index = 0; orders.length < VARIANTS && index < customers; index += 7) {
    const data = await queryData<{ customer: { orders: { edges: Array<{ node: { id: string } }> } | null } }>(
      gatewayUrl,
      token,
      'query ($id: ID!) { customer(id: $id) { orders(first: 1) { edges { node { id } } } } }',
      { id: customerId(index) },
    );
    const order = data.customer.orders?.edges[0]?.node.id;
    if (order) orders.push({ id: order });
  }

  return {
    'customer-360': ids.map((id) => ({ id })),
    'customers-page': pages,
    'one-department': orders,
  };
}

/**
 * The signals of the n-th ingest request of a run: new client event ids every time (a replay would be
 * answered from the store, not written), spread over the second half of the demo world, away from the
 * customers the read scenarios show.
 */
export function ingestVariables(runId: string, n: number, customers: number): Record<string, unknown> {
  const first = Math.floor(customers / 2);
  const span = customers - first;
  const occurredAt = new Date(Date.now() - DAY_MS).toISOString();
  return {
    signals: Array.from({ length: INGEST_BATCH }, (_, k) => ({
      customerId: customerId(first + ((n * INGEST_BATCH + k) % span)),
      clientEventId: `${BENCH_EVENT_PREFIX}${runId}:${n}:${k}`,
      kind: 'PAGE_VIEW',
      channel: 'WEB',
      topic: 'pricing',
      occurredAt,
    })),
  };
}
