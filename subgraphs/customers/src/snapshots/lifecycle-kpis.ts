import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../lib/errors';
import type { KpiDimension, LifecycleKpiRow } from '../__generated__/resolvers-types';

/** The longest range one request may ask for: a year of days, times at most a few dozen groups. */
const MAX_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string, field: string): Date {
  const date = new Date(`${value}T00:00:00.000Z`);
  if (!DAY.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw badUserInput(`${field} must be a day such as 2026-11-22`, ['lifecycleKpis', field]);
  return date;
}

interface RollupRow {
  day: string;
  as_of: Date;
  dimension: KpiDimension;
  grp: string;
  customers: number;
  actionable_share: string;
  average_clv_minor: string | null;
  median_clv_minor: string | null;
  p90_clv_minor: string | null;
  average_churn_risk: string;
  average_silence: string;
  average_perception_gap: string | null;
  median_resolution_hours: string | null;
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

/** Flat rows, one per day × group, oldest day first, in the order of the dimensions asked for. */
export async function loadLifecycleKpis(
  dataSource: DataSource,
  args: { from: string; to: string; groupBy?: readonly KpiDimension[] | null },
  reportingCurrency: string,
): Promise<LifecycleKpiRow[]> {
  const from = parseDay(args.from, 'from');
  const to = parseDay(args.to, 'to');
  if (to < from) throw badUserInput('to must not be before from', ['lifecycleKpis', 'to']);
  if ((to.getTime() - from.getTime()) / 86_400_000 + 1 > MAX_DAYS)
    throw badUserInput(`the range must span at most ${MAX_DAYS} days`, ['lifecycleKpis', 'to']);
  const dimensions: KpiDimension[] = args.groupBy?.length ? [...new Set(args.groupBy)] : ['ALL'];
  const rows: RollupRow[] = await dataSource.query(
    `SELECT to_char(r.day, 'YYYY-MM-DD') AS day, k.as_of, r.dimension, r.grp, r.customers, r.actionable_share,
            r.average_clv_minor, r.median_clv_minor, r.p90_clv_minor, r.average_churn_risk, r.average_silence,
            r.average_perception_gap, r.median_resolution_hours
     FROM kpi_daily_rollups r JOIN kpi_snapshots k ON k.id = r.snapshot_id
     WHERE r.day BETWEEN $1::date AND $2::date AND r.dimension = ANY($3::text[])
     ORDER BY r.day, array_position($3::text[], r.dimension), r.grp`,
    [args.from, args.to, dimensions],
  );
  return rows.map((row) => ({
    day: row.day,
    asOf: row.as_of,
    dimension: row.dimension,
    group: row.grp,
    customers: row.customers,
    actionableShare: Number(row.actionable_share),
    averageClvMinor: numberOrNull(row.average_clv_minor),
    medianClvMinor: numberOrNull(row.median_clv_minor),
    p90ClvMinor: numberOrNull(row.p90_clv_minor),
    reportingCurrency,
    averageChurnRisk: Number(row.average_churn_risk),
    averageSilence: Number(row.average_silence),
    averagePerceptionGap: numberOrNull(row.average_perception_gap),
    medianResolutionHours: numberOrNull(row.median_resolution_hours),
  }));
}
