import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../lib/db/data-source';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { sql } from '../helpers/db';
import { testDatabaseUrls } from '../helpers/test-env';

/** Every sales migration before the one that makes clientOrderId unique across orders. */
const BEFORE = SUBGRAPHS.sales.migrations.filter(
  (migration) => Number(migration.name.slice(-13)) < 1795380001000,
);

describe('sales migration ClientOrderIdAcrossOrders on a populated database', () => {
  const schema = `mt_orders_${randomBytes(3).toString('hex')}`;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes migration classes as Function
  const open = (migrations: Function[]) =>
    createDataSource({
      url: testDatabaseUrls().sales,
      entities: SUBGRAPHS.sales.entities,
      migrations,
      searchPath: schema,
      poolMax: 1,
    });
  let dataSource: DataSource;
  beforeAll(async () => {
    await sql('sales', `CREATE SCHEMA ${schema}`);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await sql('sales', `DROP SCHEMA ${schema} CASCADE`);
  });

  it('should keep the earliest order under a shared clientOrderId, suffix the others, and restore them on down', async () => {
    const older = open(BEFORE);
    await older.initialize();
    await older.runMigrations({ transaction: 'each' });
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const order = (id: string, customerId: string, clientOrderId: string, orderedAt: string) =>
      older.query(
        `INSERT INTO orders (id, customer_id, client_order_id, request_hash, status, channel, currency, total_minor,
                             ordered_at, updated_at)
         VALUES ($1, $2, $3, 'h', 'PAID', 'WEB', 'EUR', 100, $4, $4)`,
        [id, customerId, clientOrderId, orderedAt],
      );
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await order(ids[0]!, a, '1', '2025-01-02T00:00:00Z');
    await order(ids[1]!, b, '1', '2025-01-01T00:00:00Z');
    await order(ids[2]!, c, '1', '2025-01-03T00:00:00Z');
    await order(ids[3]!, c, '2', '2025-01-04T00:00:00Z');
    await older.destroy();
    const stored = () =>
      dataSource.query('SELECT id, client_order_id AS key FROM orders ORDER BY ordered_at') as Promise<
        Array<{ id: string; key: string }>
      >;

    dataSource = open(SUBGRAPHS.sales.migrations);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });

    expect(await stored()).toEqual([
      { id: ids[1], key: '1' },
      { id: ids[0], key: `1#customer:${a}` },
      { id: ids[2], key: `1#customer:${c}` },
      { id: ids[3], key: '2' },
    ]);
    await expect(
      dataSource.query(
        `INSERT INTO orders (id, customer_id, client_order_id, request_hash, status, channel, currency, total_minor,
                             ordered_at, updated_at)
         VALUES ($1, $2, '2', 'h', 'PAID', 'WEB', 'EUR', 100, now(), now())`,
        [randomUUID(), a],
      ),
    ).rejects.toMatchObject({ code: '23505' });

    // Undo ClientOrderIdAcrossOrders (and any migration after it).
    const after = SUBGRAPHS.sales.migrations.length - BEFORE.length;
    for (let i = 0; i < after; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await stored()).toEqual([
      { id: ids[1], key: '1' },
      { id: ids[0], key: '1' },
      { id: ids[2], key: '1' },
      { id: ids[3], key: '2' },
    ]);
  });
});
