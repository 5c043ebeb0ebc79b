import { Check, Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../../../../lib/money';
import { OrderLineEntity } from './order-line.entity';

export type OrderStatusValue = 'PENDING' | 'PAID' | 'FULFILLED' | 'CANCELLED' | 'REFUNDED';
export type SalesChannelValue = 'WEB' | 'APP' | 'STORE' | 'PHONE' | 'PARTNER';

@Entity('orders')
@Index('IDX_ORDERS_CUSTOMER_ORDERED', ['customerId', 'orderedAt', 'id'])
// A client's order id is its idempotency key, unique across all orders whatever the customer (a client with
// several shops prefixes its ids); a per-customer key would change meaning when customers merge.
@Index('UQ_ORDERS_CLIENT_ORDER_ID', ['clientOrderId'], { unique: true })
@Check('orders_status_check', "status IN ('PENDING','PAID','FULFILLED','CANCELLED','REFUNDED')")
@Check('orders_channel_check', "channel IN ('WEB','APP','STORE','PHONE','PARTNER')")
@Check('orders_total_minor_check', 'total_minor >= 0')
export class OrderEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ name: 'client_order_id', type: 'text' })
  clientOrderId: string;

  /** Fingerprint of the request that created it, to tell a replay from a conflicting reuse of the id. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  status: OrderStatusValue;

  @Column({ type: 'text' })
  channel: SalesChannelValue;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'total_minor', type: 'bigint', transformer: bigintAsNumber })
  totalMinor: number;

  @Column({ name: 'ordered_at', type: 'timestamptz' })
  orderedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(
    () => OrderLineEntity,
    (line) => line.order,
  )
  lines?: OrderLineEntity[];
}
