import type { EntityManager } from 'typeorm';
import {
  customerRefFields,
  resolveCustomerRef,
  resolveCustomerRefs,
  underCustomer,
} from '../../../../lib/customer-directory';
import { badUserInput, conflict, notFound } from '../../../../lib/errors';
import { createOnce } from '../../../../lib/idempotency';
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
import { CONSENT_PURPOSES, CONTACT_CHANNELS } from '../entities/consent.entity';
import { LEAD_STATUSES, LeadScoreEntity } from '../entities/lead-score.entity';
import { PreferredChannelEntity } from '../entities/preferred-channel.entity';
import { SIGNAL_CHANNELS, SIGNAL_KINDS } from '../entities/signal.entity';
import { TouchEntity } from '../entities/touch.entity';
import { touchRequestHash } from '../request-hash';
import { ingestSignals } from '../signal-ingest';

export const MAX_SIGNALS_PER_BATCH = 1000;

const contactChannel = z.enum(CONTACT_CHANNELS);
const consentPurpose = z.enum(CONSENT_PURPOSES);

const recordSignalsInput = z.object({
  signals: z
    .array(
      z.object({
        ...customerRefFields,
        clientEventId: nonEmptyText(200),
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
  channel: contactChannel,
  purpose: consentPurpose,
  granted: z.boolean(),
  source: nonEmptyText(100),
  recordedAt: pastTime.nullish(),
});

const setPreferredChannelInput = z.object({ ...customerRefFields, channel: contactChannel });

const createCampaignInput = z
  .object({
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
  clientTouchId: nonEmptyText(200).nullish(),
  sentAt: pastTime.nullish(),
});

const recordTouchEventInput = z.object({
  touchId: uuid,
  event: z.enum(['OPENED', 'CLICKED', 'BOUNCED', 'UNSUBSCRIBED']),
  at: pastTime.nullish(),
});

const updateLeadScoreInput = z.object({
  ...customerRefFields,
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
    const signals = input.signals.map((signal, index) => underCustomer(signal, owners[index]!));
    const result = await ingestSignals(dataSource, signals, ['input', 'signals']);
    for (const signal of result.signals) loaders.signalById.prime(signal.id, signal);
    for (const customerId of new Set(signals.map((signal) => signal.customerId)))
      loaders.forgetCustomer(customerId);
    return result;
  },

  async setConsent(_parent, args, { dataSource, customers, loaders }) {
    const given = parseInput(setConsentInput, args.input, ['input']);
    const input = underCustomer(given, await resolveCustomerRef(customers, given, ['input']));
    const now = new Date();
    const consent = await dataSource.transaction((manager) =>
      recordConsent(manager, { ...input, recordedAt: input.recordedAt ?? now }, now),
    );
    loaders.forgetCustomer(input.customerId);
    return consent;
  },

  async setPreferredChannel(_parent, args, { dataSource, customers, loaders }) {
    const given = parseInput(setPreferredChannelInput, args.input, ['input']);
    const input = underCustomer(given, await resolveCustomerRef(customers, given, ['input']));
    const updatedAt = new Date();
    await dataSource.transaction((manager) =>
      manager.upsert(
        PreferredChannelEntity,
        { customerId: input.customerId, channel: input.channel, updatedAt },
        ['customerId'],
      ),
    );
    const preferred = { channel: input.channel, source: 'EXPLICIT' as const, updatedAt };
    loaders.forgetCustomer(input.customerId);
    loaders.preferredChannelByCustomer.prime({ id: input.customerId }, preferred);
    return preferred;
  },

  async createCampaign(_parent, args, { dataSource, loaders }) {
    const input = parseInput(createCampaignInput, args.input, ['input']);
    const now = new Date();
    const campaign = await dataSource.transaction(async (manager) => {
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
    const input = underCustomer(given, customer);
    if (!campaign) throw notFound('Campaign', input.campaignId, ['input', 'campaignId']);
    const now = new Date();
    const sentAt = input.sentAt ?? now;
    if (sentAt < campaign.startedAt) {
      throw badUserInput('input.sentAt must not be before the campaign started', ['input', 'sentAt']);
    }
    const clientTouchId = input.clientTouchId ?? null;
    const requestHash = clientTouchId ? touchRequestHash({ ...input, clientTouchId }) : null;
    const create = async (manager: EntityManager) => {
      const touch = manager.create(TouchEntity, {
        id: newId(),
        campaignId: campaign.id,
        customerId: input.customerId,
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
    };
    // Without a clientTouchId a touch is simply recorded; with one, a replay returns the first touch.
    const { record, created } =
      clientTouchId && requestHash
        ? await createOnce({
            dataSource,
            requestHash,
            find: (manager) => manager.findOneBy(TouchEntity, { clientTouchId }),
            conflict: () =>
              conflict(`clientTouchId ${clientTouchId} was already used for another touch`, [
                'input',
                'clientTouchId',
              ]),
            create,
          })
        : { record: await dataSource.transaction(create), created: true };
    if (created) loaders.forgetCustomer(input.customerId);
    loaders.touchById.prime(record.id, record);
    return record;
  },

  async recordTouchEvent(_parent, args, { dataSource, loaders }) {
    const input = parseInput(recordTouchEventInput, args.input, ['input']);
    const now = new Date();
    const at = input.at ?? now;
    const touch = await dataSource.transaction(async (manager) => {
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
      // A replayed event that changes no time leaves the touch (and its updatedAt) as it was.
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
        );
      }
      return touch;
    });
    loaders.touchById.clear(touch.id).prime(touch.id, touch);
    loaders.forgetCustomer(touch.customerId);
    return touch;
  },

  async updateLeadScore(_parent, args, { dataSource, customers, loaders }) {
    const given = parseInput(updateLeadScoreInput, args.input, ['input']);
    const input = underCustomer(given, await resolveCustomerRef(customers, given, ['input']));
    const lead = await dataSource.transaction(async (manager) => {
      const row = manager.create(LeadScoreEntity, { ...input, updatedAt: new Date() });
      await manager.upsert(LeadScoreEntity, row, ['customerId']);
      return row;
    });
    loaders.forgetCustomer(input.customerId);
    loaders.leadScoreByCustomer.prime({ id: input.customerId }, lead);
    return lead;
  },
};
