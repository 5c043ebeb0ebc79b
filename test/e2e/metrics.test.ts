import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { databaseName } from '../../lib/db/data-source';
import { statementCount } from '../../lib/db/statement-counter';
import { customerId } from '../../scripts/demo/world';
import { type Scrape, scrape } from '../helpers/metrics';
import { type Stack, startStack, trustedRequest } from '../helpers/stack';
import { type SubgraphProcess, startSubgraphProcess } from '../helpers/subgraph-process';
import { testDatabaseUrls } from '../helpers/test-env';

const POOL_MAX = 5;
const LENA = customerId(0);
/** A named operation whose plan calls customers, then sales, and no other subgraph. */
const PROBE = `#graphql
  query MetricsProbe($id: ID!) { customer(id: $id) { id salesSummary { paidOrderCount } } }`;

const databaseOf = (name: SubgraphName) => databaseName(testDatabaseUrls()[name]);
const perSubgraph = <T>(value: (name: SubgraphName) => T) =>
  Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, value(name)])) as Record<SubgraphName, T>;

/** The JSON lines a subgraph process wrote to its log file. */
const logLines = (file: string): Array<Record<string, unknown>> =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('metrics and request ids', () => {
  const logDir = mkdtempSync(path.join(tmpdir(), 'c360-metrics-'));
  const salesLog = path.join(logDir, 'sales.log');
  let sales: SubgraphProcess;
  let stack: Stack;
  /** Where each subgraph the gateway calls answers: sales is a process of its own, to read its log. */
  let subgraphUrls: Record<SubgraphName, string>;
  let gatewayBase: string;

  beforeAll(async () => {
    sales = await startSubgraphProcess('sales', {
      LOG_LEVEL: 'debug',
      LOG_FILE: salesLog,
      DB_POOL_MAX: String(POOL_MAX),
      // Nothing but the test's requests reaches its database: no directory, no erasure polling.
      CUSTOMERS_URL: 'http://127.0.0.1:9/graphql',
      ERASURE_POLL_INTERVAL_MS: String(60 * 60 * 1000),
    });
    stack = await startStack({ urls: { sales: sales.url } });
    subgraphUrls = { ...perSubgraph((name) => stack.subgraphs[name].url), sales: sales.url };
    gatewayBase = stack.gatewayUrl;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    sales?.child.kill('SIGTERM');
    await sales?.exited;
    rmSync(logDir, { recursive: true, force: true });
  });

  const scrapeAll = async () => ({
    gateway: await scrape(gatewayBase),
    subgraphs: Object.fromEntries(
      await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await scrape(subgraphUrls[name])])),
    ) as Record<SubgraphName, Scrape>,
  });
  type Scrapes = Awaited<ReturnType<typeof scrapeAll>>;
  /** How much each subgraph's `name{labels}` grew between two scrapes. */
  const growth = (
    before: Scrapes,
    after: Scrapes,
    name: string,
    labels: (s: SubgraphName) => Record<string, string>,
  ) =>
    perSubgraph(
      (subgraph) =>
        after.subgraphs[subgraph].value(name, labels(subgraph)) -
        before.subgraphs[subgraph].value(name, labels(subgraph)),
    );

  it('should time a named operation at the gateway, per subgraph it calls, and in those subgraphs', async () => {
    const before = await scrapeAll();
    const customersStatements = statementCount(databaseOf('customers'));

    const response = await stack.query(PROBE, { id: LENA });
    expect(response.errors).toBeUndefined();

    const after = await scrapeAll();
    const operation = { operationName: 'MetricsProbe', operationType: 'query' };
    const gatewayGrowth = (name: string, labels: Record<string, string>) =>
      after.gateway.value(name, labels) - before.gateway.value(name, labels);
    expect(gatewayGrowth('graphql_envelop_request_duration_count', operation)).toBe(1);
    expect(
      gatewayGrowth('graphql_yoga_http_duration_count', { ...operation, method: 'POST', statusCode: '200' }),
    ).toBe(1);
    // The planner's calls, each under the subgraph's name and the client operation it served.
    expect(
      perSubgraph((name) =>
        gatewayGrowth('graphql_gateway_subgraph_execute_duration_count', {
          ...operation,
          subgraphName: name,
        }),
      ),
    ).toEqual({ customers: 1, marketing: 0, sales: 1, support: 0 });
    // Each subgraph labels the call with the client operation too (the planner's operations are anonymous).
    expect(growth(before, after, 'graphql_request_duration_seconds_count', () => operation)).toEqual({
      customers: 1,
      marketing: 0,
      sales: 1,
      support: 0,
    });
    // The SQL the two called subgraphs sent, exactly as their statement counter saw it.
    const statements = growth(before, after, 'db_statements_total', (name) => ({
      database: databaseOf(name),
    }));
    expect(statements.customers).toBe(statementCount(databaseOf('customers')) - customersStatements);
    expect({ ...statements, customers: statements.customers > 0, sales: statements.sales > 0 }).toEqual({
      customers: true,
      marketing: 0,
      sales: true,
      support: 0,
    });
  });

  it('should count errors by code: one the gateway refuses and one a subgraph answers', async () => {
    const before = await scrapeAll();

    const invalid = await stack.query('query Invalid { customer(id: "x") { noSuchField } }');
    expect(invalid.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const badId = await stack.query('query BadId { customer(id: "not-a-uuid") { id } }');
    expect(badId.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);

    const after = await scrapeAll();
    const gatewayErrors = (labels: Record<string, string>) =>
      after.gateway.value('graphql_envelop_error_result', labels) -
      before.gateway.value('graphql_envelop_error_result', labels);
    expect(
      gatewayErrors({ operationName: 'Invalid', phase: 'validate', code: 'GRAPHQL_VALIDATION_FAILED' }),
    ).toBe(1);
    expect(gatewayErrors({ operationName: 'BadId', phase: 'execute', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(
      after.gateway.value('graphql_gateway_subgraph_execute_errors', {
        subgraphName: 'customers',
        operationName: 'BadId',
      }),
    ).toBe(1);
    // The refused operation reached no subgraph; the other is counted where it failed, by its code.
    expect(growth(before, after, 'graphql_errors_total', () => ({ code: 'BAD_USER_INPUT' }))).toEqual({
      customers: 1,
      marketing: 0,
      sales: 0,
      support: 0,
    });
    expect(
      growth(before, after, 'graphql_request_duration_seconds_count', () => ({ operationName: 'Invalid' })),
    ).toEqual({ customers: 0, marketing: 0, sales: 0, support: 0 });
  });

  it("should report each subgraph's database pool", async () => {
    const { subgraphs } = await scrapeAll();
    for (const name of SUBGRAPH_NAMES) {
      const database = { database: databaseOf(name) };
      const pool = {
        max: subgraphs[name].value('db_pool_max_connections', database),
        waiting: subgraphs[name].value('db_pool_waiting_clients', database),
        open: subgraphs[name].value('db_pool_connections', database),
        idle: subgraphs[name].value('db_pool_idle_connections', database),
      };
      expect([name, pool.max, pool.waiting]).toEqual([name, POOL_MAX, 0]);
      // Nothing runs now: every open connection is idle.
      expect([name, pool.idle]).toEqual([name, pool.open]);
      expect(subgraphs[name].samples.filter((sample) => sample.name.startsWith('db_pool_'))).toHaveLength(4);
    }
  });

  it('should serve /metrics without a token or a signature, with process metrics', async () => {
    for (const base of [gatewayBase, ...Object.values(subgraphUrls)]) {
      const response = await fetch(new URL('/metrics', base));
      expect([base, response.status, response.headers.get('content-type')]).toEqual([
        base,
        200,
        'text/plain; version=0.0.4; charset=utf-8',
      ]);
      const text = await response.text();
      expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
    }
  });

  /** Runs the probe through the gateway with this `x-request-id`; answers the id the response carries. */
  async function requestWithId(id: string): Promise<string | null> {
    const init = await trustedRequest({
      query: `query RequestIdProbe($id: ID!) { customer(id: $id) { salesSummary { paidOrderCount } } }`,
      variables: { id: LENA },
    });
    const response = await fetch(stack.gatewayUrl, {
      ...init,
      headers: { ...init.headers, 'x-request-id': id },
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    return response.headers.get('x-request-id');
  }
  const salesLinesOf = (reqId: string | null) => logLines(salesLog).filter((line) => line.reqId === reqId);

  it("should return the caller's request id and carry it to the subgraph's log lines", async () => {
    expect(await requestWithId('test-abc-123')).toBe('test-abc-123');
    expect(salesLinesOf('test-abc-123')).toEqual([
      expect.objectContaining({
        msg: 'graphql request served',
        operationName: 'RequestIdProbe',
        status: 200,
        errors: 0,
      }),
    ]);
  });

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['spaces and quotes', 'id with "quotes"'],
    ['too long', 'a'.repeat(65)],
  ])('should replace a request id with %s by a fresh one, used everywhere', async (_what, hostile) => {
    const id = await requestWithId(hostile);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(salesLinesOf(id)).toEqual([expect.objectContaining({ msg: 'graphql request served' })]);
    expect(readFileSync(salesLog, 'utf8')).not.toContain(hostile.slice(0, 20));
  });
});
