import type { DataSource } from 'typeorm';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { AppliedRequestEntity } from '../../lib/db/applied-request.entity';
import { AuditEventEntity } from '../../lib/db/audit-event.entity';
import { createDataSource } from '../../lib/db/data-source';
import { stableId } from '../../lib/ids';
import { seedCustomers } from '../../scripts/demo/customers';
import { seedMarketing } from '../../scripts/demo/marketing';
import { seedSales } from '../../scripts/demo/sales';
import { seedSupport } from '../../scripts/demo/support';
import { buildWorld, type DemoCustomer } from '../../scripts/demo/world';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { CustomerEntity } from '../../subgraphs/customers/src/entities/customer.entity';
import { CustomerKpiSnapshotEntity } from '../../subgraphs/customers/src/entities/customer-kpi-snapshot.entity';
import { CustomerMergeEventEntity } from '../../subgraphs/customers/src/entities/customer-merge-event.entity';
import { ErasureEntity } from '../../subgraphs/customers/src/entities/erasure.entity';
import { ErasureReceiptEntity } from '../../subgraphs/customers/src/entities/erasure-receipt.entity';
import { KpiDailyRollupEntity } from '../../subgraphs/customers/src/entities/kpi-daily-rollup.entity';
import { KpiSnapshotEntity } from '../../subgraphs/customers/src/entities/kpi-snapshot.entity';
import { SuppressedIdentifierEntity } from '../../subgraphs/customers/src/entities/suppressed-identifier.entity';
import { testDatabaseUrls } from '../helpers/test-env';
import {
  openThrowawaySchema,
  type SchemaSnapshot,
  schemaSnapshot,
  type ThrowawaySchema,
} from '../helpers/throwaway-schema';

type Seeder = (ds: DataSource, customers: DemoCustomer[], now: Date) => Promise<void>;

/**
 * The customers demo seed writes identities only; merges and KPI snapshots come from the API and the
 * snapshot job. Add one of each, so every table holds rows when the migrations go down.
 */
const seedMergesAndSnapshots: Seeder = async (dataSource, customers, now) => {
  const [survivor, merged] = customers;
  await dataSource.transaction(async (manager) => {
    await manager.update(CustomerEntity, merged.id, {
      mergedInto: survivor.id,
      canonicalId: survivor.id,
      mergedAt: now,
    });
    await manager.update(CustomerEntity, survivor.id, { aliasIds: [merged.id] });
    await manager.insert(CustomerMergeEventEntity, {
      id: stableId('migration-test-merge', merged.id),
      action: 'MERGE',
      survivorId: survivor.id,
      mergedId: merged.id,
      movedIds: [merged.id],
      conflicts: [{ field: 'phone', survivorValue: survivor.phone, mergedValue: merged.phone }],
      occurredAt: now,
    });
    const snapshotId = stableId('migration-test-snapshot', now.toISOString());
    await manager.insert(KpiSnapshotEntity, {
      id: snapshotId,
      asOf: now,
      status: 'COMPLETE',
      customerCount: 1,
      completedAt: now,
    });
    await manager.insert(CustomerKpiSnapshotEntity, {
      snapshotId,
      customerId: survivor.id,
      country: survivor.country,
      preferredChannel: 'EMAIL',
      stage: 'LOYAL',
      churnRisk: '0.125',
      clvCurrency: 'EUR',
      clvMinor: '123456',
      clvReportingMinor: '123456',
      silence: 80,
      actionability: '0.500',
      actionable: true,
      perceptionGap: '-0.50',
      medianResolutionHours: '4.25',
      firstContactResolutionRate: '0.750',
      nextBestAction: 'RECOGNITION',
      confidence: '0.900',
    });
    await manager.insert(KpiDailyRollupEntity, {
      day: now.toISOString().slice(0, 10),
      dimension: 'ALL',
      group: 'ALL',
      snapshotId,
      customers: 1,
      actionableShare: '1.0000',
      averageClvMinor: '123456',
      medianClvMinor: '123456',
      p90ClvMinor: '123456',
      averageChurnRisk: '0.1250',
      averageSilence: '80.00',
      averagePerceptionGap: '-0.50',
      medianResolutionHours: '4.25',
    });
    // An erasure of the last customer, so the erasure tables meet data too.
    const erased = customers[customers.length - 1]!.id;
    const erasureId = stableId('erasure', erased);
    await manager.insert(ErasureEntity, {
      id: erasureId,
      customerId: erased,
      customerIds: [erased],
      requestedBy: 'test:admin',
      requestedAt: now,
      completedAt: null,
    });
    await manager.insert(ErasureReceiptEntity, {
      erasureId,
      service: 'SALES',
      status: 'PENDING',
      rowsErased: 0,
      rowsDeidentified: 0,
      confirmedAt: null,
    });
    await manager.insert(SuppressedIdentifierEntity, {
      hash: 'a'.repeat(64),
      customerId: erased,
      erasureId,
      createdAt: now,
    });
  });
};

