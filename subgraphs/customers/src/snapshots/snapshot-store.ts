import type { DataSource } from 'typeorm';
import { newId } from '../../../../lib/ids';

/** One customer's KPI values as the snapshot job records them. */
export interface SnapshotRow {
  customerId: string;
  country: string | null;
  preferredChannel: string | null;
  stage: string;
  churnRisk: number;
  clvCurrency: string | null;
  clvMinor: number | null;
  clvReportingMinor: number | null;
  silence: number;
  actionability: number;
  actionable: boolean;
  perceptionGap: number | null;
  medianResolutionHours: number | null;
  firstContactResolutionRate: number | null;
  nextBestAction: string;
  confidence: number;
}

export async function beginSnapshot(dataSource: DataSource, asOf: Date): Promise<string> {
  const id = newId();
  await dataSource.query(`INSERT INTO kpi_snapshots (id, as_of, status) VALUES ($1, $2, 'RUNNING')`, [
    id,
    asOf,
  ]);
  return id;
}

/** One statement per page of customers; a retried page writes nothing twice. */
export async function recordSnapshotRows(dataSource: DataSource, snapshotId: string, rows: SnapshotRow[]) {
  if (rows.length === 0) return;
  await dataSource.query(
    `INSERT INTO customer_kpi_snapshots
       (snapshot_id, customer_id, country, preferred_channel, stage, churn_risk, clv_currency, clv_minor,
        clv_reporting_minor, silence, actionability, actionable, perception_gap, median_resolution_hours,
        first_contact_resolution_rate, next_best_action, confidence)
     SELECT $1, x.* FROM json_to_recordset($2::json) AS x(
       "customerId" uuid, country text, "preferredChannel" text, stage text, "churnRisk" numeric,
       "clvCurrency" text, "clvMinor" bigint, "clvReportingMinor" bigint, silence smallint,
       actionability numeric, actionable boolean, "perceptionGap" numeric, "medianResolutionHours" numeric,
       "firstContactResolutionRate" numeric, "nextBestAction" text, confidence numeric)
     ON CONFLICT (snapshot_id, customer_id) DO NOTHING`,
    [snapshotId, JSON.stringify(rows)],
  );
}

/**
 * The day's rollups per dimension and group, from one snapshot's rows. CLV figures cover customers with
 * a CLV (buyers); perception gap and resolution time those with rated or resolved tickets (SQL
 * aggregates skip nulls).
 */
const ROLLUP_SQL = `
  INSERT INTO kpi_daily_rollups
    (day, dimension, grp, snapshot_id, customers, actionable_share, average_clv_minor, median_clv_minor,
     p90_clv_minor, average_churn_risk, average_silence, average_perception_gap, median_resolution_hours)
  -- numeric, not float, before rounding: ties then go away from zero on every platform.
  SELECT (k.as_of AT TIME ZONE 'UTC')::date, d.dimension, d.grp, k.id, count(*)::int,
         round(avg(s.actionable::int), 4),
         round(avg(s.clv_reporting_minor)),
         round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.clv_reporting_minor)::numeric),
         round(percentile_cont(0.9) WITHIN GROUP (ORDER BY s.clv_reporting_minor)::numeric),
         round(avg(s.churn_risk), 4),
         round(avg(s.silence), 2),
         round(avg(s.perception_gap), 2),
         round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.median_resolution_hours)::numeric, 2)
  FROM kpi_snapshots k
  JOIN customer_kpi_snapshots s ON s.snapshot_id = k.id
  CROSS JOIN LATERAL (VALUES
    ('ALL', 'ALL'),
    ('STAGE', s.stage),
    ('COUNTRY', coalesce(s.country::text, 'UNKNOWN')),
    ('PREFERRED_CHANNEL', coalesce(s.preferred_channel, 'UNKNOWN'))
  ) AS d(dimension, grp)
  WHERE k.id = $1
  GROUP BY k.id, k.as_of, d.dimension, d.grp`;

const SAME_DAY = `(other.as_of AT TIME ZONE 'UTC')::date = (cur.as_of AT TIME ZONE 'UTC')::date`;

/**
 * Completes a snapshot in one transaction: the day's rollups are rebuilt from it, it becomes the one
 * `customers(filter:)` reads, and earlier snapshots of the same day are dropped (a day keeps its latest).
 * Completions take turns (an advisory lock), and a run that finishes after a newer one of the same day
 * (e.g. a manual run overtook the scheduled one) is dropped instead, so a day's rollups always come from
 * one snapshot.
 */
export async function completeSnapshot(dataSource: DataSource, snapshotId: string): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kpi_snapshots.complete'))`);
    const [{ n }] = await manager.query(
      'SELECT count(*)::int AS n FROM customer_kpi_snapshots WHERE snapshot_id = $1',
      [snapshotId],
    );
    const newer: unknown[] = await manager.query(
      `SELECT 1 FROM kpi_snapshots cur JOIN kpi_snapshots other ON ${SAME_DAY}
       WHERE cur.id = $1 AND other.status = 'COMPLETE' AND other.as_of > cur.as_of`,
      [snapshotId],
    );
    if (newer.length > 0) {
      await manager.query('DELETE FROM kpi_snapshots WHERE id = $1', [snapshotId]);
      return n as number;
    }
    await manager.query(
      `DELETE FROM kpi_daily_rollups WHERE day = (SELECT (as_of AT TIME ZONE 'UTC')::date FROM kpi_snapshots WHERE id = $1)`,
      [snapshotId],
    );
    await manager.query(ROLLUP_SQL, [snapshotId]);
    await manager.query(
      `UPDATE kpi_snapshots SET status = 'COMPLETE', customer_count = $2, completed_at = now() WHERE id = $1`,
      [snapshotId, n],
    );
    await manager.query(
      `DELETE FROM kpi_snapshots other USING kpi_snapshots cur
       WHERE cur.id = $1 AND other.id <> cur.id AND ${SAME_DAY}
         AND other.as_of < cur.as_of AND other.status <> 'RUNNING'`,
      [snapshotId],
    );
    return n as number;
  });
}

export async function failSnapshot(dataSource: DataSource, snapshotId: string) {
  await dataSource.query(`UPDATE kpi_snapshots SET status = 'FAILED' WHERE id = $1`, [snapshotId]);
}

export interface LatestSnapshot {
  id: string;
  asOf: Date;
}

export async function latestSnapshot(dataSource: DataSource): Promise<LatestSnapshot | null> {
  const rows: Array<{ id: string; as_of: Date }> = await dataSource.query(
    `SELECT id, as_of FROM kpi_snapshots WHERE status = 'COMPLETE' ORDER BY as_of DESC LIMIT 1`,
  );
  return rows[0] ? { id: rows[0].id, asOf: rows[0].as_of } : null;
}
