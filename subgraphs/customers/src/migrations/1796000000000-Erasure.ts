import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure: a customers row becomes a tombstone (`erased_at`, no personal data), the person's identifiers
 * move to a suppression list as keyed hashes, and each service's part of the erasure has a receipt.
 */
export class Erasure1796000000000 implements MigrationInterface {
  name = 'Erasure1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE customers ADD COLUMN erased_at timestamptz');
    await queryRunner.query(`
      CREATE TABLE erasures (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        customer_ids uuid[] NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_ERASURES_CUSTOMER" ON erasures (customer_id)`);
    await queryRunner.query(`
      CREATE TABLE erasure_receipts (
        erasure_id uuid NOT NULL REFERENCES erasures (id) ON DELETE CASCADE,
        service text NOT NULL,
        status text NOT NULL,
        rows_erased int NOT NULL DEFAULT 0,
        rows_deidentified int NOT NULL DEFAULT 0,
        confirmed_at timestamptz,
        PRIMARY KEY (erasure_id, service),
        CONSTRAINT erasure_receipts_service_check CHECK (service IN ('CUSTOMERS','MARKETING','SALES','SUPPORT')),
        CONSTRAINT erasure_receipts_status_check CHECK (status IN ('PENDING','ERASED'))
      )`);
    await queryRunner.query(`
      CREATE TABLE suppressed_identifiers (
        hash text PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        erasure_id uuid NOT NULL REFERENCES erasures (id),
        created_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE suppressed_identifiers');
    await queryRunner.query('DROP TABLE erasure_receipts');
    await queryRunner.query('DROP TABLE erasures');
    await queryRunner.query('ALTER TABLE customers DROP COLUMN erased_at');
  }
}
