import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../../../../lib/money';
import type { OrderEntity } from './order.entity';

@Entity('order_lines')
@Check('order_lines_quantity_check', 'quantity > 0')
@Check('order_lines_unit_price_minor_check', 'unit_price_minor >= 0')
export class OrderLineEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @PrimaryColumn({ name: 'line_no', type: 'int' })
  lineNo: number;

  @Column({ type: 'text' })
  sku: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_price_minor', type: 'bigint', transformer: bigintAsNumber })
  unitPriceMinor: number;

  @ManyToOne('OrderEntity', 'lines', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_lines_order_id_fkey' })
  order?: OrderEntity;
}

/** A line as the API shows it: priced in its order's currency. */
export type PricedOrderLine = OrderLineEntity & { currency: string };
