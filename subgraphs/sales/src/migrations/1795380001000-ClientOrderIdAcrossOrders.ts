import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clientOrderId is unique across all orders, like every other client key of the graph: an id unique only
 * per customer changes meaning when customers merge. Orders stored under the older rule may share an id
 * with another customer's order: the earliest keeps it, each later one gets `#customer:<its customer id>`
 * appended (unique, since the id was unique per customer), and `down` strips the suffix again.
 */
export class ClientOrderIdAcrossOrders1795380001000 implements MigrationInterface {
  name = 'ClientOrderIdAcrossOrders1795380001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE orders o
         SET client_order_id = o.client_order_id || '#customer:' || o.customer_id
        FROM (SELECT id, row_number() OVER (PARTITION BY client_order_id ORDER BY ordered_at, id) AS n
                FROM orders) ranked
       WHERE ranked.id = o.id AND ranked.n > 1`);
    await queryRunner.query('DROP INDEX "UQ_ORDERS_CUSTOMER_CLIENT_ORDER_ID"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_ORDERS_CLIENT_ORDER_ID" ON orders (client_order_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_ORDERS_CLIENT_ORDER_ID"');
    await queryRunner.query(`
      UPDATE orders
         SET client_order_id = left(client_order_id, -length('#customer:' || customer_id))
       WHERE client_order_id LIKE '%#customer:' || customer_id`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_ORDERS_CUSTOMER_CLIENT_ORDER_ID" ON orders (customer_id, client_order_id)',
    );
  }
}
