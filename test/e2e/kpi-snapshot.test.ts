import { customerId } from '../../scripts/demo/world';
import {
  runKpiSnapshot,
  SNAPSHOT_PAGE_QUERY,
  type SnapshotOutcome,
  snapshotRowOf,
} from '../../scripts/kpi/snapshot-job';
import { scheduleKpiSnapshots } from '../../scripts/kpi/snapshot-schedule';
import {
  beginSnapshot,
  completeSnapshot,
  recordSnapshotRows,
  type SnapshotRow,
} from '../../subgraphs/customers/src/snapshots/snapshot-store';
import { sql } from '../helpers/db';
import { operation } from '../helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from '../helpers/stack';
import { testDatabaseUrls } from '../helpers/test-env';

const snapshotRowFixture: Omit<SnapshotRow, 'customerId' | 'stage'> = {
  country: 'DE',
  preferredChannel: 'EMAIL',
  churnRisk: 0.1,
  clvCurrency: 'EUR',
  clvMinor: 1000,
  clvReportingMinor: 1000,
  silence: 100,
  actionability: 1,
  actionable: true,
  perceptionGap: null,
  medianResolutionHours: null,
  firstContactResolutionRate: null,
  nextBestAction: 'NO_ACTION',
  confidence: 1,
};

/** The seeded customers (test/helpers/global-setup.ts); tests that write use fresh customers instead. */
const SEEDED = 150;

interface StoredRow {
  customer_id: string;
  country: string | null;
  preferred_channel: string | null;
  stage: string;
  churn_risk: string;
  clv_reporting_minor: string | null;
  silence: number;
  actionable: boolean;
  perception_gap: string | null;
  median_resolution_hours: string | null;
}

interface Rollup {
  dimension: string;
  group: string;
  customers: number;
  actionableShare: number;
  averageClvMinor: number | null;
  medianClvMinor: number | null;
  p90ClvMinor: number | null;
  averageChurnRisk: number;
  averageSilence: number;
  averagePerceptionGap: number | null;
  medianResolutionHours: number | null;
}

/** PostgreSQL's numeric round(): ties away from zero. */
const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
};
const average = (values: number[]) =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
/**
 * The average of amounts in minor units, exactly (as PostgreSQL's numeric avg, rounded half away from zero):
 * other test files place orders large enough that a float sum loses the last digit.
 */
function averageMinor(values: Array<string | null>): number | null {
  const amounts = values.filter((v): v is string => v !== null).map(BigInt);
  if (amounts.length === 0) return null;
  const n = BigInt(amounts.length);
  const sum = amounts.reduce((total, amount) => total + amount, 0n);
  const sign = sum < 0n ? -1n : 1n;
  return Number(sign * ((2n * sign * sum + n) / (2n * n)));
}
/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  // percentile_cont answers a double, which the store casts to numeric before rounding: that cast keeps
  // 15 significant digits (152602.49999999997 becomes 152602.5, which rounds up).
  return Number((sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower)).toPrecision(15));
}
const present = (values: Array<string | null>) => values.filter((v): v is string => v !== null).map(Number);
const orNull = (value: number | null, digits = 0) => (value === null ? null : round(value, digits));

/** The rollup of one group, computed here from the per-customer rows, as DESIGN §4 defines each column. */
function rollupOf(dimension: string, group: string, rows: StoredRow[]): Rollup {
  const clv = present(rows.map((row) => row.clv_reporting_minor));
  return {
    dimension,
    group,
    customers: rows.length,
    actionableShare: round(rows.filter((row) => row.actionable).length / rows.length, 4),
    averageClvMinor: averageMinor(rows.map((row) => row.clv_reporting_minor)),
    medianClvMinor: orNull(percentile(clv, 0.5)),
    p90ClvMinor: orNull(percentile(clv, 0.9)),
    averageChurnRisk: round(average(rows.map((row) => Number(row.churn_risk)))!, 4),
    averageSilence: round(average(rows.map((row) => row.silence))!, 2),
    averagePerceptionGap: orNull(average(present(rows.map((row) => row.perception_gap))), 2),
    medianResolutionHours: orNull(
      percentile(present(rows.map((row) => row.median_resolution_hours)), 0.5),
      2,
    ),
  };
}

