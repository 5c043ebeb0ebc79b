import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { openDatabase } from '../../lib/db/data-source';
import { SUBGRAPHS } from '../subgraphs';
import { seedCustomers } from './customers';
import { seedMarketing } from './marketing';
import { seedSales } from './sales';
import { seedSupport } from './support';
import { buildWorld, customerId, type DemoCustomer } from './world';

const CHUNK = 200;

type Seeder = (dataSource: DataSource, customers: DemoCustomer[], now: Date) => Promise<void>;
const SEEDERS: Record<SubgraphName, Seeder> = {
  customers: seedCustomers,
  marketing: seedMarketing,
  sales: seedSales,
  support: seedSupport,
};

export interface SeedOptions {
  customers: number;
  now?: Date;
  progress?: boolean;
}

/**
 * Has the demo world of `customers` customers been written completely? Each chunk writes the departments
 * first and the customers core last, so the world's last customer exists only once everything before
 * it does; an interrupted seed is completed by the next start.
 */
export async function isSeeded(customersUrl: string, customers: number): Promise<boolean> {
  const dataSource = await openDatabase({
    url: customersUrl,
    entities: SUBGRAPHS.customers.entities,
    migrations: SUBGRAPHS.customers.migrations,
  });
  try {
    const rows = await dataSource.query('SELECT 1 FROM customers WHERE id = $1', [customerId(customers - 1)]);
    return rows.length > 0;
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Writes the deterministic demo world into each subgraph's own database (migrating it first).
 * Idempotent: stable ids and ON CONFLICT DO NOTHING, so a second run adds nothing.
 */
export async function seedDemoData(urls: Record<SubgraphName, string>, options: SeedOptions): Promise<void> {
  const now = options.now ?? new Date();
  const world = buildWorld(options.customers, now);
  const dataSources = await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      openDatabase({
        url: urls[name],
        entities: SUBGRAPHS[name].entities,
        migrations: SUBGRAPHS[name].migrations,
      }),
    ),
  );
  const bar = options.progress
    ? new SingleBar({
        format: 'Seeding demo data [{bar}] {value}/{total} customers | {eta_formatted} left',
        hideCursor: true,
      })
    : null;
  bar?.start(world.length, 0);
  try {
    for (let start = 0; start < world.length; start += CHUNK) {
      const chunk = world.slice(start, start + CHUNK);
      const departments = SUBGRAPH_NAMES.filter((name) => name !== 'customers');
      await Promise.all(
        departments.map((name) => SEEDERS[name](dataSources[SUBGRAPH_NAMES.indexOf(name)]!, chunk, now)),
      );
      // The customers core last: see isSeeded.
      await SEEDERS.customers(dataSources[SUBGRAPH_NAMES.indexOf('customers')]!, chunk, now);
      bar?.update(start + chunk.length);
    }
  } finally {
    bar?.stop();
    await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
  }
}
