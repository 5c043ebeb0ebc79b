import { requireCustomer } from '../../../../lib/customer-directory';
import { conflict, notFound } from '../../../../lib/errors';
import { isUniqueViolation, payloadHash } from '../../../../lib/idempotency';
import { newId } from '../../../../lib/ids';
import {
  currency,
  nonEmptyText,
  nonNegativeInt,
  parseInput,
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

const placeOrderInput = z.object({
  customerId: uuid,
  clientOrderId: nonEmptyText(200),
  channel: z.enum(['WEB', 'APP', 'STORE', 'PHONE', 'PARTNER']),
  currency,
  status: z.enum(['PENDING', 'PAID', 'FULFILLED', 'CANCELLED', 'REFUNDED']).nullish(),
  orderedAt: pastTime.nullish(),
  lines: z
    .array(
      z.object({
        sku: nonEmptyText(100),
        description: z.string().max(500).nullish(),
        quantity: positiveInt,
        unitPriceMinor: nonNegativeInt,
      }),
    )
    .min(1, 'must have at least one line')
    .max(500, 'must have at most 500 lines'),
});

const changeSubscriptionInput = z
  .object({
    customerId: uuid,
    action: z.enum(['START', 'CHANGE_PLAN', 'CANCEL']),
    subscriptionId: uuid.nullish(),
    plan: nonEmptyText(100).nullish(),
    mrrMinor: nonNegativeInt.nullish(),
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
  });

const upsertOpportunityInput = z.object({
  id: uuid.nullish(),
  customerId: uuid,
  name: nonEmptyText(200),
  stage: z.enum(['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST']),
  amountMinor: nonNegativeInt,
  currency,
  expectedCloseAt: plannedTime.nullish(),
});

export const Mutation: MutationResolvers = {
  async placeOrder(_parent, args, { dataSource, customers, loaders }) {
    const input = parseInput(placeOrderInput, args.input, ['input']);
    await requireCustomer(customers, input.customerId, ['input', 'customerId']);
    const requestHash = payloadHash({ ...input, orderedAt: input.orderedAt ?? null });
    const now = new Date();
    try {
      const id = await dataSource.transaction(async (manager) => {
        const existing = await manager.findOneBy(OrderEntity, { clientOrderId: input.clientOrderId });
        if (existing) {
          if (existing.requestHash !== requestHash) {
            throw conflict(`clientOrderId ${input.clientOrderId} was already used for another order`, [
              'input',
              'clientOrderId',
            ]);
          }
          return existing.id;
        }
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
        return order.id;
      });
      return (await loaders.orderById.load(id))!;
    } catch (error) {
      // A concurrent request with the same clientOrderId won the insert: answer as a replay.
      if (!isUniqueViolation(error)) throw error;
      const winner = await dataSource
        .getRepository(OrderEntity)
        .findOneByOrFail({ clientOrderId: input.clientOrderId });
      if (winner.requestHash !== requestHash) {
        throw conflict(`clientOrderId ${input.clientOrderId} was already used for another order`, [
          'input',
          'clientOrderId',
        ]);
      }
      return winner;
    }
  },

  async changeSubscription(_parent, args, { dataSource, customers }) {
    const input = parseInput(changeSubscriptionInput, args.input, ['input']);
    await requireCustomer(customers, input.customerId, ['input', 'customerId']);
    const at = input.at ?? new Date();
    return dataSource.transaction(async (manager) => {
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
        where: { id: input.subscriptionId!, customerId: input.customerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!subscription) throw notFound('Subscription', input.subscriptionId!, ['input', 'subscriptionId']);
      if (subscription.status === 'CANCELLED') {
        throw conflict(`Subscription ${subscription.id} is already cancelled`, ['input', 'subscriptionId']);
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
    });
  },

  async upsertOpportunity(_parent, args, { dataSource, customers }) {
    const input = parseInput(upsertOpportunityInput, args.input, ['input']);
    await requireCustomer(customers, input.customerId, ['input', 'customerId']);
    const now = new Date();
    return dataSource.transaction(async (manager) => {
      let opportunity: OpportunityEntity | null = null;
      if (input.id) {
        opportunity = await manager.findOne(OpportunityEntity, {
          where: { id: input.id, customerId: input.customerId },
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
    });
  },
};
