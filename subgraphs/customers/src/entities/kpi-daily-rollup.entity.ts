import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

export type RollupDimension = 'ALL' | 'STAGE' | 'COUNTRY' | 'PREFERRED_CHANNEL';

/** The graph's KPIs on one day for one group (all customers, a stage, a country, a channel). */
@Entity('kpi_daily_rollups')
@Check('kpi_daily_rollups_dimension_check', "dimension IN ('ALL', 'STAGE', 'COUNTRY', 'PREFERRED_CHANNEL')")
export class KpiDailyRollupEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  dimension: RollupDimension;

  /** The group's value ('ALL' for the whole graph; 'UNKNOWN' where a customer has none). */
  @PrimaryColumn({ name: 'grp', type: 'text' })
  group: string;

  @Column({ name: 'snapshot_id', type: 'uuid' })
  @ForeignKey('KpiSnapshotEntity', { name: 'kpi_daily_rollups_snapshot_id_fkey', onDelete: 'CASCADE' })
  snapshotId: string;

  @Column({ type: 'int' })
  customers: number;

  @Column({ name: 'actionable_share', type: 'numeric', precision: 5, scale: 4 })
  actionableShare: string;

  @Column({ name: 'average_clv_minor', type: 'bigint', nullable: true })
  averageClvMinor: string | null;

  @Column({ name: 'median_clv_minor', type: 'bigint', nullable: true })
  medianClvMinor: string | null;

  @Column({ name: 'p90_clv_minor', type: 'bigint', nullable: true })
  p90ClvMinor: string | null;

  @Column({ name: 'average_churn_risk', type: 'numeric', precision: 5, scale: 4 })
  averageChurnRisk: string;

  @Column({ name: 'average_silence', type: 'numeric', precision: 6, scale: 2 })
  averageSilence: string;

  @Column({ name: 'average_perception_gap', type: 'numeric', precision: 5, scale: 2, nullable: true })
  averagePerceptionGap: string | null;

  @Column({ name: 'median_resolution_hours', type: 'numeric', precision: 10, scale: 2, nullable: true })
  medianResolutionHours: string | null;
}
