import { bool, cleanEnv, makeValidator, port, str, url } from 'envalid';

export const positiveInteger = makeValidator<number>((input) => {
  const value = Number(input);
  if (!Number.isInteger(value) || value < 1) throw new Error('must be a whole number of at least 1');
  return value;
});

/** pino's levels, as LOG_LEVEL accepts them (lib/logger.ts reads it too, with a test default). */
export const logLevel = (spec: { default: string }) =>
  str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: spec.default });

/** The four subgraphs, in start order. */
export const SUBGRAPH_NAMES = ['customers', 'marketing', 'sales', 'support'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  customers: 4001,
  marketing: 4002,
  sales: 4003,
  support: 4004,
};

/** A value for every subgraph, typed by name. */
export function mapSubgraphs<T>(valueFor: (name: SubgraphName) => T): Record<SubgraphName, T> {
  return {
    customers: valueFor('customers'),
    marketing: valueFor('marketing'),
    sales: valueFor('sales'),
    support: valueFor('support'),
  };
}

export function isSubgraphName(value: string): value is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(value);
}

/** Settings every process reads. Validated once, with clear messages, at start. */
export function loadCommonConfig(env: NodeJS.ProcessEnv = process.env) {
  return cleanEnv(env, {
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
    LOG_LEVEL: logLevel({ default: 'info' }),
    HOST: str({ default: '0.0.0.0', desc: 'Interface every service binds to' }),
    DATA_DIR: str({ default: '.data', desc: 'Folder of the embedded PostgreSQL server' }),
    DATABASE_URL: url({
      default: undefined,
      desc: 'Shared PostgreSQL server; each subgraph uses its own database on it',
    }),
    EMBEDDED_PG_PORT: port({ default: 54329 }),
    DB_POOL_MAX: positiveInteger({ default: 10, desc: 'Connections per subgraph pool' }),
    DB_STATEMENT_TIMEOUT_MS: positiveInteger({
      default: 10_000,
      desc: 'statement_timeout of every connection: the server cancels a longer statement',
    }),
    DB_CONNECTION_TIMEOUT_MS: positiveInteger({
      default: 1_000,
      desc: 'How long a query waits for a pool connection (or a new one to open) before it fails with DATABASE_UNAVAILABLE',
    }),
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: positiveInteger({
      default: 30_000,
      desc: 'idle_in_transaction_session_timeout: the server ends a session left idle inside a transaction',
    }),
    MAX_CONCURRENT_REQUESTS: positiveInteger({
      default: 100,
      desc: 'Requests one service (the gateway, each subgraph) serves at once; more are answered 503 at once',
    }),
    SHUTDOWN_GRACE_MS: positiveInteger({
      default: 10_000,
      desc: 'How long a stopping service drains requests',
    }),
    ERASURE_POLL_INTERVAL_MS: positiveInteger({
      default: 1000,
      desc: 'How often each department asks for erasures it has yet to carry out',
    }),
    SEED_CUSTOMERS: positiveInteger({ default: 2000 }),
    SEED: bool({ default: true, desc: 'Seed demo data on the first start' }),
  });
}

export type CommonConfig = ReturnType<typeof loadCommonConfig>;

const envName = (name: SubgraphName, suffix: string) => `${name.toUpperCase()}_${suffix}`;

/** The port a subgraph listens on: `<NAME>_PORT`, or its default (4001–4004). */
export function subgraphPort(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[envName(name, 'PORT')];
  if (raw === undefined || raw === '') return DEFAULT_SUBGRAPH_PORTS[name];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${envName(name, 'PORT')} must be a port number, got "${raw}"`);
  }
  return value;
}

/** The URL other services reach a subgraph at: `<NAME>_URL`, or localhost on its port. */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return checkedUrl(envName(name, 'URL'), env) ?? `http://localhost:${subgraphPort(name, env)}/graphql`;
}

/** An optional URL variable, or a clear error naming it. */
function checkedUrl(variable: string, env: NodeJS.ProcessEnv): string | null {
  const value = env[variable];
  if (!value) return null;
  try {
    new URL(value);
  } catch {
    throw new Error(`${variable} must be a URL, got "${value}"`);
  }
  return value;
}

/** The database (and role) a subgraph owns on a shared server; tests use their own prefix. */
export function databaseName(name: SubgraphName, prefix = 'c360'): string {
  return `${prefix}_${name}`;
}

/**
 * A subgraph reads only its own URL (`SALES_DATABASE_URL`), falling back to the shared
 * `DATABASE_URL` with its own database name in place of the shared one.
 */
export function subgraphDatabaseUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  const own = checkedUrl(envName(name, 'DATABASE_URL'), env);
  if (own) return own;
  const shared = env.DATABASE_URL;
  if (!shared) {
    throw new Error(
      `${envName(name, 'DATABASE_URL')} or DATABASE_URL must be set (npm start sets them when it runs the embedded server)`,
    );
  }
  return withDatabase(shared, databaseName(name));
}

export function withDatabase(serverUrl: string, database: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