/**
 * Department writes without a record of their own keep their client key in `applied_requests`; the demo
 * seed writes records directly and makes none. Add one, so the table holds a row when the migrations go down.
 */
const seedAppliedRequest: Seeder = async (dataSource, customers, now) => {
  await dataSource.getRepository(AppliedRequestEntity).insert({
    operation: 'migrationTest',
    clientKey: `migration-test-${customers[0].id}`,
    requestHash: 'h',
    customerId: customers[0].id,
    result: { customer_id: customers[0].id },
    appliedAt: now,
  });
};

/** No seed writes audit events (requests do): add one where the audit log lives (customers, marketing). */
const seedAuditEvent: Seeder = async (dataSource, customers, now) => {
  await dataSource.getRepository(AuditEventEntity).insert({
    id: stableId('migration-test-audit', customers[0].id),
    occurredAt: now,
    actor: 'migration-test',
    actorKind: 'HUMAN',
    scopes: ['pii:read'],
    action: 'PII_READ',
    customerIds: [customers[0].id],
    fields: ['Customer.email'],
    detail: {},
    requestId: null,
  });
};

const SEEDERS: Record<SubgraphName, Seeder> = {
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

async function executedMigrations(dataSource: DataSource): Promise<number> {
  return (await dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n;
}

describe.each(SUBGRAPH_NAMES)('%s migrations and demo data', (name) => {
  // Each run works in a schema of its own inside the subgraph's test database, then drops it.
  const migrations = SUBGRAPHS[name].migrations;
  let throwaway: ThrowawaySchema;
  beforeAll(async () => {
    throwaway = await openThrowawaySchema(name, 'mt');
  });
  afterAll(() => throwaway?.drop());
  // TypeORM's migrations log appears with the first migration and stays: not part of the schema.
  const snapshot = () =>
    schemaSnapshot(throwaway.dataSource, throwaway.schema, { exceptTables: ['migrations'] });

  /**
   * Runs the migrations up one at a time (a data source that knows only the first k of them), and
   * returns the schema after each step: `[before any, after the first, …, after all]`.
   */
  async function migrateUpStepByStep(): Promise<SchemaSnapshot[]> {
    const steps = [await snapshot()];
    for (let k = 1; k <= migrations.length; k += 1) {
      const partial = createDataSource({
        url: testDatabaseUrls()[name],
        entities: SUBGRAPHS[name].entities,
        migrations: migrations.slice(0, k),
        searchPath: throwaway.schema,
        poolMax: 1,
      });
      await partial.initialize();
      try {
        expect(await partial.runMigrations({ transaction: 'each' })).toHaveLength(1);
      } finally {
        await partial.destroy();
      }
      steps.push(await snapshot());
    }
    return steps;
  }

  it('should migrate up, seed idempotently, migrate all the way down on a populated database, and up again to the same schema', async () => {
    const { dataSource, schema } = throwaway;
    const steps = await migrateUpStepByStep();
    const migrated = steps[steps.length - 1];
    const created = Object.keys(await rowCounts(dataSource, schema));
    expect(created.length).toBeGreaterThan(0);

    const now = new Date('2026-11-22T12:00:00Z');
    const world = buildWorld(40, now);
    await SEEDERS[name](dataSource, world, now);
    const once = await rowCounts(dataSource, schema);
    await SEEDERS[name](dataSource, world, now);
    expect(await rowCounts(dataSource, schema)).toEqual(once);
    if (name === 'customers') await seedMergesAndSnapshots(dataSource, world, now);
    else await seedAppliedRequest(dataSource, world, now);
    if (SUBGRAPHS[name].entities.includes(AuditEventEntity)) await seedAuditEvent(dataSource, world, now);
    // Every table holds rows, so each down migration meets data.
    const populated = await rowCounts(dataSource, schema);
    expect(Object.entries(populated).filter(([, n]) => n === 0)).toEqual([]);

    // Each down restores exactly the schema its up started from; undo until no migration is left.
    for (let k = migrations.length; (await executedMigrations(dataSource)) > 0; k -= 1) {
      expect(k).toBeGreaterThan(0);
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect({ afterUndoing: k, schema: await snapshot() }).toEqual({
        afterUndoing: k,
        schema: steps[k - 1],
      });
    }
    expect(await rowCounts(dataSource, schema)).toEqual({});

    await dataSource.runMigrations({ transaction: 'each' });
    expect(Object.keys(await rowCounts(dataSource, schema))).toEqual(created);
    expect(await snapshot()).toEqual(migrated);
  });
});
