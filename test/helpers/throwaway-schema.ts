import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SubgraphName } from '../../lib/config';
import { createDataSource } from '../../lib/db/data-source';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { sql } from './db';
import { testDatabaseUrls } from './test-env';

export interface ThrowawaySchema {
  schema: string;
  /** The subgraph's entities and migrations, working in `schema` (initialized, nothing migrated yet). */
  dataSource: DataSource;
  /** Closes the data source and drops the schema with everything in it. */
  drop(): Promise<void>;
}

/**
 * A schema of its own inside the subgraph's test database, so a test can migrate up and down freely
 * without touching the seeded `public` schema the other tests read.
 */
export async function openThrowawaySchema(name: SubgraphName, prefix: string): Promise<ThrowawaySchema> {
  const schema = `${prefix}_${name}_${randomBytes(3).toString('hex')}`;
  await sql(name, `CREATE SCHEMA ${schema}`);
  const dataSource = createDataSource({
    url: testDatabaseUrls()[name],
    entities: SUBGRAPHS[name].entities,
    migrations: SUBGRAPHS[name].migrations,
    searchPath: schema,
    poolMax: 2,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await sql(name, `DROP SCHEMA ${schema} CASCADE`);
    throw error;
  }
  return {
    schema,
    dataSource,
    async drop() {
      try {
        await dataSource.destroy();
      } finally {
        await sql(name, `DROP SCHEMA ${schema} CASCADE`);
      }
    },
  };
}

/** The shape of a schema, in PostgreSQL's own normalized words, to compare two schemas or two moments. */
export interface SchemaSnapshot {
  /** `table.column type [not null] [default …]`, sorted. */
  columns: string[];
  /** `table constraint-name definition`, sorted (primary keys, foreign keys, checks, uniques). */
  constraints: string[];
  /** `index-name definition` for the indexes no constraint owns, sorted. */
  indexes: string[];
}

export interface SnapshotOptions {
  /** Tables left out, e.g. TypeORM's `migrations` log when comparing with a schema built from entities. */
  exceptTables?: string[];
  /**
   * `by-table` names every primary key `<table>_pkey` (PostgreSQL's default), so a schema TypeORM built
   * (`PK_<hash>`) compares with one built by migrations. TypeORM's own diff ignores these names too.
   */
  primaryKeyNames?: 'as-is' | 'by-table';
}

/** Reads a schema's tables, columns, constraints and indexes through the catalog. */
export async function schemaSnapshot(
  dataSource: DataSource,
  schema: string,
  options: SnapshotOptions = {},
): Promise<SchemaSnapshot> {
  const except = options.exceptTables ?? [];
  const columns: Array<{ line: string }> = await dataSource.query(
    `SELECT format('%s.%s %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
              CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
              coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')) AS line
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = $1
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> ALL ($2)
      ORDER BY 1`,
    [schema, except],
  );
  // Not-null constraints (PostgreSQL 18 lists them here too) are part of the columns above.
  const constraints: Array<{ table: string; name: string; type: string; definition: string }> =
    await dataSource.query(
      `SELECT c.relname AS table, k.conname AS name, k.contype AS type, pg_get_constraintdef(k.oid) AS definition
         FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = $1
        WHERE k.contype <> 'n' AND c.relname <> ALL ($2)`,
      [schema, except],
    );
  const indexes: Array<{ name: string; definition: string }> = await dataSource.query(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace AND n.nspname = $1
      WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
        AND t.relname <> ALL ($2)`,
    [schema, except],
  );
  const byTable = options.primaryKeyNames === 'by-table';
  return {
    columns: columns.map((row) => row.line),
    constraints: constraints
      .map(
        (row) =>
          `${row.table} ${byTable && row.type === 'p' ? `${row.table}_pkey` : row.name} ${row.definition}`,
      )
      .sort(),
    indexes: indexes.map((row) => `${row.name} ${row.definition.replaceAll(`${schema}.`, '')}`).sort(),
  };
}
