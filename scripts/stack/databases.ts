import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
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
  embedded: EmbeddedServer | null;
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
 * Finds or makes one database per subgraph:
 * every `<NAME>_DATABASE_URL` given → used as is; else `DATABASE_URL` → a database and role per
 * subgraph on that server; else → the embedded PostgreSQL server in `dataDir`.
 */
export async function prepareDatabases(options: DatabaseOptions): Promise<Databases> {
  const env = options.env ?? process.env;
  const own = SUBGRAPH_NAMES.map((name) => env[`${name.toUpperCase()}_DATABASE_URL`]);
  if (own.every(Boolean)) {
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, own[i]!])) as Record<
      SubgraphName,
      string
    >;
    return { urls, description: 'per-subgraph database URLs', embedded: null, stop: async () => {} };
  }
  if (env.DATABASE_URL) {
    const urls = await provisionSubgraphDatabases(env.DATABASE_URL, SUBGRAPH_NAMES, options.prefix);
    const host = new URL(env.DATABASE_URL).host;
    return { urls, description: `PostgreSQL at ${host}`, embedded: null, stop: async () => {} };
  }
  const running = await runningEmbeddedServer(options.embeddedPort);
  if (running) {
    // `npm start` already runs it (e.g. `npm run seed` beside a running graph): use it, leave it running.
    const urls = await provisionSubgraphDatabases(running, SUBGRAPH_NAMES, options.prefix);
    return {
      urls,
      description: `embedded PostgreSQL on 127.0.0.1:${options.embeddedPort}`,
      embedded: null,
      stop: async () => {},
    };
  }
  const embedded = await (options.startEmbedded ?? startEmbeddedServer)({
    dataDir: options.dataDir,
    port: options.embeddedPort,
    persistent: options.persistent,
  });
  try {
    const urls = await provisionSubgraphDatabases(embedded.url, SUBGRAPH_NAMES, options.prefix);
    return {
      urls,
      description: `embedded PostgreSQL on 127.0.0.1:${options.embeddedPort} (data in ${options.dataDir})`,
      embedded,
      stop: () => embedded.stop(),
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
