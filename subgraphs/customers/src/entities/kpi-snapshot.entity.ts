import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SnapshotStatus = 'RUNNING' | 'COMPLETE' | 'FAILED';

/** One run of the KPI snapshot job. */
@Entity('kpi_snapshots')
@Index('IDX_KPI_SNAPSHOTS_COMPLETE', ['asOf'], { where: "status = 'COMPLETE'" })
@Check('kpi_snapshots_status_check', "status IN ('RUNNING', 'COMPLETE', 'FAILED')")
export class KpiSnapshotEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The `now` every KPI in the run was computed for (the run's start). */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;

  @Column({ type: 'text' })
  status: SnapshotStatus;

  @Column({ name: 'customer_count', type: 'int', default: 0 })
  customerCount: number;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
