import { randomUUID } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import { cleanEnv, port } from 'envalid';
import pg from 'pg';
import { loadCommonConfig, subgraphDatabaseUrl } from '../../lib/config';
import { logger } from '../../lib/logger';
import { onShutdownSignal } from '../../lib/server/shutdown-signals';
import type { FloorPlans, FloorRequest, ReplayFetch } from '../floor-plans';

/**
 * The floor: no gateway, only the work any gateway must cause. For a read, the subgraph fetches our
 * gateway made for that operation (recorded in the counting phase: the same signed bodies and token),
 * replayed stage by stage, in parallel within a stage, over keep-alive connections; each answer must be
 * HTTP 200 without errors. For ingest, the rows go straight into marketing's `signals` table with one
 * `INSERT … SELECT unnest(…)`, on a pool the size of the subgraph's. It is a tiny HTTP server so the same
 * load generator drives it as the gateways: one extra local hop, which every gateway has too.
 */
const { PORT } = cleanEnv(process.env, { PORT: port() });
const config = loadCommonConfig();
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const pool = new pg.Pool({ connectionString: subgraphDatabaseUrl('marketing'), max: config.DB_POOL_MAX });
let plans: FloorPlans = {};

const RAW_INSERT = `
  INSERT INTO signals (id, customer_id, client_event_id, request_hash, kind, channel, topic, url, occurred_at, received_at)
  SELECT i.*, now()
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
              $9::timestamptz[])
    AS i(id, customer_id, client_event_id, request_hash, kind, channel, topic, url, occurred_at)`;

interface SignalRow {
  customerId: string;
  clientEventId: string;
  kind: string;
  channel: string;
  topic?: string | null;
  url?: string | null;
  occurredAt: string;
}

function post(fetch: ReplayFetch): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(fetch.url, { method: 'POST', headers: fetch.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200 || body.includes('"errors"'))
          reject(new Error(`subgraph answered ${res.statusCode}: ${body.slice(0, 200)}`));
        else resolve();
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(fetch.body);
  });
}

async function replay(scenario: string, variant: number): Promise<number> {
  const variants = plans[scenario];
  if (!variants) throw new Error(`no recorded plan for ${scenario}`);
  const stages = variants[variant % variants.length]!;
  let fetches = 0;
  for (const stage of stages) {
    await Promise.all(stage.map(post));
    fetches += stage.length;
  }
  return fetches;
}

async function insert(signals: SignalRow[]): Promise<number> {
  const column = <K extends keyof SignalRow>(key: K) => signals.map((signal) => signal[key] ?? null);
  const result = await pool.query(RAW_INSERT, [
    signals.map(() => randomUUID()),
    column('customerId'),
    column('clientEventId'),
    signals.map(() => ''),
    column('kind'),
    column('channel'),
    column('topic'),
    column('url'),
    column('occurredAt'),
  ]);
  return result.rowCount ?? 0;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FloorRequest;
      const data =
        body.scenario === 'ingest'
          ? { inserted: await insert((body.variables as { signals: SignalRow[] }).signals) }
          : { fetches: await replay(body.scenario, body.variant ?? 0) };
      const text = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch (error) {
      const text = JSON.stringify({ errors: [{ message: (error as Error).message }] });
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(text);
    }
  });
});
server.keepAliveTimeout = 65_000;

process.on('message', (message: { plans?: FloorPlans }) => {
  if (!message.plans) return;
  plans = message.plans;
  process.send?.({ plansLoaded: Object.keys(plans) });
});

server.listen(PORT, '127.0.0.1', () => process.send?.({ ready: true, port: PORT }));
onShutdownSignal(async () => {
  server.closeAllConnections();
  server.close();
  agent.destroy();
  await pool.end().catch((error: unknown) => logger.warn({ err: error }, 'floor pool close failed'));
  process.exit(0);
});
