import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { loadAuthSettings, serviceTokenSource } from '../../lib/auth/settings';
import { openDatabase } from '../../lib/db/data-source';
import { reportingMinor } from '../../lib/kpi/reporting-currency';
import {
  beginSnapshot,
  completeSnapshot,
  failSnapshot,
  recordSnapshotRows,
  type SnapshotRow,
} from '../../subgraphs/customers/src/snapshots/snapshot-store';
import { customersSubgraph } from '../../subgraphs/customers/src/subgraph';

/** The customers database, where the job keeps snapshots and rollups: a small pool of its own. */
export function openSnapshotDatabase(url: string): Promise<DataSource> {
  return openDatabase({
    url,
    entities: customersSubgraph.entities,
    migrations: customersSubgraph.migrations,
    poolMax: 2,
  });
}

/** What the job reads for each customer, through the gateway like any other client. */
export const SNAPSHOT_PAGE_QUERY = `#graphql
  query KpiSnapshotPage($first: Int!, $after: String) {
    customers(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          country
          marketingSummary { preferredChannel }
          kpis {
            lifecycleStage { value confidence }
            churnRisk { value }
            lifetimeValue { value { currency totalMinor } }
            silence { value }
            perceptionGap { value }
            resolution { medianResolutionHours firstContactResolutionRate }
            actionability { value actionable }
            nextBestAction { action }
          }
        }
      }
    }
  }`;

interface SnapshotNode {
  id: string;
  country: string | null;
  marketingSummary: { preferredChannel: string | null } | null;
  kpis: {
    lifecycleStage: { value: string; confidence: number };
    churnRisk: { value: number };
    lifetimeValue: { value: { currency: string; totalMinor: number } | null };
    silence: { value: number };
    perceptionGap: { value: number | null };
    resolution: { medianResolutionHours: number | null; firstContactResolutionRate: number | null };
    actionability: { value: number; actionable: boolean };
    nextBestAction: { action: string };
  } | null;
}

interface SnapshotPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: SnapshotNode }>;
}

export interface SnapshotJobOptions {
  gatewayUrl: string;
  /** The customers database, where snapshots and rollups are kept. */
  dataSource: DataSource;
  /** Headers for the gateway (e.g. a bearer token). */
  headers?: Record<string, string>;
  pageSize?: number;
  progress?: boolean;
}

export interface SnapshotOutcome {
  snapshotId: string;
  asOf: Date;
  customers: number;
}

/** What the job reads: the KPIs and the department figures they come from, no personal data. */
const SNAPSHOT_SCOPES = ['kpi:read', 'marketing:read', 'sales:read', 'support:read'];
let serviceToken: (() => Promise<string>) | null = null;

/** The job's own bearer token (a service token, see lib/auth/settings.ts) unless the caller gave headers. */
async function authorization(options: SnapshotJobOptions): Promise<Record<string, string>> {
  if (options.headers?.authorization) return {};
  serviceToken ??= serviceTokenSource(loadAuthSettings(), 'service:kpi-snapshot', SNAPSHOT_SCOPES);
  return { authorization: `Bearer ${await serviceToken()}` };
}

async function fetchPage(options: SnapshotJobOptions, after: string | null): Promise<SnapshotPage> {
  const response = await fetch(options.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authorization(options)), ...options.headers },
    body: JSON.stringify({
      query: SNAPSHOT_PAGE_QUERY,
      variables: { first: options.pageSize ?? 100, after },
    }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { data?: { customers: SnapshotPage } | null; errors?: unknown[] };
  // A KPI computed without a department is not worth a snapshot row: retry the run later instead.
  if (!response.ok || !body.data || body.errors?.length)
    throw new Error(
      `the gateway answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  return body.data.customers;
}

export function snapshotRowOf(node: SnapshotNode): SnapshotRow {
  const kpis = node.kpis;
  if (!kpis) throw new Error(`customer ${node.id} came without KPIs`);
  const clv = kpis.lifetimeValue.value;
  return {
    customerId: node.id,
    country: node.country,
    preferredChannel: node.marketingSummary?.preferredChannel ?? null,
    stage: kpis.lifecycleStage.value,
    churnRisk: kpis.churnRisk.value,
    clvCurrency: clv?.currency ?? null,
    clvMinor: clv?.totalMinor ?? null,
    clvReportingMinor: clv ? reportingMinor(clv.totalMinor, clv.currency) : null,
    silence: kpis.silence.value,
    actionability: kpis.actionability.value,
    actionable: kpis.actionability.actionable,
    perceptionGap: kpis.perceptionGap.value,
    medianResolutionHours: kpis.resolution.medianResolutionHours,
    firstContactResolutionRate: kpis.resolution.firstContactResolutionRate,
    nextBestAction: kpis.nextBestAction.action,
    confidence: kpis.lifecycleStage.confidence,
  };
}

/**
 * Pages through every customer via the gateway, records each one's KPIs, then the day's rollups, in a
 * snapshot that becomes visible (to `customers(filter:)` and `lifecycleKpis`) only once complete.
 */
export async function runKpiSnapshot(options: SnapshotJobOptions): Promise<SnapshotOutcome> {
  const asOf = new Date();
  const snapshotId = await beginSnapshot(options.dataSource, asOf);
  const bar = options.progress
    ? new SingleBar({
        format: 'KPI snapshot [{bar}] {value}/{total} customers | {eta_formatted} left',
        hideCursor: true,
      })
    : null;
  try {
    let after: string | null = null;
    let done = 0;
    for (;;) {
      const page = await fetchPage(options, after);
      if (done === 0) bar?.start(page.totalCount, 0);
      await recordSnapshotRows(
        options.dataSource,
        snapshotId,
        page.edges.map((edge) => snapshotRowOf(edge.node)),
      );
      done += page.edges.length;
      bar?.setTotal(Math.max(page.totalCount, done));
      bar?.update(done);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    const customers = await completeSnapshot(options.dataSource, snapshotId);
    return { snapshotId, asOf, customers };
  } catch (error) {
    await failSnapshot(options.dataSource, snapshotId);
    throw error;
  } finally {
    bar?.stop();
  }
}
