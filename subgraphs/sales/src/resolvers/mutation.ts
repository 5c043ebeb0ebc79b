import { In } from 'typeorm';
import { customerRefFields, parseCustomerWrite, underCustomer } from '../../../../lib/customer-directory';
import { badUserInput, conflict, notFound } from '../../../../lib/errors';
import { customerIds } from '../../../../lib/graphql/customer-ref';
import { applyOnce, clientKey, createOnce, keyedWrite } from '../../../../lib/idempotency';
import { newId } from '../../../../lib/ids';
import {
  currency,
  nonEmptyText,
  nonNegativeInt,
  pastTime,
  plannedTime,
  positiveInt,
  uuid,
  z,
} from '../../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { OrderEntity } from '../entities/order.entity';
import { OrderLineEntity } from '../entities/order-line.entity';
import { SubscriptionEntity } from '../entities/subscription.entity';

/** An amount in minor units: up to 10^12 (ten billion in a two-decimal currency). */
const moneyAmount = nonNegativeInt.max(1e12, 'must be at most 1,000,000,000,000 minor units');

const placeOrderInput = z.object({
  ...customerRefFields,
  clientOrderId: clientKey,
  channel: z.enum(['WEB', 'APP', 'STORE', 'PHONE', 'PARTNER']),
  currency,
  status: z.enum(['PENDING', 'PAID', 'FULFILLED', 'CANCELLED', 'REFUNDED']).nullish(),
  orderedAt: pastTime.nullish(),
  lines: z
    .array(
      z.object({
        sku: nonEmptyText(100),
        description: z.string().max(500).nullish(),
        quantity: positiveInt.max(1_000_000, 'must be at most 1,000,000'),
        unitPriceMinor: moneyAmount,
      }),
    )
    .min(1, 'must have at least one line')
    .max(500, 'must have at most 500 lines')
    .refine(
      (lines) =>
        Number.isSafeInteger(lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0)),
      'add up to more than the largest amount the API can carry',
    ),
});

const changeSubscriptionInput = z
  .object({
    ...customerRefFields,
    clientEventId: clientKey,
    action: z.enum(['START', 'CHANGE_PLAN', 'CANCEL']),
    subscriptionId: uuid.nullish(),
    plan: nonEmptyText(100).nullish(),
    mrrMinor: moneyAmount.nullish(),
    currency: currency.nullish(),
    trial: z.boolean().nullish(),
    reason: z.string().max(500).nullish(),
    at: pastTime.nullish(),
  })
  .superRefine((input, ctx) => {
    const need = (field: keyof typeof input, when: boolean) => {
      if (when && input[field] == null)
        ctx.addIssue({ code: 'custom', path: [field], message: `is required for ${input.action}` });
    };
    need('subscriptionId', input.action !== 'START');
    need('plan', input.action !== 'CANCEL');
    need('mrrMinor', input.action !== 'CANCEL');
    need('currency', input.action === 'START');
    const onlyForStart = (field: 'currency' | 'trial') => {
      if (input.action !== 'START' && input[field] != null && input[field] !== false) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'can only be given to START a subscription' });
      }
    };
    onlyForStart('currency');
    onlyForStart('trial');
  });

const upsertOpportunityInput = z.object({
  id: uuid.nullish(),
  ...customerRefFields,
  clientEventId: clientKey,
  name: nonEmptyText(200),
  stage: z.enum(['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST']),
  amountMinor: moneyAmount,
  currency,
  expectedCloseAt: plannedTime.nullish(),
});

