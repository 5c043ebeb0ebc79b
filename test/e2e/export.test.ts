import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { customerId } from '../../scripts/demo/world';
import {
  beginSnapshot,
  completeSnapshot,
  recordSnapshotRows,
  type SnapshotRow,
} from '../../subgraphs/customers/src/snapshots/snapshot-store';
import { sql } from '../helpers/db';
import { type Stack, startStack, testToken } from '../helpers/stack';

const ROOT = path.resolve(__dirname, '../..');
const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run export -- <args>`, as a user runs it: its own process, with the environment given. */
function exportCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const { TOKEN: _token, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', TSX_LOADER, 'scripts/export.ts', ...args],
      { cwd: ROOT, env: { ...inherited, LOG_LEVEL: 'silent', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A day of KPI rollups no other test writes: three customers with values chosen to make every figure exact. */
const DAY = '2025-03-14';
const AS_OF = `${DAY}T12:00:00.000Z`;
const base: Omit<SnapshotRow, 'customerId' | 'stage' | 'country' | 'preferredChannel'> = {
  churnRisk: 0,
  clvCurrency: null,
  clvMinor: null,
  clvReportingMinor: null,
  silence: 0,
  actionability: 1,
  actionable: true,
  perceptionGap: null,
  medianResolutionHours: null,
  firstContactResolutionRate: null,
  nextBestAction: 'NO_ACTION',
  confidence: 1,
};
const FIXTURE: SnapshotRow[] = [
  {
    ...base,
    customerId: customerId(0),
    stage: 'AT_RISK',
    country: 'DE',
    preferredChannel: 'EMAIL',
    churnRisk: 0.5,
    clvCurrency: 'EUR',
    clvMinor: 10_000,
    clvReportingMinor: 10_000,
    silence: 100,
    perceptionGap: 1,
    medianResolutionHours: 10,
  },
  {
    ...base,
    customerId: customerId(1),
    stage: 'LEAD',
    country: 'FR',
    preferredChannel: null,
    churnRisk: 0.1,
    silence: 80,
    actionability: 0.5,
    actionable: false,
  },
  {
    ...base,
    customerId: customerId(4),
    stage: 'LOYAL',
    country: 'DE',
    preferredChannel: 'SMS',
    churnRisk: 0.2,
    clvCurrency: 'EUR',
    clvMinor: 30_000,
    clvReportingMinor: 30_000,
    silence: 60,
    perceptionGap: -1,
    medianResolutionHours: 20,
  },
];

describe('npm run export', () => {
  let stack: Stack;
  let dir: string;
  let snapshotId: string;
  beforeAll(async () => {
    stack = await startStack();
    dir = mkdtempSync(path.join(tmpdir(), 'c360-export-'));
    const dataSource = stack.subgraphs.customers.dataSource;
    snapshotId = await beginSnapshot(dataSource, new Date(AS_OF));
    await recordSnapshotRows(dataSource, snapshotId, FIXTURE);
    await completeSnapshot(dataSource, snapshotId);
  });
  afterAll(async () => {
    await sql('customers', 'DELETE FROM kpi_snapshots WHERE id = $1', [snapshotId]);
    rmSync(dir, { recursive: true, force: true });
    await stack.stop();
  });

  it('should write the BI KPI series as CSV, one flat row per day × group, with the development token', async () => {
    const out = path.join(dir, 'kpis.csv');

    const result = await exportCli([
      '--query',
      'examples/operations/bi-kpis.graphql',
      '--variables',
      JSON.stringify({ from: DAY, to: DAY, groupBy: ['ALL', 'STAGE', 'COUNTRY'] }),
      '--format',
      'csv',
      '--out',
      out,
      '--url',
      stack.gatewayUrl,
    ]);

    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe(`Exported 6 rows of lifecycleKpis in 1 request to ${out}.\n`);
    expect(readFileSync(out, 'utf8')).toBe(
      [
        'day,asOf,dimension,group,customers,actionableShare,averageClvMinor,medianClvMinor,p90ClvMinor,averageChurnRisk,averageSilence,averagePerceptionGap,medianResolutionHours',
        `${DAY},${AS_OF},ALL,ALL,3,0.6667,20000,20000,28000,0.2667,80,0,15`,
        `${DAY},${AS_OF},STAGE,AT_RISK,1,1,10000,10000,10000,0.5,100,1,10`,
        `${DAY},${AS_OF},STAGE,LEAD,1,0,,,,0.1,80,,`,
        `${DAY},${AS_OF},STAGE,LOYAL,1,1,30000,30000,30000,0.2,60,-1,20`,
        `${DAY},${AS_OF},COUNTRY,DE,2,1,20000,20000,28000,0.35,80,0,15`,
        `${DAY},${AS_OF},COUNTRY,FR,1,0,,,,0.1,80,,`,
        '',
      ].join('\n'),
    );
  });

  it('should page through every customer and write each as one NDJSON line, as many as totalCount', async () => {
    const out = path.join(dir, 'customers.ndjson');

    const result = await exportCli(
      [
        '--query',
        'examples/operations/customers-page.graphql',
        '--variables',
        '{"first": 40}',
        '--format',
        'ndjson',
        '--out',
        out,
      ],
      { TOKEN: await testToken(), GATEWAY_URL: stack.gatewayUrl },
    );

    expect(result.code).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; salesSummary: unknown });
    const ids = rows.map((row) => row.id);
    // Customers other test files create meanwhile are counted too: the export's own totalCount is the truth.
    const totalCount = Number(/\(totalCount (\d+)\)/.exec(result.stderr)?.[1]);
    expect(result.stderr).toBe(
      `Exported ${totalCount} rows of customers (totalCount ${totalCount}) in ${Math.ceil(totalCount / 40)} requests to ${out}.\n`,
    );
    expect(ids).toHaveLength(totalCount);
    expect(new Set(ids).size).toBe(totalCount);
    for (let index = 0; index < 150; index++) expect(ids).toContain(customerId(index));
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'displayName',
      'country',
      'marketingSummary',
      'salesSummary',
      'supportSummary',
    ]);
  });

  it('should write a paged query as CSV with one header of dotted columns and a list as its JSON', async () => {
    const out = path.join(dir, 'customers.csv');
    const lena = customerId(0);

    const result = await exportCli(
      ['--query', 'examples/operations/customers-page.graphql', '--variables', '{"first": 60}', '--out', out],
      { TOKEN: await testToken(), GATEWAY_URL: stack.gatewayUrl },
    );

    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const totalCount = Number(/\(totalCount (\d+)\)/.exec(result.stderr)?.[1]);
    expect(lines).toHaveLength(totalCount + 1);
    expect(lines[0]).toBe(
      'id,displayName,country,marketingSummary.signalCount90d,marketingSummary.lastEngagedAt,marketingSummary.consentedChannels,marketingSummary.leadScore,salesSummary.paidOrderCount,salesSummary.netRevenue,salesSummary.lastOrderAt,salesSummary.activeSubscriptionCount,supportSummary.ticketCount,supportSummary.openTicketCount,supportSummary.contactCount90d,supportSummary.lastCsat',
    );
    const { data } = await stack.query<{ customer: Record<string, any> }>(
      `query ($id: ID!) { customer(id: $id) { id displayName country
         marketingSummary { signalCount90d lastEngagedAt consentedChannels leadScore }
         salesSummary { paidOrderCount netRevenue { amountMinor currency } lastOrderAt activeSubscriptionCount }
         supportSummary { ticketCount openTicketCount contactCount90d lastCsat } } }`,
      { id: lena },
    );
    const {
      id,
      displayName,
      country,
      marketingSummary: m,
      salesSummary: s,
      supportSummary: t,
    } = data!.customer;
    const expected = stringify([
      [id, displayName, country, m.signalCount90d, m.lastEngagedAt, JSON.stringify(m.consentedChannels)]
        .concat([m.leadScore, s.paidOrderCount, JSON.stringify(s.netRevenue), s.lastOrderAt])
        .concat([s.activeSubscriptionCount, t.ticketCount, t.openTicketCount, t.contactCount90d, t.lastCsat]),
    ]).trimEnd();
    expect(lines.find((line) => line.startsWith(`${lena},`))).toBe(expected);
    expect(expected).toContain(`${lena},Lena Lindqvist,`);
  });

  it('should exit non-zero with UNAUTHENTICATED and write no file when the token is bad', async () => {
    const out = path.join(dir, 'refused.csv');

    const result = await exportCli([
      '--query',
      'examples/operations/customers-page.graphql',
      '--out',
      out,
      '--url',
      stack.gatewayUrl,
      '--token',
      'not-a-token',
    ]);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The gateway answered with errors:\n {2}UNAUTHENTICATED: /);
    expect(readdirSync(dir).filter((file) => file.startsWith('refused'))).toEqual([]);
  });

  it('should refuse, before writing anything, a query that has more pages but no $after to reach them', async () => {
    const query = path.join(dir, 'no-after.graphql');
    writeFileSync(
      query,
      'query { customers(first: 5) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
    );
    const out = path.join(dir, 'no-after.csv');

    const result = await exportCli(['--query', query, '--out', out, '--url', stack.gatewayUrl]);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'customers has more than one page, but the query passes no variable as its `after` argument: declare `$after: String` and pass `after: $after`\n',
    );
    expect(existsSync(out)).toBe(false);
  });
});
