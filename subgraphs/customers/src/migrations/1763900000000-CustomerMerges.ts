import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merges live on the customers rows themselves, so reading a customer (and its aliases) stays one
 * statement: `merged_into` is the direct survivor (the structure an unmerge restores), `canonical_id` the
 * root every alias resolves to, and `alias_ids` every id merged into this customer, transitively.
 */
export class CustomerMerges1763900000000 implements MigrationInterface {
  name = 'CustomerMerges1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE customers
        ADD COLUMN merged_into uuid REFERENCES customers (id),
        ADD COLUMN canonical_id uuid REFERENCES customers (id),
        ADD COLUMN merged_at timestamptz,
        ADD COLUMN alias_ids uuid[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT "CHK_CUSTOMERS_NOT_SELF_MERGED" CHECK (merged_into <> id AND canonical_id <> id),
        ADD CONSTRAINT "CHK_CUSTOMERS_MERGE_COMPLETE" CHECK ((merged_into IS NULL) = (canonical_id IS NULL))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_CUSTOMERS_CANONICAL" ON customers (canonical_id) WHERE canonical_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE customer_merge_events (
        id uuid PRIMARY KEY,
        action text NOT NULL CHECK (action IN ('MERGE', 'UNMERGE')),
        survivor_id uuid NOT NULL REFERENCES customers (id),
        merged_id uuid NOT NULL REFERENCES customers (id),
        moved_ids uuid[] NOT NULL,
        conflicts jsonb NOT NULL DEFAULT '[]',
        occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_CUSTOMER_MERGE_EVENTS_MERGED" ON customer_merge_events (merged_id, occurred_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE customer_merge_events');
    await queryRunner.query(`DROP INDEX "IDX_CUSTOMERS_CANONICAL"`);
    await queryRunner.query(`
      ALTER TABLE customers
        DROP CONSTRAINT "CHK_CUSTOMERS_MERGE_COMPLETE",
        DROP CONSTRAINT "CHK_CUSTOMERS_NOT_SELF_MERGED",
        DROP COLUMN alias_ids,
        DROP COLUMN merged_at,
        DROP COLUMN canonical_id,
        DROP COLUMN merged_into`);
  }
}
