import { mapSubgraphs, SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import {
  type EmbeddedServer,
  runningEmbeddedServer,
  startEmbeddedServer,
} from '../../lib/db/embedded-server';
import { provisionSubgraphDatabases } from '../../lib/db/provision';

export interface Databases {
  urls: Record<SubgraphName, string>;
  /** Where they live, for the start banner. */
  description: string;
  stop(): Promise<void>;
}

export interface DatabaseOptions {
  env?: NodeJS.ProcessEnv;
  dataDir: string;
  embeddedPort: number;
  persistent?: boolean;
  /** Database and role name prefix: `c360` for the app, something else for tests. */
  prefix?: string;
  /** How to run the embedded server: in this process by default; `npm start` runs it as a child. */
  startEmbedded?: (options: {
    dataDir: string;
    port: number;
    persistent?: boolean;
  }) => Promise<EmbeddedServer>;
}

/**
 * Finds or makes one database per subgraph, each on its own terms: its own `<NAME>_DATABASE_URL` if
 * given, used as is; else a database and role on the `DATABASE_URL` server; else on the embedded
 * PostgreSQL server in `dataDir` (started here, or reused when `npm start` already runs it).
 */
export async function prepareDatabases(options: DatabaseOptions): Promise<Databases> {
  const env = options.env ?? process.env;
  const given = mapSubgraphs((name) => env[`${name.toUpperCase()}_DATABASE_URL`] || null);
  const missing = SUBGRAPH_NAMES.filter((name) => given[name] === null);
  const where: string[] = [];
  if (missing.length < SUBGRAPH_NAMES.length) where.push('per-subgraph database URLs');

  let provisioned: Partial<Record<SubgraphName, string>> = {};
  let stop = async () => {};
  if (missing.length > 0 && env.DATABASE_URL) {
    provisioned = await provisionSubgraphDatabases(env.DATABASE_URL, missing, options.prefix);
    where.push(`PostgreSQL at ${new URL(env.DATABASE_URL).host}`);
  } else if (missing.length > 0) {
    const running = await runningEmbeddedServer(options.embeddedPort);
    const embedded =
      running === null
        ? await (options.startEmbedded ?? startEmbeddedServer)({
            dataDir: options.dataDir,
            port: options.embeddedPort,
            persistent: options.persistent,
          })
        : null;
    try {
      provisioned = await provisionSubgraphDatabases(running ?? embedded!.url, missing, options.prefix);
    } catch (error) {
      await embedded?.stop();
      throw error;
    }
    // A server `npm start` already runs is left running; one started here is stopped with the rest.
    if (embedded) stop = () => embedded.stop();
    where.push(`embedded PostgreSQL on 127.0.0.1:${options.embeddedPort} (data in ${options.dataDir})`);
  }
  const urls = mapSubgraphs((name) => given[name] ?? provisioned[name]!);
  return { urls, description: where.join(' and '), stop };
}
