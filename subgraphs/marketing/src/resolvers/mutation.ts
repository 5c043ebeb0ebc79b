import { CALLER } from '../../../../lib/auth/directives';
import {
  customerRefFields,
  parseCustomerWrite,
  resolveCustomerRef,
  resolveCustomerRefs,
} from '../../../../lib/customer-directory';
import { badUserInput, conflict, notFound } from '../../../../lib/errors';
import { applyOnce, clientKey, createOnce, keyedWrite, withoutCustomer } from '../../../../lib/idempotency';
import { newId } from '../../../../lib/ids';
import {
  nonEmptyText,
  parseInput,
  pastTime,
  plannedTime,
  topicSlug,
  uuid,
  z,
} from '../../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { recordConsent } from '../consent-store';
import { CampaignEntity } from '../entities/campaign.entity';
import { CONSENT_PURPOSES, CONTACT_CHANNELS, ConsentEntity } from '../entities/consent.entity';
import { LEAD_STATUSES, LeadScoreEntity } from '../entities/lead-score.entity';
import { PreferredChannelEntity } from '../entities/preferred-channel.entity';
import { SIGNAL_CHANNELS, SIGNAL_KINDS } from '../entities/signal.entity';
import { TouchEntity } from '../entities/touch.entity';
import { ingestSignals } from '../signal-ingest';

export const MAX_SIGNALS_PER_BATCH = 1000;

const contactChannel = z.enum(CONTACT_CHANNELS);
const consentPurpose = z.enum(CONSENT_PURPOSES);

const recordSignalsInput = z.object({
  signals: z
    .array(
      z.object({
        ...customerRefFields,
        clientEventId: clientKey,
        kind: z.enum(SIGNAL_KINDS),
        channel: z.enum(SIGNAL_CHANNELS),
        topic: topicSlug.nullish(),
        url: z
          .string()
          .trim()
          .max(2000)
          .nullish()
          .transform((value) => value || null),
        occurredAt: pastTime,
      }),
    )
    .min(1, 'must have at least one signal')
    .max(MAX_SIGNALS_PER_BATCH, `must have at most ${MAX_SIGNALS_PER_BATCH} signals`),
});

const setConsentInput = z.object({
  ...customerRefFields,
  clientEventId: clientKey,
  channel: contactChannel,
  purpose: consentPurpose,
  granted: z.boolean(),
  source: nonEmptyText(100),
  recordedAt: pastTime.nullish(),
});

const setPreferredChannelInput = z.object({
  ...customerRefFields,
  clientEventId: clientKey,
  channel: contactChannel,
});

const createCampaignInput = z
  .object({
    clientCampaignId: clientKey,
    name: nonEmptyText(200),
    channel: contactChannel,
    purpose: consentPurpose.nullish(),
    startedAt: plannedTime.nullish(),
    endedAt: plannedTime.nullish(),
  })
  .superRefine((input, ctx) => {
    const start = input.startedAt ?? new Date();
    if (input.endedAt && input.endedAt < start) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'must not be before startedAt' });
    }
  });

const recordTouchInput = z.object({
  campaignId: uuid,
  ...customerRefFields,
  clientTouchId: clientKey,
  sentAt: pastTime.nullish(),
});

const recordTouchEventInput = z.object({
  touchId: uuid,
  clientEventId: clientKey,
  event: z.enum(['OPENED', 'CLICKED', 'BOUNCED', 'UNSUBSCRIBED']),
  at: pastTime.nullish(),
});

const updateLeadScoreInput = z.object({
  ...customerRefFields,
  clientEventId: clientKey,
  score: z.number().int('must be a whole number').min(0, 'must be 0 to 100').max(100, 'must be 0 to 100'),
  status: z.enum(LEAD_STATUSES),
});

/** The earlier of a stored event time and a newly reported one: replays never move an event later. */
const earliest = (stored: Date | null, at: Date): Date => (stored && stored <= at ? stored : at);

