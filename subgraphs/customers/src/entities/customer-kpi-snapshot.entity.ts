import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** One customer's KPI values in one snapshot run: what BI filters and charts. */
@Entity('customer_kpi_snapshots')
export class CustomerKpiSnapshotEntity {
  @PrimaryColumn({ name: 'snapshot_id', type: 'uuid' })
  @ForeignKey('KpiSnapshotEntity', { name: 'customer_kpi_snapshots_snapshot_id_fkey', onDelete: 'CASCADE' })
  snapshotId: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  @ForeignKey('CustomerEntity', { name: 'customer_kpi_snapshots_customer_id_fkey' })
  customerId: string;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ name: 'preferred_channel', type: 'text', nullable: true })
  preferredChannel: string | null;

  @Column({ type: 'text' })
  stage: string;

  @Column({ name: 'churn_risk', type: 'numeric', precision: 4, scale: 3 })
  churnRisk: string;

  @Column({ name: 'clv_currency', type: 'text', nullable: true })
  clvCurrency: string | null;

  @Column({ name: 'clv_minor', type: 'bigint', nullable: true })
  clvMinor: string | null;

  /** The CLV in the reporting currency, so rollups can average across currencies. */
  @Column({ name: 'clv_reporting_minor', type: 'bigint', nullable: true })
  clvReportingMinor: string | null;

  @Column({ type: 'smallint' })
  silence: number;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  actionability: string;

  @Column({ type: 'boolean' })
  actionable: boolean;

  @Column({ name: 'perception_gap', type: 'numeric', precision: 5, scale: 2, nullable: true })
  perceptionGap: string | null;

  @Column({ name: 'median_resolution_hours', type: 'numeric', precision: 10, scale: 2, nullable: true })
  medianResolutionHours: string | null;

  @Column({ name: 'first_contact_resolution_rate', type: 'numeric', precision: 4, scale: 3, nullable: true })
  firstContactResolutionRate: string | null;

  @Column({ name: 'next_best_action', type: 'text' })
  nextBestAction: string;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  confidence: string;
}
