import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomersSchema1763800000000 implements MigrationInterface {
  name = 'CreateCustomersSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY,
        display_name text,
        email text,
        phone text,
        locale text,
        country char(2),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_CUSTOMERS_CREATED" ON customers (created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE customer_identifiers (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EMAIL','PHONE','EXTERNAL')),
        system text NOT NULL DEFAULT '',
        value text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_CUSTOMER_IDENTIFIERS_VALUE" ON customer_identifiers (kind, system, value)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_CUSTOMER_IDENTIFIERS_CUSTOMER" ON customer_identifiers (customer_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE customer_identifiers');
    await queryRunner.query('DROP TABLE customers');
  }
}
