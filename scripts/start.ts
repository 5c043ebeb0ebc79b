import type { ChildProcess } from 'node:child_process';
import { cleanEnv, port } from 'envalid';
import { loadCommonConfig, SUBGRAPH_NAMES, subgraphPort } from '../lib/config';
import type { EmbeddedServer } from '../lib/db/embedded-server';
import { logger } from '../lib/logger';
import { isSeeded, seedDemoData } from './demo/seed-all';
import { customerId, PERSONAS } from './demo/world';
import { prepareDatabases } from './stack/databases';
import { firstMessage, spawnService, stopChildren, waitUntilReady } from './stack/processes';

const READY_TIMEOUT_MS = 60_000;

/** The embedded server as a child process (see scripts/stack/embedded-server-process.ts). */
async function startEmbeddedServerProcess(): Promise<EmbeddedServer> {
  const child = spawnService('scripts/stack/embedded-server-process.ts', process.env);
  const { url } = await firstMessage<{ url: string }>(child, READY_TIMEOUT_MS);
  return { url, stop: () => stopChildren([child]) };
}

/**
 * `npm start`: the whole graph on this machine. Databases (embedded PostgreSQL unless a URL is
 * given), migrations, demo data on the first run, the four subgraphs as separate processes, then
 * the gateway. Ctrl-C or SIGTERM stops the gateway, then the subgraphs (each drains its requests),
 * then the database, and exits once all of them have.
 */
async function main() {
  const config = loadCommonConfig();
  const { PORT } = cleanEnv(process.env, { PORT: port({ default: 4000 }) });
  const startedAt = Date.now();
  const subgraphs: ChildProcess[] = [];
  let gateway: ChildProcess | null = null;
  let stopDatabases = async () => {};
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping the graph');
    if (gateway) await stopChildren([gateway]);
    await stopChildren(subgraphs);
    await stopDatabases();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  try {
    const databases = await prepareDatabases({
      dataDir: config.DATA_DIR,
      embeddedPort: config.EMBEDDED_PG_PORT,
      startEmbedded: startEmbeddedServerProcess,
    });
    stopDatabases = databases.stop;
    if (config.SEED && !(await isSeeded(databases.urls.customers))) {
      await seedDemoData(databases.urls, { customers: config.SEED_CUSTOMERS, progress: true });
    }
    const serviceEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const name of SUBGRAPH_NAMES) {
      serviceEnv[`${name.toUpperCase()}_DATABASE_URL`] = databases.urls[name];
      serviceEnv[`${name.toUpperCase()}_PORT`] = String(subgraphPort(name));
    }
    for (const name of SUBGRAPH_NAMES)
      subgraphs.push(spawnService(`subgraphs/${name}/src/index.ts`, serviceEnv));
    await Promise.all(
      SUBGRAPH_NAMES.map((name, i) =>
        waitUntilReady(`http://127.0.0.1:${subgraphPort(name)}/readyz`, READY_TIMEOUT_MS, subgraphs[i]),
      ),
    );
    gateway = spawnService('gateway/src/main.ts', { ...serviceEnv, PORT: String(PORT) });
    await waitUntilReady(`http://127.0.0.1:${PORT}/readyz`, READY_TIMEOUT_MS, gateway);
    for (const child of [...subgraphs, gateway]) {
      child.once('exit', (code) => {
        if (!stopping) {
          logger.error({ code }, 'a service exited; stopping the graph');
          void stop('a service exited', 1);
        }
      });
    }
    const persona = PERSONAS[0]!;
    console.log(`
Customer 360 graph is running (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)
  gateway    http://localhost:${PORT}/graphql   (GraphiQL in a browser)
  subgraphs  ${SUBGRAPH_NAMES.map((name) => `${name} :${subgraphPort(name)}`).join(', ')}
  database   ${databases.description}

Try it (${persona.displayName}: ${persona.story}):
  curl -s http://localhost:${PORT}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ customer(id: \\"${customerId(0)}\\") { displayName salesSummary { paidOrderCount } supportSummary { ticketCount } marketingSummary { lastCancelIntentAt } } }"}'

Ctrl-C stops everything.`);
  } catch (error) {
    logger.fatal({ err: error }, 'the graph failed to start');
    await stop('start failed', 1);
  }
}

void main();
