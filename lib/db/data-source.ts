import 'reflect-metadata';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { CountingLogger } from './statement-counter';

export interface DataSourceOptions {
  url: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity and migration classes as Function
  entities: MixedList<Function | string | EntitySchema>;
  // biome-ignore lint/complexity/noBannedTypes: see above
  migrations: MixedList<Function | string>;
  poolMax?: number;
  statementTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** A schema to work in instead of `public` (the migration tests use a throwaway one). */
  searchPath?: string;
}

/**
 * The one way a service opens its database: explicit migrations (never `synchronize`), a bounded
 * pool that fails fast, and a logger that counts statements.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  const database = new URL(options.url).pathname.slice(1);
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
    extra: {
      max: options.poolMax ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 3_000,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      idle_in_transaction_session_timeout: 30_000,
      application_name: `c360-${database}`,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    },
  });
}

/** Opens the data source and brings its schema up to date. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
