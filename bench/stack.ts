import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config';
import type { EmbeddedServer } from '../lib/db/embedded-server';
import { isSeeded, seedDemoData } from '../scripts/demo/seed-all';
import { prepareDatabases } from '../scripts/stack/databases';
import { firstMessage, spawnService, stopChildren, waitForReady } from '../scripts/stack/processes';
import { freePort } from '../test/helpers/free-port';

const READY_TIMEOUT_MS = 120_000;

/** A service the bench started: its own process, so its RSS is its own. */
export interface BenchProcess {
  name: string;
  child: ChildProcess;
  port: number;
  url: string;
}

export interface BenchStack {
  env: NodeJS.ProcessEnv;
  databaseUrls: Record<SubgraphName, string>;
  subgraphs: Record<SubgraphName, BenchProcess>;
  /** Starts a service entry point (a gateway) on a free port with extra env; resolves once it is ready. */
  spawn(name: string, entry: string, extraEnv?: NodeJS.ProcessEnv): Promise<BenchProcess>;
  /** Stops one process started by `spawn`. */
  stopProcess(process: BenchProcess): Promise<void>;
  /** Stops everything: gateways, then subgraphs, then the database. */
  stop(): Promise<void>;
  /** Kills everything at once (a second Ctrl-C). */
  kill(): void;
}

export interface BenchStackOptions {
  dataDir: string;
  customers: number;
  /** Called when a step starts, for the console. */
  step(message: string): void;
  /** Processes (subgraph or target names) to run with V8's CPU profiler; profiles land in `profileDir`. */
  profile?: readonly string[];
  profileDir?: string;
}

/**
 * The graph as `npm start` runs it, on its own data folder and free ports: the embedded PostgreSQL
 * server and each subgraph as a process of its own, the demo world seeded (or completed) to
 * `customers` customers with a progress bar. Gateways are started later with `spawn`.
 */
export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    KPI_SNAPSHOT_INTERVAL_MINUTES: '0',
  };
  // A profiled process writes its .cpuprofile when it exits (the stack stops every process gracefully).
  const profiled = (name: string): string[] =>
    options.profile?.includes(name)
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.profileDir ?? options.dataDir, name)}`]
      : [];
  const children: ChildProcess[] = [];
  let database: ChildProcess | null = null;
  const gateways = new Set<ChildProcess>();
  const stop = async () => {
    await stopChildren([...gateways], 15_000);
    await stopChildren(children, 15_000);
    if (database) await stopChildren([database]);
  };
  const kill = () => {
    for (const child of [...gateways, ...children, ...(database ? [database] : [])])
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
  };

  try {
    options.step(`Starting PostgreSQL (data in ${options.dataDir})`);
    const startEmbedded = async (): Promise<EmbeddedServer> => {
      database = spawnService('scripts/stack/embedded-server-process.ts', env);
      const { url } = await firstMessage<{ url: string }>(database, READY_TIMEOUT_MS);
      const child = database;
      return { url, stop: () => stopChildren([child]) };
    };
    const databases = await prepareDatabases({
      env: {},
      dataDir: options.dataDir,
      embeddedPort: Number(env.EMBEDDED_PG_PORT),
      startEmbedded,
    });
    if (!(await isSeeded(databases.urls.customers, options.customers))) {
      options.step(`Seeding ${options.customers.toLocaleString('en')} demo customers (once)`);
      await seedDemoData(databases.urls, { customers: options.customers, progress: true });
    }

    options.step('Starting the four subgraphs');
    const ports = Object.fromEntries(
      await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()] as const)),
    ) as Record<SubgraphName, number>;
    for (const name of SUBGRAPH_NAMES) {
      env[`${name.toUpperCase()}_DATABASE_URL`] = databases.urls[name];
      env[`${name.toUpperCase()}_PORT`] = String(ports[name]);
      env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
    }
    const subgraphs = {} as Record<SubgraphName, BenchProcess>;
    for (const name of SUBGRAPH_NAMES) {
      const child = spawnService(`subgraphs/${name}/src/index.ts`, env, 'inherit', profiled(name));
      children.push(child);
      subgraphs[name] = { name, child, port: ports[name], url: env[`${name.toUpperCase()}_URL`]! };
    }
    await Promise.all(
      SUBGRAPH_NAMES.map((name) => waitForReady(subgraphs[name].child, name, READY_TIMEOUT_MS)),
    );

    return {
      env,
      databaseUrls: databases.urls,
      subgraphs,
      async spawn(name, entry, extraEnv = {}) {
        const port = await freePort();
        const child = spawnService(
          entry,
          { ...env, ...extraEnv, PORT: String(port) },
          'inherit',
          profiled(name),
        );
        gateways.add(child);
        await waitForReady(child, name, READY_TIMEOUT_MS);
        return { name, child, port, url: `http://127.0.0.1:${port}/graphql` };
      },
      async stopProcess(bench) {
        await stopChildren([bench.child], 15_000);
        gateways.delete(bench.child);
      },
      stop,
      kill,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
