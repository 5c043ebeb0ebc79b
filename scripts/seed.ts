import { parseArgs } from 'node:util';
import { loadCommonConfig } from '../lib/config';
import { seedDemoData } from './demo/seed-all';
import { prepareDatabases } from './stack/databases';

// `npm run seed -- --customers N`: writes (or completes) the deterministic demo data set.
async function main() {
  const config = loadCommonConfig();
  const { values } = parseArgs({
    options: { customers: { type: 'string', default: String(config.SEED_CUSTOMERS) } },
  });
  const customers = Number(values.customers);
  if (!Number.isInteger(customers) || customers < 5) {
    console.error('--customers must be a whole number of at least 5 (the personas)');
    process.exit(2);
  }
  const databases = await prepareDatabases({
    dataDir: config.DATA_DIR,
    embeddedPort: config.EMBEDDED_PG_PORT,
  });
  try {
    await seedDemoData(databases.urls, { customers, progress: true });
    console.log(`Seeded ${customers} demo customers into ${databases.description}.`);
  } finally {
    await databases.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
