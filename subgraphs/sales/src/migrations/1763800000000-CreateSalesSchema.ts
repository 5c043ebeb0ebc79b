import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSalesSchema1763800000000 implements MigrationInterface {
  name = 'CreateSalesSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        client_order_id text NOT NULL,
        request_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','PAID','FULFILLED','CANCELLED','REFUNDED')),
        channel text NOT NULL CHECK (channel IN ('WEB','APP','STORE','PHONE','PARTNER')),
        currency char(3) NOT NULL,
        total_minor bigint NOT NULL CHECK (total_minor >= 0),
        ordered_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ORDERS_CUSTOMER_ORDERED" ON orders (customer_id, ordered_at, id)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_ORDERS_CLIENT_ORDER_ID" ON orders (client_order_id)`);
    await queryRunner.query(`
      CREATE TABLE order_lines (
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        line_no int NOT NULL,
        sku text NOT NULL,
        description text,
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
        PRIMARY KEY (order_id, line_no)
      )`);
    await queryRunner.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        plan text NOT NULL,
        status text NOT NULL CHECK (status IN ('TRIALING','ACTIVE','PAST_DUE','CANCELLED')),
        mrr_minor bigint NOT NULL CHECK (mrr_minor >= 0),
        currency char(3) NOT NULL,
        started_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        cancel_reason text,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_SUBSCRIPTIONS_CUSTOMER_STARTED" ON subscriptions (customer_id, started_at, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE opportunities (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        name text NOT NULL,
        stage text NOT NULL CHECK (stage IN ('PROSPECTING','QUALIFICATION','PROPOSAL','NEGOTIATION','WON','LOST')),
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        currency char(3) NOT NULL,
        expected_close_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_OPPORTUNITIES_CUSTOMER_UPDATED" ON opportunities (customer_id, updated_at, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE opportunities');
    await queryRunner.query('DROP TABLE subscriptions');
    await queryRunner.query('DROP TABLE order_lines');
    await queryRunner.query('DROP TABLE orders');
  }
}
