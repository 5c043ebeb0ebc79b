import type { ChildProcess } from 'node:child_process';
import { cleanEnv, port } from 'envalid';
import { loadCommonConfig, SUBGRAPH_NAMES, subgraphPort } from '../lib/config';
import { logger } from '../lib/logger';
import { isSeeded, seedDemoData } from './demo/seed-all';
import { customerId, PERSONAS } from './demo/world';
import { prepareDatabases } from './stack/databases';
import { spawnService, stopChildren, waitUntilReady } from './stack/processes';

/**
 * `npm start`: the whole graph on this machine. Databases (embedded PostgreSQL unless a URL is
 * given), migrations, demo data on the first run, the four subgraphs as separate processes, then
 * the gateway. Ctrl-C or SIGTERM stops the children, then the database.
 */
async function main() {
  const config = loadCommonConfig();
  const { PORT } = cleanEnv(process.env, { PORT: port({ default: 4000 }) });
  const startedAt = Date.now();
  const databases = await prepareDatabases({
    dataDir: config.DATA_DIR,
    embeddedPort: config.EMBEDDED_PG_PORT,
  });
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the graph');
    await stopChildren(children, signal === 'SIGINT' ? 'SIGTERM' : signal);
    await databases.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  try {
    if (config.SEED && !(await isSeeded(databases.urls.customers))) {
      await seedDemoData(databases.urls, { customers: config.SEED_CUSTOMERS, progress: true });
    }
    const serviceEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const name of SUBGRAPH_NAMES) {
      serviceEnv[`${name.toUpperCase()}_DATABASE_URL`] = databases.urls[name];
      serviceEnv[`${name.toUpperCase()}_PORT`] = String(subgraphPort(name));
    }
    for (const name of SUBGRAPH_NAMES) {
      children.push(spawnService(`subgraphs/${name}/src/index.ts`, serviceEnv));
    }
    await Promise.all(
      SUBGRAPH_NAMES.map((name, i) =>
        waitUntilReady(`http://127.0.0.1:${subgraphPort(name)}/readyz`, 60_000, children[i]),
      ),
    );
    const gateway = spawnService('gateway/src/main.ts', { ...serviceEnv, PORT: String(PORT) });
    children.push(gateway);
    await waitUntilReady(`http://127.0.0.1:${PORT}/readyz`, 60_000, gateway);
    for (const child of children) {
      child.once('exit', (code) => {
        if (!stopping) {
          logger.error({ code }, 'a service exited; stopping the graph');
          void stop('SIGTERM', 1);
        }
      });
    }
    const persona = PERSONAS[0]!;
    console.log(`
Customer 360 graph is running (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)
  gateway    http://localhost:${PORT}/graphql   (GraphiQL in a browser)
  subgraphs  ${SUBGRAPH_NAMES.map((name) => `${name} :${subgraphPort(name)}`).join(', ')}
  database   ${databases.description}

Try it:
  curl -s http://localhost:${PORT}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ customer(id: \\"${customerId(0)}\\") { displayName salesSummary { orderCount } supportSummary { ticketCount } marketingSummary { lastCancelIntentAt } } }"}'
  (${persona.displayName}: ${persona.story})

Ctrl-C stops everything.`);
  } catch (error) {
    logger.fatal({ err: error }, 'the graph failed to start');
    await stop('SIGTERM', 1);
  }
}

void main();