function directRollups(rows: StoredRow[]): Rollup[] {
  const dimensions: Array<[string, (row: StoredRow) => string]> = [
    ['ALL', () => 'ALL'],
    ['STAGE', (row) => row.stage],
    ['COUNTRY', (row) => row.country ?? 'UNKNOWN'],
    ['PREFERRED_CHANNEL', (row) => row.preferred_channel ?? 'UNKNOWN'],
  ];
  return dimensions.flatMap(([dimension, groupOf]) => {
    const groups = [...new Set(rows.map(groupOf))].sort();
    return groups.map((group) =>
      rollupOf(
        dimension,
        group,
        rows.filter((row) => groupOf(row) === group),
      ),
    );
  });
}

describe('KPI snapshots and BI', () => {
  let stack: Stack;
  let outcome: SnapshotOutcome;
  let rows: StoredRow[];
  beforeAll(async () => {
    stack = await startStack();
    outcome = await runKpiSnapshot({
      gatewayUrl: stack.gatewayUrl,
      dataSource: stack.subgraphs.customers.dataSource,
    });
    rows = await sql<StoredRow>(
      'customers',
      `SELECT customer_id, country::text AS country, preferred_channel, stage, churn_risk::text, clv_reporting_minor::text,
              silence, actionable, perception_gap::text, median_resolution_hours::text
       FROM customer_kpi_snapshots WHERE snapshot_id = $1`,
      [outcome.snapshotId],
    );
  });
  afterAll(() => stack.stop());

  it('should record every customer the gateway pages through, exactly as the live KPIs give them', async () => {
    expect(rows).toHaveLength(outcome.customers);
    expect(outcome.customers).toBeGreaterThanOrEqual(SEEDED);
    const seeded = new Set(Array.from({ length: SEEDED }, (_, index) => customerId(index)));
    // The seeded customers' live values, read again through the gateway page by page.
    const live = new Map<string, ReturnType<typeof snapshotRowOf>>();
    let after: string | null = null;
    do {
      const response: GraphQLResponse<{
        customers: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: Parameters<typeof snapshotRowOf>[0] }>;
        };
      }> = await stack.query(SNAPSHOT_PAGE_QUERY, { first: 100, after });
      for (const { node } of response.data!.customers.edges)
        if (seeded.has(node.id)) live.set(node.id, snapshotRowOf(node));
      after = response.data!.customers.pageInfo.hasNextPage
        ? response.data!.customers.pageInfo.endCursor
        : null;
    } while (after);
    expect(live.size).toBe(SEEDED);
    const stored = await sql<Record<string, unknown>>(
      'customers',
      `SELECT customer_id, country::text, preferred_channel, stage, churn_risk::float8, clv_currency,
              clv_minor::float8, clv_reporting_minor::float8, silence, actionability::float8, actionable,
              perception_gap::float8, median_resolution_hours::float8, first_contact_resolution_rate::float8,
              next_best_action, confidence::float8
       FROM customer_kpi_snapshots WHERE snapshot_id = $1 AND customer_id = ANY($2)`,
      [outcome.snapshotId, [...seeded]],
    );
    const atScale = (value: number | null, digits: number) => (value === null ? null : round(value, digits));
    const asStored = (row: SnapshotRow) => ({
      ...row,
      // Each numeric column's scale (the migration's numeric(p, s)).
      churnRisk: atScale(row.churnRisk, 3),
      actionability: atScale(row.actionability, 3),
      perceptionGap: atScale(row.perceptionGap, 2),
      medianResolutionHours: atScale(row.medianResolutionHours, 2),
      firstContactResolutionRate: atScale(row.firstContactResolutionRate, 3),
      confidence: atScale(row.confidence, 3),
    });
    const storedRows = stored.map((row) => ({
      customerId: row.customer_id,
      country: row.country,
      preferredChannel: row.preferred_channel,
      stage: row.stage,
      churnRisk: row.churn_risk,
      clvCurrency: row.clv_currency,
      clvMinor: row.clv_minor,
      clvReportingMinor: row.clv_reporting_minor,
      silence: row.silence,
      actionability: row.actionability,
      actionable: row.actionable,
      perceptionGap: row.perception_gap,
      medianResolutionHours: row.median_resolution_hours,
      firstContactResolutionRate: row.first_contact_resolution_rate,
      nextBestAction: row.next_best_action,
      confidence: row.confidence,
    }));
    const byId = (a: { customerId: unknown }, b: { customerId: unknown }) =>
      String(a.customerId).localeCompare(String(b.customerId));
    expect(storedRows.sort(byId)).toEqual([...live.values()].map(asStored).sort(byId));
  });

  it('should report rollups that match a direct computation over the snapshot, for every dimension', async () => {
    const today = outcome.asOf.toISOString().slice(0, 10);
    const response = await stack.query<{ lifecycleKpis: Array<Rollup & { day: string; asOf: string }> }>(
      operation('bi-kpis'),
      { from: today, to: today, groupBy: ['ALL', 'STAGE', 'COUNTRY', 'PREFERRED_CHANNEL'] },
    );
    expect(response.errors).toBeUndefined();
    const reported = response.data!.lifecycleKpis;
    expect(reported.every((row) => row.day === today && row.asOf === outcome.asOf.toISOString())).toBe(true);
    expect(reported.map(({ day: _day, asOf: _asOf, ...row }) => row)).toEqual(directRollups(rows));
  });

  it("should report the graph's actionable share per day without groupBy", async () => {
    const today = outcome.asOf.toISOString().slice(0, 10);
    const response = await stack.query<{ lifecycleKpis: Array<{ group: string; actionableShare: number }> }>(
      'query ($d: String!) { lifecycleKpis(from: $d, to: $d) { group customers actionableShare } }',
      { d: today },
    );
    const share = rows.filter((row) => row.actionable).length / rows.length;
    expect(response.data!.lifecycleKpis).toEqual([
      { group: 'ALL', customers: rows.length, actionableShare: round(share, 4) },
    ]);
  });

  it('should filter customers on the latest snapshot and say which snapshot it was', async () => {
    const response = await stack.query<{
      customers: { totalCount: number; snapshotAsOf: string; edges: Array<{ node: { id: string } }> };
    }>(
      `{ customers(first: 100, filter: { stage: [AT_RISK], churnRiskAtLeast: 0.3 }) {
           totalCount snapshotAsOf edges { node { id } } } }`,
    );
    // Only seeded customers are compared: other test files create and merge customers of their own meanwhile.
    const seeded = new Set(Array.from({ length: SEEDED }, (_, index) => customerId(index)));
    const expected = rows
      .filter(
        (row) => seeded.has(row.customer_id) && row.stage === 'AT_RISK' && Number(row.churn_risk) >= 0.3,
      )
      .map((row) => row.customer_id);
    const { snapshotAsOf, totalCount, edges } = response.data!.customers;
    expect(snapshotAsOf).toBe(outcome.asOf.toISOString());
    expect(totalCount).toBe(edges.length);
    const ids = edges.map((edge) => edge.node.id);
    expect(ids).toContain(customerId(0)); // Lena: cancel intent yesterday
    expect(new Set(ids.filter((id) => seeded.has(id)))).toEqual(new Set(expected));
  });

  it("should list the marketer's worklist: actionable customers of a stage with channel, consents and next action", async () => {
    const response = await stack.query<{
      customers: {
        totalCount: number;
        snapshotAsOf: string;
        pageInfo: { hasNextPage: boolean };
        edges: Array<{ node: { id: string } & Record<string, unknown> }>;
      };
    }>(operation('marketer-worklist'), { stage: ['AT_RISK'], actionable: true, first: 100 });

    expect(response.errors).toBeUndefined();
    const seeded = new Set(Array.from({ length: SEEDED }, (_, index) => customerId(index)));
    const expected = rows
      .filter((row) => seeded.has(row.customer_id) && row.stage === 'AT_RISK' && row.actionable)
      .map((row) => row.customer_id);
    const { snapshotAsOf, totalCount, pageInfo, edges } = response.data!.customers;
    expect(snapshotAsOf).toBe(outcome.asOf.toISOString());
    expect({ totalCount, hasNextPage: pageInfo.hasNextPage }).toEqual({
      totalCount: edges.length,
      hasNextPage: false,
    });
    const ids = edges.map((edge) => edge.node.id);
    expect(new Set(ids.filter((id) => seeded.has(id)))).toEqual(new Set(expected));
    expect(edges.find((edge) => edge.node.id === customerId(0))?.node).toEqual({
      id: customerId(0),
      displayName: 'Lena Lindqvist',
      email: 'lena.lindqvist@example.com',
      country: 'DE',
      preferredChannel: { channel: 'EMAIL', source: 'EXPLICIT' },
      consents: [
        { channel: 'EMAIL', purpose: 'MARKETING', granted: true },
        { channel: 'EMAIL', purpose: 'SERVICE', granted: true },
        { channel: 'EMAIL', purpose: 'PROFILING', granted: true },
        { channel: 'SMS', purpose: 'MARKETING', granted: true },
      ],
      kpis: {
        lifecycleStage: {
          value: 'AT_RISK',
          explanation: 'AT_RISK: cancel intent 1 day ago (within 30 days).',
        },
        // 0.05 baseline + 0.45 cancel intent − 0.1 active subscription.
        churnRisk: { value: 0.4 },
        actionability: { value: 1 },
        nextBestAction: {
          action: 'RETENTION_OUTREACH',
          department: 'SALES',
          channel: 'EMAIL',
          humanRequired: true,
          reason:
            'Cancel intent 1 day ago: a person in sales should reach out to keep the customer, via EMAIL (their preferred channel).',
        },
      },
    });
  });

  it.each([
    [{ from: '2026-13-01', to: '2026-12-01' }, 'lifecycleKpis.from'],
    [{ from: '2026-02-01', to: '2026-01-01' }, 'lifecycleKpis.to'],
    [{ from: '2024-01-01', to: '2026-01-01' }, 'lifecycleKpis.to'],
  ])('should refuse the range %j with BAD_USER_INPUT at %s', async (range, field) => {
    const response = await stack.query(
      'query ($from: String!, $to: String!) { lifecycleKpis(from: $from, to: $to) { day } }',
      range,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  // Last in this file: it replaces the day's snapshot the tests above read.
  it("should keep a day's rollups from its latest snapshot when an older run completes last", async () => {
    const dataSource = stack.subgraphs.customers.dataSource;
    const row = (customerIndex: number, stage: string): SnapshotRow => ({
      ...snapshotRowFixture,
      customerId: customerId(customerIndex),
      stage,
    });
    const older = await beginSnapshot(dataSource, new Date());
    const newer = await beginSnapshot(dataSource, new Date(Date.now() + 1));
    await recordSnapshotRows(dataSource, older, [row(0, 'LOYAL')]);
    await recordSnapshotRows(dataSource, newer, [row(0, 'AT_RISK'), row(1, 'LEAD')]);
    await completeSnapshot(dataSource, newer);
    await completeSnapshot(dataSource, older); // overtaken: dropped
    const today = new Date().toISOString().slice(0, 10);
    const response = await stack.query<{
      lifecycleKpis: Array<{ dimension: string; group: string; customers: number }>;
    }>(
      'query ($d: String!) { lifecycleKpis(from: $d, to: $d, groupBy: [ALL, STAGE]) { dimension group customers } }',
      { d: today },
    );
    expect(response.data!.lifecycleKpis).toEqual([
      { dimension: 'ALL', group: 'ALL', customers: 2 },
      { dimension: 'STAGE', group: 'AT_RISK', customers: 1 },
      { dimension: 'STAGE', group: 'LEAD', customers: 1 },
    ]);
    const snapshots = await sql<{ id: string; status: string }>(
      'customers',
      `SELECT id, status FROM kpi_snapshots WHERE (as_of AT TIME ZONE 'UTC')::date = $1::date`,
      [today],
    );
    expect(snapshots).toEqual([{ id: newer, status: 'COMPLETE' }]);
  });

  it('should take a snapshot as soon as the npm start schedule begins, and stop cleanly', async () => {
    const before = await sql<{ id: string }>(
      'customers',
      "SELECT id FROM kpi_snapshots WHERE status = 'COMPLETE'",
    );
    // Only this schedule's snapshots count: another file (export.test.ts) may write one of a past day meanwhile.
    const begun = new Date();
    const schedule = await scheduleKpiSnapshots({
      gatewayUrl: stack.gatewayUrl,
      customersDatabaseUrl: testDatabaseUrls().customers,
      intervalMinutes: 60,
    });
    await schedule.stop(); // waits for the run it started
    const after = await sql<{ id: string; customer_count: number }>(
      'customers',
      "SELECT id, customer_count FROM kpi_snapshots WHERE status = 'COMPLETE' AND NOT (id = ANY($1)) AND as_of >= $2",
      [before.map((row) => row.id), begun],
    );
    expect(after).toHaveLength(1);
    expect(after[0]!.customer_count).toBeGreaterThanOrEqual(SEEDED);
    expect(
      await sql('customers', "SELECT id FROM kpi_snapshots WHERE status = 'RUNNING' AND as_of >= $1", [
        begun,
      ]),
    ).toEqual([]);
  });
});
