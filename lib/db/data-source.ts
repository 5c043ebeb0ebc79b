import 'reflect-metadata';
import type { Pool } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CountingLogger } from './statement-counter';

/** The pool's defaults, the same as `lib/config.ts` documents for the `DB_*` variables. */
export const POOL_DEFAULTS = {
  poolMax: 10,
  /** How long a query waits for a pool connection (or a new connection to open) before it fails. */
  connectionTimeoutMs: 1_000,
  statementTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 30_000,
} as const;

/**
 * How much longer than `statement_timeout` the driver waits for an answer before it gives up on its
 * own: the server cancels a slow statement itself; this only bounds a database that no longer answers
 * at all (a dropped network), where no cancel would ever arrive.
 */
const QUERY_TIMEOUT_MARGIN_MS = 2_000;

export interface DataSourceOptions {
  url: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity and migration classes as Function
  entities: MixedList<Function | string | EntitySchema>;
  // biome-ignore lint/complexity/noBannedTypes: see above
  migrations: MixedList<Function | string>;
  poolMax?: number;
  statementTimeoutMs?: number;
  connectionTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  /** A schema to work in instead of `public` (the migration tests use a throwaway one). */
  searchPath?: string;
}

/**
 * The one way a service opens its database: explicit migrations (never `synchronize`), a bounded
 * pool that fails fast, and a logger that counts statements.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  const database = databaseName(options.url);
  const statementTimeoutMs = options.statementTimeoutMs ?? POOL_DEFAULTS.statementTimeoutMs;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logger: new CountingLogger(database),
    maxQueryExecutionTime: 1_000,
    // pg-pool's options: a full pool or an unreachable server fails a query after `connectionTimeoutMillis`
    // instead of queuing it until the client gives up; a broken connection leaves the pool and the next
    // query opens a new one, so the service resumes by itself when the database is back.
    extra: {
      max: options.poolMax ?? POOL_DEFAULTS.poolMax,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? POOL_DEFAULTS.connectionTimeoutMs,
      statement_timeout: statementTimeoutMs,
      query_timeout: statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS,
      idle_in_transaction_session_timeout:
        options.idleInTransactionTimeoutMs ?? POOL_DEFAULTS.idleInTransactionTimeoutMs,
      // Finds a peer that vanished without closing (a dropped network) on connections that sit idle.
      keepAlive: true,
      application_name: `c360-${database}`,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    },
  });
}

/** The database a URL names: what statements are counted under and connections are named after. */
export function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}

/** The pg pool behind a data source of `createDataSource` (what its `extra` settings configured). */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master;
}

/** Opens the data source and brings its schema up to date. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** What kind of database failure an error is, if it is one a client should retry rather than fix. */
export type DatabaseFailure = 'unavailable' | 'timeout';

/** SQLSTATEs that say the server cannot serve us now: class 08 (connection exception) and these. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
]);
/** Socket errors on the way to the server. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** pg and pg-pool report these without a code. */
const UNAVAILABLE_MESSAGES = [
  /^timeout exceeded when trying to connect$/, // pg-pool: no connection free within connectionTimeoutMillis
  /^Connection terminated/, // the server or the network closed the connection
  /^Query read timeout$/, // query_timeout: no answer at all
  /^timeout expired$/, // pg: the connection did not open within connectionTimeoutMillis
  /is not queryable$/, // a client whose connection already failed
];

/**
 * Classifies an error from a query (TypeORM's QueryFailedError through its `driverError`, or pg's and
 * pg-pool's own): `unavailable` when the pool is exhausted or the server is unreachable, `timeout` when a
 * statement ran past `statement_timeout`, null for anything else (a bad statement, a constraint).
 */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  let current: unknown = error;
  // Duck-typed, not `instanceof Error`: socket errors come from Node's core, another realm under jest.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, driverError } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
    };
    if (typeof code === 'string') {
      if (code === '57014') return 'timeout'; // query_canceled: statement_timeout
      if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code))
        return 'unavailable';
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
      return 'unavailable';
    // Not `cause`: that is where fetch puts its socket errors, and a call to another service that failed
    // is not the database's doing.
    current = driverError;
  }
  return null;
}