export const Mutation: MutationResolvers = {
  async recordSignals(_parent, args, { dataSource, customers, loaders }) {
    const input = parseInput(recordSignalsInput, args.input, ['input']);
    // Every signal's customer, by id or identifier, in one request per kind; one unknown writes nothing.
    const owners = await resolveCustomerRefs(customers, input.signals, (index) => [
      'input',
      'signals',
      index,
    ]);
    const signals = input.signals.map((signal, index) => ({
      ...withoutCustomer(signal),
      customer: owners[index]!,
    }));
    const result = await ingestSignals(dataSource, signals, ['input', 'signals']);
    for (const signal of result.signals) loaders.signalById.prime(signal.id, signal);
    for (const customerId of new Set(signals.map((signal) => signal.customer.id)))
      loaders.forgetCustomer(customerId);
    return result;
  },

  async setConsent(_parent, args, context) {
    const { dataSource, customers, loaders } = context;
    const { given, customer } = await parseCustomerWrite(customers, setConsentInput, args.input);
    const now = new Date();
    const { result: consent, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({
        operation: 'setConsent',
        input: given,
        key: 'clientEventId',
        what: 'consent decision',
        customer,
      }),
      result: ConsentEntity,
      apply: (manager) =>
        recordConsent(
          manager,
          {
            customerId: customer.id,
            channel: given.channel,
            purpose: given.purpose,
            granted: given.granted,
            source: given.source,
            recordedAt: given.recordedAt ?? now,
          },
          now,
          { actor: context[CALLER], requestId: context.requestId },
        ),
    });
    if (applied) loaders.forgetCustomer(customer.id);
    return consent;
  },

  async setPreferredChannel(_parent, args, { dataSource, customers, loaders }) {
    const { given, customer } = await parseCustomerWrite(customers, setPreferredChannelInput, args.input);
    const { result: chosen, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({
        operation: 'setPreferredChannel',
        input: given,
        key: 'clientEventId',
        what: 'preferred channel',
        customer,
      }),
      result: PreferredChannelEntity,
      async apply(manager) {
        const row = manager.create(PreferredChannelEntity, {
          customerId: customer.id,
          channel: given.channel,
          updatedAt: new Date(),
        });
        await manager.upsert(PreferredChannelEntity, row, ['customerId']);
        return row;
      },
    });
    const preferred = { channel: chosen.channel, source: 'EXPLICIT' as const, updatedAt: chosen.updatedAt };
    if (applied) {
      loaders.forgetCustomer(customer.id);
      loaders.preferredChannelByCustomer.prime({ id: customer.id }, preferred);
    }
    return preferred;
  },

  async createCampaign(_parent, args, { dataSource, loaders }) {
    const input = parseInput(createCampaignInput, args.input, ['input']);
    const { result: campaign } = await applyOnce({
      dataSource,
      write: keyedWrite({ operation: 'createCampaign', input, key: 'clientCampaignId', what: 'campaign' }),
      result: CampaignEntity,
      async apply(manager) {
        const now = new Date();
        const created = manager.create(CampaignEntity, {
          id: newId(),
          name: input.name,
          channel: input.channel,
          purpose: input.purpose ?? 'MARKETING',
          startedAt: input.startedAt ?? now,
          endedAt: input.endedAt ?? null,
          createdAt: now,
        });
        await manager.insert(CampaignEntity, created);
        return created;
      },
    });
    loaders.campaignById.prime(campaign.id, campaign);
    return campaign;
  },

  async recordTouch(_parent, args, { dataSource, customers, loaders }) {
    const given = parseInput(recordTouchInput, args.input, ['input']);
    const [campaign, customer] = await Promise.all([
      loaders.campaignById.load(given.campaignId),
      resolveCustomerRef(customers, given, ['input']),
    ]);
    if (!campaign) throw notFound('Campaign', given.campaignId, ['input', 'campaignId']);
    const now = new Date();
    const sentAt = given.sentAt ?? now;
    if (sentAt < campaign.startedAt) {
      throw badUserInput('input.sentAt must not be before the campaign started', ['input', 'sentAt']);
    }
    const { clientTouchId } = given;
    const { record, created } = await createOnce({
      dataSource,
      write: keyedWrite({
        operation: 'recordTouch',
        input: given,
        key: 'clientTouchId',
        what: 'touch',
        customer,
      }),
      find: (manager) => manager.findOneBy(TouchEntity, { clientTouchId }),
      async create(manager, requestHash) {
        const touch = manager.create(TouchEntity, {
          id: newId(),
          campaignId: campaign.id,
          customerId: customer.id,
          channel: campaign.channel,
          clientTouchId,
          requestHash,
          sentAt,
          openedAt: null,
          clickedAt: null,
          bouncedAt: null,
          unsubscribedAt: null,
          updatedAt: now,
        });
        await manager.insert(TouchEntity, touch);
        return touch;
      },
    });
    if (created) loaders.forgetCustomer(customer.id);
    loaders.touchById.prime(record.id, record);
    return record;
  },

  async recordTouchEvent(_parent, args, context) {
    const { dataSource, loaders } = context;
    const input = parseInput(recordTouchEventInput, args.input, ['input']);
    const now = new Date();
    const at = input.at ?? now;
    const { result: touch, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({ operation: 'recordTouchEvent', input, key: 'clientEventId', what: 'touch event' }),
      result: TouchEntity,
      async apply(manager) {
        const touch = await manager.findOne(TouchEntity, {
          where: { id: input.touchId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!touch) throw notFound('Touch', input.touchId, ['input', 'touchId']);
        if (at < touch.sentAt)
          throw badUserInput('input.at must not be before the message was sent', ['input', 'at']);
        const bounce = input.event === 'BOUNCED';
        if (bounce ? touch.openedAt || touch.clickedAt || touch.unsubscribedAt : touch.bouncedAt) {
          throw conflict(
            bounce
              ? `Touch ${touch.id} was already opened or unsubscribed through, so it cannot have bounced`
              : `Touch ${touch.id} bounced, so it cannot be ${input.event.toLowerCase()}`,
            ['input', 'event'],
          );
        }
        const newlyUnsubscribed = input.event === 'UNSUBSCRIBED' && touch.unsubscribedAt === null;
        const times = (t: TouchEntity) =>
          [t.openedAt, t.clickedAt, t.bouncedAt, t.unsubscribedAt]
            .map((time) => time?.getTime() ?? null)
            .join();
        const before = times(touch);
        switch (input.event) {
          case 'OPENED':
            touch.openedAt = earliest(touch.openedAt, at);
            break;
          case 'CLICKED':
            touch.clickedAt = earliest(touch.clickedAt, at);
            touch.openedAt = earliest(touch.openedAt, at);
            break;
          case 'BOUNCED':
            touch.bouncedAt = earliest(touch.bouncedAt, at);
            break;
          case 'UNSUBSCRIBED':
            touch.unsubscribedAt = earliest(touch.unsubscribedAt, at);
            break;
        }
        // An event under a new key that changes no time leaves the touch (and its updatedAt) as it was.
        if (times(touch) === before) return touch;
        touch.updatedAt = now;
        await manager.update(
          TouchEntity,
          { id: touch.id },
          {
            openedAt: touch.openedAt,
            clickedAt: touch.clickedAt,
            bouncedAt: touch.bouncedAt,
            unsubscribedAt: touch.unsubscribedAt,
            updatedAt: touch.updatedAt,
          },
        );
        if (newlyUnsubscribed) {
          await recordConsent(
            manager,
            {
              customerId: touch.customerId,
              channel: touch.channel,
              purpose: 'MARKETING',
              granted: false,
              source: 'unsubscribe-link',
              recordedAt: at,
            },
            now,
            { actor: context[CALLER], requestId: context.requestId },
          );
        }
        return touch;
      },
    });
    if (applied) {
      loaders.touchById.clear(touch.id).prime(touch.id, touch);
      loaders.forgetCustomer(touch.customerId);
    }
    return touch;
  },

  async updateLeadScore(_parent, args, { dataSource, customers, loaders }) {
    const { given, customer } = await parseCustomerWrite(customers, updateLeadScoreInput, args.input);
    const { result: lead, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({
        operation: 'updateLeadScore',
        input: given,
        key: 'clientEventId',
        what: 'lead score',
        customer,
      }),
      result: LeadScoreEntity,
      async apply(manager) {
        const row = manager.create(LeadScoreEntity, {
          customerId: customer.id,
          score: given.score,
          status: given.status,
          updatedAt: new Date(),
        });
        await manager.upsert(LeadScoreEntity, row, ['customerId']);
        return row;
      },
    });
    if (applied) {
      loaders.forgetCustomer(customer.id);
      loaders.leadScoreByCustomer.prime({ id: customer.id }, lead);
    }
    return lead;
  },
};
