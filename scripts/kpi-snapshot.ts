import { cleanEnv, url } from 'envalid';
import { loadCommonConfig } from '../lib/config';
import { openSnapshotDatabase, runKpiSnapshot } from './kpi/snapshot-job';
import { prepareDatabases } from './stack/databases';

// `npm run kpi:snapshot`: one KPI snapshot of every customer, read through the running gateway.
async function main() {
  const config = loadCommonConfig();
  const { GATEWAY_URL } = cleanEnv(process.env, {
    GATEWAY_URL: url({
      default: 'http://localhost:4000/graphql',
      desc: 'The gateway the snapshot reads through',
    }),
  });
  const databases = await prepareDatabases({
    dataDir: config.DATA_DIR,
    embeddedPort: config.EMBEDDED_PG_PORT,
  });
  const dataSource = await openSnapshotDatabase(databases.urls.customers);
  try {
    const outcome = await runKpiSnapshot({ gatewayUrl: GATEWAY_URL, dataSource, progress: true });
    console.log(
      `KPI snapshot ${outcome.snapshotId}: ${outcome.customers} customers as of ${outcome.asOf.toISOString()}.`,
    );
  } finally {
    await dataSource.destroy();
    await databases.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
