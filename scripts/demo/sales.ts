import type { DataSource } from 'typeorm';
import { payloadHash } from '../../lib/idempotency';
import { stableId } from '../../lib/ids';
import { OpportunityEntity } from '../../subgraphs/sales/src/entities/opportunity.entity';
import { OrderEntity, type OrderStatusValue } from '../../subgraphs/sales/src/entities/order.entity';
import { OrderLineEntity } from '../../subgraphs/sales/src/entities/order-line.entity';
import { SubscriptionEntity } from '../../subgraphs/sales/src/entities/subscription.entity';
import { insertIgnoringExisting } from './insert';
import type { Random } from './random';
import { DAY_MS, type DemoCustomer, randomFor } from './world';

const CATALOG = [
  { sku: 'SKU-STARTER-KIT', description: 'Starter kit', price: 4900 },
  { sku: 'SKU-REFILL-S', description: 'Refill pack, small', price: 1299 },
  { sku: 'SKU-REFILL-L', description: 'Refill pack, large', price: 2499 },
  { sku: 'SKU-PRO-TOOL', description: 'Pro tool', price: 8900 },
  { sku: 'SKU-GIFT-CARD', description: 'Gift card', price: 2500 },
  { sku: 'SKU-CARE-PLAN', description: 'Care plan, one year', price: 5900 },
] as const;
const PLANS = [
  { plan: 'basic', mrr: 900 },
  { plan: 'plus', mrr: 1900 },
  { plan: 'pro', mrr: 4900 },
] as const;
const CHANNELS = ['WEB', 'WEB', 'WEB', 'APP', 'APP', 'STORE', 'PHONE', 'PARTNER'] as const;

interface SalesRows {
  orders: OrderEntity[];
  lines: OrderLineEntity[];
  subscriptions: SubscriptionEntity[];
  opportunities: OpportunityEntity[];
}

function addOrder(
  rows: SalesRows,
  customer: DemoCustomer,
  random: Random,
  n: number,
  at: Date,
  status: OrderStatusValue,
) {
  const id = stableId('demo-order', customer.id, n);
  const lineCount = random.int(1, 3);
  const lines: OrderLineEntity[] = [];
  for (let lineNo = 1; lineNo <= lineCount; lineNo++) {
    const item = random.pick(CATALOG);
    lines.push(
      Object.assign(new OrderLineEntity(), {
        orderId: id,
        lineNo,
        sku: item.sku,
        description: item.description,
        quantity: random.int(1, 3),
        unitPriceMinor: item.price,
      }),
    );
  }
  const clientOrderId = `demo-${customer.index}-${n}`;
  rows.lines.push(...lines);
  rows.orders.push(
    Object.assign(new OrderEntity(), {
      id,
      customerId: customer.id,
      clientOrderId,
      requestHash: payloadHash({ seed: clientOrderId }),
      status,
      channel: random.pick(CHANNELS),
      currency: customer.currency,
      totalMinor: lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0),
      orderedAt: at,
      updatedAt: at,
    }),
  );
}

function addSubscription(
  rows: SalesRows,
  customer: DemoCustomer,
  random: Random,
  start: Date,
  cancelledAt: Date | null,
) {
  const plan = random.pick(PLANS);
  rows.subscriptions.push(
    Object.assign(new SubscriptionEntity(), {
      id: stableId('demo-subscription', customer.id, rows.subscriptions.length),
      customerId: customer.id,
      plan: plan.plan,
      status: cancelledAt ? 'CANCELLED' : 'ACTIVE',
      mrrMinor: plan.mrr,
      currency: customer.currency,
      startedAt: start,
      cancelledAt,
      cancelReason: cancelledAt ? random.pick(['too expensive', 'not using it', 'switched provider']) : null,
      updatedAt: cancelledAt ?? start,
    }),
  );
}

