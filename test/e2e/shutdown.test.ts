import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SUBGRAPH_NAMES } from '../../lib/config';
import { customerId } from '../../scripts/demo/world';
import { freePort } from '../helpers/free-port';
import { holdRequest, requestOnNewConnection } from '../helpers/held-request';
import { trustedRequest } from '../helpers/stack';
import { type SubgraphProcess, startSubgraphProcess } from '../helpers/subgraph-process';
import { testDatabaseUrls } from '../helpers/test-env';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page of 100 customers: the slow request of the stream. */
const PAGE = '{ customers(first: 100) { totalCount edges { cursor node { id displayName } } } }';

/** A full page of `size` customers (other tests add customers meanwhile: the total is not fixed). */
const pageOf = (size: number) => ({
  totalCount: expect.any(Number),
  edges: Array.from({ length: size }, () =>
    expect.objectContaining({ node: expect.objectContaining({ id: expect.any(String) }) }),
  ),
});
/** One customer: the quick one. */
const ONE = `{ customer(id: "${customerId(0)}") { id displayName } }`;

type Outcome =
  | { kind: 'ok' }
  /** Turned away without being served: 503 SHUTTING_DOWN, or the port already closed. */
  | { kind: 'refused' }
  | { kind: 'failed'; detail: string };

/** One request, classified: an admitted request must end in a full answer; a refused one was never served. */
async function attempt(url: string, query: string): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(url, await trustedRequest({ query }));
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    return code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'failed', detail: String(code ?? error) };
  }
  const text = await response.text();
  if (response.status === 503 && text.includes('"SHUTTING_DOWN"')) return { kind: 'refused' };
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (response.status === 200 && body.data && !body.errors) return { kind: 'ok' };
  return { kind: 'failed', detail: `${response.status} ${text.slice(0, 300)}` };
}

/**
 * Keep-alive clients that keep asking until the service turns them away (as a load balancer stops
 * sending to an instance that refuses), alternating slow and quick requests.
 */
function stream(url: string, workers: number) {
  const outcomes: Outcome[] = [];
  const done = Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; ; i++) {
        const outcome = await attempt(url, (worker + i) % 2 === 0 ? PAGE : ONE);
        outcomes.push(outcome);
        if (outcome.kind !== 'ok') return;
      }
    }),
  );
  return { outcomes, done, served: () => outcomes.filter((o) => o.kind === 'ok').length };
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, withinMs: number) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > withinMs) throw new Error(`${what}: not within ${withinMs} ms`);
    await sleep(20);
  }
}

/** Whether anything accepts connections on a loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('a subgraph process that gets SIGTERM during a stream of requests', () => {
  let subgraph: SubgraphProcess;
  beforeAll(async () => {
    subgraph = await startSubgraphProcess('customers', { SHUTDOWN_GRACE_MS: '20000' });
  });
  afterAll(() => subgraph.kill());

  it('should finish every admitted request, answer /readyz 503 while draining, and exit 0', async () => {
    // One request the service provably has (it answered 100 Continue) and is serving while it stops.
    const held = await holdRequest(subgraph.url, PAGE);
    const clients = stream(subgraph.url, 6);
    await waitFor(() => clients.served() >= 12, 'the stream is flowing', 30_000);

    subgraph.child.kill('SIGTERM');

    // Draining, while the held request is still open: not ready, and a client on a new connection is
    // turned away (one on a connection it already had gets its answer, and the connection closed).
    await waitFor(
      async () => (await requestOnNewConnection(`http://127.0.0.1:${subgraph.port}/readyz`)).status === 503,
      '/readyz turns 503',
      5_000,
    );
    const late = await requestOnNewConnection(subgraph.url, ONE);
    expect(late).toMatchObject({ status: 503, headers: { 'retry-after': '1', connection: 'close' } });
    expect(JSON.parse(late.body).errors[0].extensions).toEqual({ code: 'SHUTTING_DOWN' });
    await clients.done;
    expect(subgraph.child.exitCode).toBeNull();

    const answer = await held.release();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { customers: pageOf(100) } });
    expect(await subgraph.exited).toBe(0);

    expect(clients.outcomes.filter((outcome) => outcome.kind === 'failed')).toEqual([]);
    expect(clients.served()).toBeGreaterThanOrEqual(12);
    expect(await listening(subgraph.port)).toBe(false);
  });
});

describe('npm start (scripts/start.ts) on SIGTERM', () => {
  const ROOT = path.resolve(__dirname, '../..');
  let supervisor: ChildProcess | null = null;
  afterAll(() => {
    if (supervisor?.exitCode === null) supervisor.kill('SIGKILL');
  });

  /** The supervisor's child processes, from /proc (Linux): the fourth field of `stat` is the parent. */
  const childrenOf = (pid: number): number[] =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          // The command name, in parentheses, may hold spaces: the fields that follow are after its ')'.
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
        } catch {
          return false; // gone meanwhile
        }
      })
      .map(Number);

  /** A process that still runs (a zombie, exited but not yet reaped, does not). */
  const alive = (pid: number): boolean => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
    } catch {
      return false;
    }
  };

  it('should stop every service, exit 0, and leave no child process behind', async () => {
    const ports = { PORT: await freePort() } as Record<string, number>;
    for (const name of SUBGRAPH_NAMES) ports[`${name.toUpperCase()}_PORT`] = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([key, value]) => [key, String(value)])),
      ...Object.fromEntries(
        SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_DATABASE_URL`, testDatabaseUrls()[name]]),
      ),
      HOST: '127.0.0.1',
      SEED: 'false',
      KPI_SNAPSHOT_INTERVAL_MINUTES: '0',
      // Quiet, but a failure to start shows in the message below.
      LOG_LEVEL: 'error',
    };
    supervisor = spawn(
      process.execPath,
      ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(ROOT, 'scripts/start.ts')],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = once(supervisor, 'exit');
    let output = '';
    supervisor.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    supervisor.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitFor(
      () => {
        if (supervisor!.exitCode !== null)
          throw new Error(`npm start exited before it was ready:\n${output}`);
        return output.includes('Customer 360 graph is running');
      },
      'the ready banner',
      90_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${output}`);
    });
    for (const port of Object.values(ports)) expect(await listening(port)).toBe(true);
    const children = childrenOf(supervisor.pid!);
    // The four subgraphs and the gateway (and tsx's esbuild service).
    expect(children.length).toBeGreaterThanOrEqual(SUBGRAPH_NAMES.length + 1);

    supervisor.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    for (const port of Object.values(ports)) expect(await listening(port)).toBe(false);
    for (const pid of children) expect(alive(pid)).toBe(false);
  }, 150_000);
});
