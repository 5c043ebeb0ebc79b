import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A client's order id is unique per customer, not across the graph: two shops may both start at "1". */
export class ClientOrderIdPerCustomer1763830000000 implements MigrationInterface {
  name = 'ClientOrderIdPerCustomer1763830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_ORDERS_CLIENT_ORDER_ID"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_ORDERS_CUSTOMER_CLIENT_ORDER_ID" ON orders (customer_id, client_order_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_ORDERS_CUSTOMER_CLIENT_ORDER_ID"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_ORDERS_CLIENT_ORDER_ID" ON orders (client_order_id)');
  }
}
