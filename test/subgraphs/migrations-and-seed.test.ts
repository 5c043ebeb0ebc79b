import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { createDataSource } from '../../lib/db/data-source';
import { seedCustomers } from '../../scripts/demo/customers';
import { seedMarketing } from '../../scripts/demo/marketing';
import { seedSales } from '../../scripts/demo/sales';
import { seedSupport } from '../../scripts/demo/support';
import { buildWorld, type DemoCustomer } from '../../scripts/demo/world';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { sql } from '../helpers/db';
import { testDatabaseUrls } from '../helpers/test-env';

const SEEDERS: Record<SubgraphName, (ds: DataSource, customers: DemoCustomer[], now: Date) => Promise<void>> =
  {
    customers: seedCustomers,
    marketing: seedMarketing,
    sales: seedSales,
    support: seedSupport,
  };

/** Row count of every table in the data source's schema (except the migrations log). */
async function rowCounts(dataSource: DataSource, schema: string): Promise<Record<string, number>> {
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations' ORDER BY 1`,
    [schema],
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    counts[table_name] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n;
  }
  return counts;
}

describe.each(SUBGRAPH_NAMES)('%s migrations and demo data', (name) => {
  // Each run works in a schema of its own inside the subgraph's test database, then drops it.
  const schema = `mt_${name}_${randomBytes(3).toString('hex')}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await sql(name, `CREATE SCHEMA ${schema}`);
    dataSource = createDataSource({
      url: testDatabaseUrls()[name],
      entities: SUBGRAPHS[name].entities,
      migrations: SUBGRAPHS[name].migrations,
      searchPath: schema,
      poolMax: 2,
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await sql(name, `DROP SCHEMA ${schema} CASCADE`);
  });

  it('should migrate up, seed idempotently, migrate all the way down on a populated database, and up again', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    const created = Object.keys(await rowCounts(dataSource, schema));
    expect(created.length).toBeGreaterThan(0);

    const now = new Date('2026-11-22T12:00:00Z');
    const world = buildWorld(40, now);
    await SEEDERS[name](dataSource, world, now);
    const once = await rowCounts(dataSource, schema);
    expect(Object.values(once).some((n) => n > 0)).toBe(true);
    await SEEDERS[name](dataSource, world, now);
    expect(await rowCounts(dataSource, schema)).toEqual(once);

    for (const _ of SUBGRAPHS[name].migrations) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await rowCounts(dataSource, schema)).toEqual({});

    await dataSource.runMigrations({ transaction: 'each' });
    expect(Object.keys(await rowCounts(dataSource, schema))).toEqual(created);
  });
});
