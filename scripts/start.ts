import type { ChildProcess } from 'node:child_process';
import { cleanEnv, makeValidator, port } from 'envalid';
import { signDevelopmentToken } from '../lib/auth/development-token';
import { READ_SCOPES } from '../lib/auth/roles';
import { loadAuthSettings } from '../lib/auth/settings';
import { loadCommonConfig, SUBGRAPH_NAMES, subgraphPort } from '../lib/config';
import type { EmbeddedServer } from '../lib/db/embedded-server';
import { logger } from '../lib/logger';
import { isSeeded, seedDemoData } from './demo/seed-all';
import { customerId, PERSONAS } from './demo/world';
import { type SnapshotSchedule, scheduleKpiSnapshots } from './kpi/snapshot-schedule';
import { prepareDatabases } from './stack/databases';
import { firstMessage, killChildren, spawnService, stopChildren, waitForReady } from './stack/processes';

const READY_TIMEOUT_MS = 60_000;

/** Whole minutes up to a day; 0 turns the schedule off. */
const snapshotInterval = makeValidator<number>((value) => {
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)
    throw new Error('must be a whole number of minutes from 0 (off) to 1440');
  return minutes;
});

/**
 * `npm start`: the whole graph on this machine. Databases (embedded PostgreSQL unless URLs are given),
 * migrations, demo data until complete, the four subgraphs as separate processes, then the gateway.
 * Ctrl-C or SIGTERM stops the gateway, then the subgraphs, each draining its in-flight requests, then
 * the database, and exits once all of them have: 0 when every service stopped cleanly, 1 otherwise.
 * A second Ctrl-C kills them at once.
 */
async function main() {
  const config = loadCommonConfig();
  const { PORT, KPI_SNAPSHOT_INTERVAL_MINUTES } = cleanEnv(process.env, {
    PORT: port({ default: 4000 }),
    KPI_SNAPSHOT_INTERVAL_MINUTES: snapshotInterval({
      default: 60,
      desc: 'Minutes between KPI snapshots inside npm start (the first runs at start), 1–1440; 0 turns them off',
    }),
  });
  const startedAt = Date.now();
  const subgraphs: ChildProcess[] = [];
  let gateway: ChildProcess | null = null;
  let snapshots: SnapshotSchedule | null = null;
  let database: ChildProcess | null = null;
  let stopDatabases = async () => {};
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) {
      // A second signal: do not wait for anything.
      killChildren([...(gateway ? [gateway] : []), ...subgraphs, ...(database ? [database] : [])]);
      process.exit(1);
    }
    stopping = true;
    logger.info({ reason }, 'stopping the graph');
    await snapshots?.stop();
    const services = [...(gateway ? [gateway] : []), ...subgraphs];
    // A service exits by itself within its grace period + 5 s (lib/server/shutdown-signals.ts); only one
    // that does not is killed.
    const killAfterMs = config.SHUTDOWN_GRACE_MS + 10_000;
    if (gateway) await stopChildren([gateway], killAfterMs);
    await stopChildren(subgraphs, killAfterMs);
    await stopDatabases();
    // A signal while the embedded server was still starting: stopDatabases was not yet set.
    if (database) await stopChildren([database]);
    // A service that had to be killed, or failed its own stop, makes the whole stop a failure.
    const unclean = services.filter((child) => child.exitCode !== 0);
    if (unclean.length > 0)
      logger.error(
        {
          services: unclean.map((child) => ({
            pid: child.pid,
            code: child.exitCode,
            signal: child.signalCode,
          })),
        },
        'a service did not stop cleanly',
      );
    process.exit(unclean.length > 0 ? Math.max(code, 1) : code);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  const watch = (child: ChildProcess, what: string) =>
    child.once('exit', (code) => {
      if (stopping) return;
      logger.error({ service: what, code }, 'a service exited; stopping the graph');
      void stop(`${what} exited`, 1);
    });

  /** The embedded server as a child process (see scripts/stack/embedded-server-process.ts). */
  const startEmbeddedServerProcess = async (): Promise<EmbeddedServer> => {
    database = spawnService('scripts/stack/embedded-server-process.ts', process.env);
    const { url } = await firstMessage<{ url: string }>(database, READY_TIMEOUT_MS);
    const child = database;
    return { url, stop: () => stopChildren([child]) };
  };

  try {
    const databases = await prepareDatabases({
      dataDir: config.DATA_DIR,
      embeddedPort: config.EMBEDDED_PG_PORT,
      startEmbedded: startEmbeddedServerProcess,
    });
    stopDatabases = databases.stop;
    if (config.SEED && !(await isSeeded(databases.urls.customers, config.SEED_CUSTOMERS))) {
      await seedDemoData(databases.urls, { customers: config.SEED_CUSTOMERS, progress: true });
    }
    const serviceEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const name of SUBGRAPH_NAMES) {
      serviceEnv[`${name.toUpperCase()}_DATABASE_URL`] = databases.urls[name];
      serviceEnv[`${name.toUpperCase()}_PORT`] = String(subgraphPort(name));
    }
    // A signal during a step that awaits ends the start: nothing more is spawned once the stop has begun.
    if (stopping) return;
    for (const name of SUBGRAPH_NAMES) {
      const child = spawnService(`subgraphs/${name}/src/index.ts`, serviceEnv);
      subgraphs.push(child);
      watch(child, name);
    }
    await Promise.all(subgraphs.map((child, i) => waitForReady(child, SUBGRAPH_NAMES[i]!, READY_TIMEOUT_MS)));
    if (stopping) return;
    // Every read scope, for the explorer and curl; `npm run token -- --role <role>` makes others. The gateway's
    // explorer opens with this very token in its headers.
    const devToken = await signDevelopmentToken(loadAuthSettings());
    gateway = spawnService('gateway/src/main.ts', {
      ...serviceEnv,
      PORT: String(PORT),
      EXPLORER_TOKEN: devToken,
    });
    watch(gateway, 'gateway');
    await waitForReady(gateway, 'gateway', READY_TIMEOUT_MS);
    if (stopping) return;
    if (KPI_SNAPSHOT_INTERVAL_MINUTES > 0)
      snapshots = await scheduleKpiSnapshots({
        gatewayUrl: `http://localhost:${PORT}/graphql`,
        customersDatabaseUrl: databases.urls.customers,
        intervalMinutes: KPI_SNAPSHOT_INTERVAL_MINUTES,
      });

    const persona = PERSONAS[0]!;
    console.log(`
Customer 360 graph is running (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)
  gateway    http://localhost:${PORT}/graphql   (in a browser: the explorer, example operations and token loaded)
  sandbox    http://localhost:${PORT}/sandbox   (Apollo Sandbox, needs the internet)
  subgraphs  ${SUBGRAPH_NAMES.map((name) => `${name} :${subgraphPort(name)}`).join(', ')}
  database   ${databases.description}

Development token (${READ_SCOPES.join(' ')}; 12 h), for the Authorization header as \`Bearer <token>\`:
  ${devToken}

Try it (${persona.displayName}: ${persona.story}):
  curl -s http://localhost:${PORT}/graphql -H 'content-type: application/json' -H "authorization: Bearer ${devToken}" \\
    -d '{"query":"{ customer(id: \\"${customerId(0)}\\") { displayName kpis { lifecycleStage { value explanation } nextBestAction { action channel reason } } } }"}'

Ctrl-C stops everything.`);
  } catch (error) {
    if (stopping) return;
    logger.fatal({ err: error }, 'the graph failed to start');
    await stop('start failed', 1);
  }
}

void main();