export const Mutation: MutationResolvers = {
  async placeOrder(_parent, args, { dataSource, customers, loaders }) {
    const { given, customer } = await parseCustomerWrite(customers, placeOrderInput, args.input);
    const input = underCustomer(given, customer);
    const now = new Date();
    const { record: order, created } = await createOnce({
      dataSource,
      write: keyedWrite({
        operation: 'placeOrder',
        input: given,
        key: 'clientOrderId',
        what: 'order',
        customer,
      }),
      // Unique across all orders: an order first placed under a since merged id is found and replayed too.
      find: (manager) => manager.findOneBy(OrderEntity, { clientOrderId: input.clientOrderId }),
      async create(manager, requestHash) {
        const order = manager.create(OrderEntity, {
          id: newId(),
          customerId: input.customerId,
          clientOrderId: input.clientOrderId,
          requestHash,
          status: input.status ?? 'PAID',
          channel: input.channel,
          currency: input.currency,
          totalMinor: input.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0),
          orderedAt: input.orderedAt ?? now,
          updatedAt: now,
        });
        await manager.insert(OrderEntity, order);
        await manager.insert(
          OrderLineEntity,
          input.lines.map((line, index) => ({
            orderId: order.id,
            lineNo: index + 1,
            sku: line.sku,
            description: line.description ?? null,
            quantity: line.quantity,
            unitPriceMinor: line.unitPriceMinor,
          })),
        );
        return order;
      },
    });
    if (created) loaders.forgetCustomer(input.customerId);
    loaders.orderById.prime(order.id, order);
    return order;
  },

  async changeSubscription(_parent, args, { dataSource, customers, loaders }) {
    const { given, customer } = await parseCustomerWrite(customers, changeSubscriptionInput, args.input);
    const input = underCustomer(given, customer);
    const at = input.at ?? new Date();
    const { result: changed, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({
        operation: 'changeSubscription',
        input: given,
        key: 'clientEventId',
        what: 'subscription change',
        customer,
      }),
      result: SubscriptionEntity,
      async apply(manager) {
        if (input.action === 'START') {
          const subscription = manager.create(SubscriptionEntity, {
            id: newId(),
            customerId: input.customerId,
            plan: input.plan!,
            status: input.trial ? 'TRIALING' : 'ACTIVE',
            mrrMinor: input.mrrMinor!,
            currency: input.currency!,
            startedAt: at,
            cancelledAt: null,
            cancelReason: null,
            updatedAt: at,
          });
          await manager.insert(SubscriptionEntity, subscription);
          return subscription;
        }
        const subscription = await manager.findOne(SubscriptionEntity, {
          // A subscription of a customer merged into this one is this customer's too.
          where: { id: input.subscriptionId!, customerId: In(customerIds(customer)) },
          lock: { mode: 'pessimistic_write' },
        });
        if (!subscription) throw notFound('Subscription', input.subscriptionId!, ['input', 'subscriptionId']);
        if (subscription.status === 'CANCELLED') {
          throw conflict(`Subscription ${subscription.id} is already cancelled`, ['input', 'subscriptionId']);
        }
        if (at < subscription.startedAt) {
          throw badUserInput('input.at must not be before the subscription started', ['input', 'at']);
        }
        if (input.action === 'CANCEL') {
          subscription.status = 'CANCELLED';
          subscription.cancelledAt = at;
          subscription.cancelReason = input.reason ?? null;
        } else {
          subscription.plan = input.plan!;
          subscription.mrrMinor = input.mrrMinor!;
        }
        subscription.updatedAt = at;
        await manager.save(subscription);
        return subscription;
      },
    });
    if (applied) {
      loaders.forgetCustomer(input.customerId);
      loaders.subscriptionById.clear(changed.id).prime(changed.id, changed);
    }
    return changed;
  },

  async upsertOpportunity(_parent, args, { dataSource, customers, loaders }) {
    const { given, customer } = await parseCustomerWrite(customers, upsertOpportunityInput, args.input);
    const input = underCustomer(given, customer);
    const now = new Date();
    const { result: saved, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({
        operation: 'upsertOpportunity',
        input: given,
        key: 'clientEventId',
        what: 'opportunity write',
        customer,
      }),
      result: OpportunityEntity,
      async apply(manager) {
        let opportunity: OpportunityEntity | null = null;
        if (input.id) {
          opportunity = await manager.findOne(OpportunityEntity, {
            where: { id: input.id, customerId: In(customerIds(customer)) },
            lock: { mode: 'pessimistic_write' },
          });
          if (!opportunity) throw notFound('Opportunity', input.id, ['input', 'id']);
        } else {
          opportunity = manager.create(OpportunityEntity, {
            id: newId(),
            customerId: input.customerId,
            createdAt: now,
          });
        }
        Object.assign(opportunity, {
          name: input.name,
          stage: input.stage,
          amountMinor: input.amountMinor,
          currency: input.currency,
          expectedCloseAt: input.expectedCloseAt ?? null,
          updatedAt: now,
        });
        return manager.save(opportunity);
      },
    });
    if (applied) {
      loaders.forgetCustomer(input.customerId);
      loaders.opportunityById.clear(saved.id).prime(saved.id, saved);
    }
    return saved;
  },
};