function addOpportunity(rows: SalesRows, customer: DemoCustomer, random: Random, at: Date, open: boolean) {
  rows.opportunities.push(
    Object.assign(new OpportunityEntity(), {
      id: stableId('demo-opportunity', customer.id, rows.opportunities.length),
      customerId: customer.id,
      name: random.pick(['Team plan upgrade', 'Annual contract', 'Volume order', 'Pro bundle']),
      stage: open
        ? random.pick(['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION'] as const)
        : random.pick(['WON', 'LOST'] as const),
      amountMinor: random.int(20, 400) * 1000,
      currency: customer.currency,
      expectedCloseAt: new Date(at.getTime() + random.int(10, 90) * DAY_MS),
      createdAt: at,
      updatedAt: at,
    }),
  );
}

/** A persona's sales history, written to tell its story (see PERSONAS). */
function personaSales(rows: SalesRows, customer: DemoCustomer, random: Random, now: Date) {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  switch (customer.persona) {
    case 'loyal-cancel-intent':
      for (let month = 0; month < 24; month++)
        addOrder(rows, customer, random, month, daysAgo(700 - month * 29), 'FULFILLED');
      addSubscription(rows, customer, random, daysAgo(610), null);
      return;
    case 'pricing-researcher':
      addOpportunity(rows, customer, random, daysAgo(3), true);
      return;
    case 'checkout-error':
      for (let n = 0; n < 6; n++) addOrder(rows, customer, random, n, daysAgo(400 - n * 60), 'FULFILLED');
      return;
    case 'repeat-contact':
      for (let n = 0; n < 3; n++) addOrder(rows, customer, random, n, daysAgo(200 - n * 45), 'FULFILLED');
      return;
    case 'happy-silent':
      for (let month = 0; month < 20; month++)
        addOrder(rows, customer, random, month, daysAgo(600 - month * 30), 'FULFILLED');
      addSubscription(rows, customer, random, daysAgo(500), null);
      return;
    default:
      return;
  }
}

function ordinarySales(rows: SalesRows, customer: DemoCustomer, random: Random, now: Date) {
  const from = customer.createdAt.getTime();
  const span = Math.max(DAY_MS, now.getTime() - from);
  const orderCount = random.int(1, 12);
  const times = Array.from({ length: orderCount }, () => from + random.next() * span).sort((a, b) => a - b);
  times.forEach((time, n) => {
    const age = now.getTime() - time;
    const status: OrderStatusValue =
      age < 2 * DAY_MS
        ? 'PAID'
        : random.chance(0.04)
          ? 'REFUNDED'
          : random.chance(0.03)
            ? 'CANCELLED'
            : 'FULFILLED';
    addOrder(rows, customer, random, n, new Date(time), status);
  });
  if (random.chance(0.3)) {
    const start = new Date(from + random.next() * span * 0.8);
    const cancelled = random.chance(0.3)
      ? new Date(start.getTime() + random.next() * (now.getTime() - start.getTime()))
      : null;
    addSubscription(rows, customer, random, start, cancelled);
  }
  if (random.chance(0.15))
    addOpportunity(
      rows,
      customer,
      random,
      new Date(now.getTime() - random.int(1, 120) * DAY_MS),
      random.chance(0.6),
    );
}

/** Orders with lines, subscriptions and opportunities for the customers sales knows (about 60%). */
export async function seedSales(dataSource: DataSource, customers: DemoCustomer[], now: Date): Promise<void> {
  const rows: SalesRows = { orders: [], lines: [], subscriptions: [], opportunities: [] };
  for (const customer of customers) {
    if (!customer.knownToSales) continue;
    const random = randomFor(customer, 'sales');
    if (customer.persona) personaSales(rows, customer, random, now);
    else ordinarySales(rows, customer, random, now);
  }
  await insertIgnoringExisting(dataSource, OrderEntity, rows.orders);
  await insertIgnoringExisting(dataSource, OrderLineEntity, rows.lines);
  await insertIgnoringExisting(dataSource, SubscriptionEntity, rows.subscriptions);
  await insertIgnoringExisting(dataSource, OpportunityEntity, rows.opportunities);
}
