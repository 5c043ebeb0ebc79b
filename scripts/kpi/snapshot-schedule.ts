import { logger } from '../../lib/logger';
import { openSnapshotDatabase, runKpiSnapshot } from './snapshot-job';

export interface SnapshotSchedule {
  stop(): Promise<void>;
}

/**
 * Runs the KPI snapshot job now and then every `intervalMinutes`, inside `npm start`. A tick while a run is
 * still going is skipped (runs never pile up); a failed run is logged and the next one tries again.
 */
export async function scheduleKpiSnapshots(options: {
  gatewayUrl: string;
  customersDatabaseUrl: string;
  intervalMinutes: number;
}): Promise<SnapshotSchedule> {
  const dataSource = await openSnapshotDatabase(options.customersDatabaseUrl);
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) {
      logger.warn('KPI snapshot still running at the next tick; this tick is skipped');
      return;
    }
    running = (async () => {
      try {
        const outcome = await runKpiSnapshot({ gatewayUrl: options.gatewayUrl, dataSource });
        logger.info(
          { snapshotId: outcome.snapshotId, customers: outcome.customers },
          'KPI snapshot complete',
        );
      } catch (error) {
        logger.warn({ err: error }, 'KPI snapshot failed; the next run retries');
      } finally {
        running = null;
      }
    })();
  };
  run();
  const timer = setInterval(run, options.intervalMinutes * 60_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await dataSource.destroy();
    },
  };
}
