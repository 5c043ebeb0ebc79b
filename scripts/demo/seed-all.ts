import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { openDatabase } from '../../lib/db/data-source';
import { SUBGRAPHS } from '../subgraphs';
import { seedCustomers } from './customers';
import { seedMarketing } from './marketing';
import { seedSales } from './sales';
import { seedSupport } from './support';
import { buildWorld, type DemoCustomer } from './world';

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

/** Has this graph been seeded? (Any customer at all.) */
export async function isSeeded(customersUrl: string): Promise<boolean> {
  const dataSource = await openDatabase({
    url: customersUrl,
    entities: SUBGRAPHS.customers.entities,
    migrations: SUBGRAPHS.customers.migrations,
  });
  try {
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM customers');
    return n > 0;
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
      await Promise.all(SUBGRAPH_NAMES.map((name, i) => SEEDERS[name](dataSources[i]!, chunk, now)));
      bar?.update(start + chunk.length);
    }
  } finally {
    bar?.stop();
    await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
  }
}
