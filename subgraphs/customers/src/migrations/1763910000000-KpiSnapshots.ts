import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPI snapshots for BI: one row per snapshot run, the KPI values of every customer in it, and daily
 * rollups per dimension (the latest complete snapshot of a day wins its day).
 */
export class KpiSnapshots1763910000000 implements MigrationInterface {
  name = 'KpiSnapshots1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kpi_snapshots (
        id uuid PRIMARY KEY,
        as_of timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETE', 'FAILED')),
        customer_count int NOT NULL DEFAULT 0,
        completed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_KPI_SNAPSHOTS_COMPLETE" ON kpi_snapshots (as_of) WHERE status = 'COMPLETE'`,
    );
    await queryRunner.query(`
      CREATE TABLE customer_kpi_snapshots (
        snapshot_id uuid NOT NULL REFERENCES kpi_snapshots (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL REFERENCES customers (id),
        country char(2),
        preferred_channel text,
        stage text NOT NULL,
        churn_risk numeric(4,3) NOT NULL,
        clv_currency text,
        clv_minor bigint,
        clv_reporting_minor bigint,
        silence smallint NOT NULL,
        actionability numeric(4,3) NOT NULL,
        actionable boolean NOT NULL,
        perception_gap numeric(5,2),
        median_resolution_hours numeric(10,2),
        first_contact_resolution_rate numeric(4,3),
        next_best_action text NOT NULL,
        confidence numeric(4,3) NOT NULL,
        PRIMARY KEY (snapshot_id, customer_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE kpi_daily_rollups (
        day date NOT NULL,
        dimension text NOT NULL CHECK (dimension IN ('ALL', 'STAGE', 'COUNTRY', 'PREFERRED_CHANNEL')),
        grp text NOT NULL,
        snapshot_id uuid NOT NULL REFERENCES kpi_snapshots (id) ON DELETE CASCADE,
        customers int NOT NULL,
        actionable_share numeric(5,4) NOT NULL,
        average_clv_minor bigint,
        median_clv_minor bigint,
        p90_clv_minor bigint,
        average_churn_risk numeric(5,4) NOT NULL,
        average_silence numeric(6,2) NOT NULL,
        average_perception_gap numeric(5,2),
        median_resolution_hours numeric(10,2),
        PRIMARY KEY (day, dimension, grp)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE kpi_daily_rollups');
    await queryRunner.query('DROP TABLE customer_kpi_snapshots');
    await queryRunner.query('DROP TABLE kpi_snapshots');
  }
}
