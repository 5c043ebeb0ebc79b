import type { EntityManager } from 'typeorm';
import { customerRefFields, parseCustomerWrite, underCustomer } from '../../../../lib/customer-directory';
import { badUserInput, type FieldPath, notFound } from '../../../../lib/errors';
import { applyOnce, clientKey, createOnce, keyedWrite } from '../../../../lib/idempotency';
import { newId } from '../../../../lib/ids';
import { nonEmptyText, parseInput, pastTime, topicSlug, uuid, z } from '../../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { AgentAssessmentEntity } from '../entities/agent-assessment.entity';
import { CsatRatingEntity } from '../entities/csat-rating.entity';
import {
  INTERACTION_KINDS,
  InteractionEntity,
  type InteractionKindValue,
} from '../entities/interaction.entity';
import {
  RESOLVED_STATUSES,
  SUPPORT_CHANNELS,
  TICKET_HANDLERS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TicketEntity,
} from '../entities/ticket.entity';

const agentId = nonEmptyText(200);
const score = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be between 1 and 5')
  .max(5, 'must be between 1 and 5');
/** Free text that may be left out; blank counts as left out. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

const openTicketInput = z.object({
  ...customerRefFields,
  clientTicketId: clientKey,
  subject: nonEmptyText(300),
  topic: topicSlug,
  channel: z.enum(SUPPORT_CHANNELS),
  // The SDL defaults apply only when a field is omitted; an explicit null means the same.
  priority: z
    .enum(TICKET_PRIORITIES)
    .nullish()
    .transform((value) => value ?? 'NORMAL'),
  handledBy: z
    .enum(TICKET_HANDLERS)
    .nullish()
    .transform((value) => value ?? 'BOT'),
  openedAt: pastTime.nullish(),
  firstMessage: optionalText(20_000),
});

const recordInteractionInput = z
  .object({
    ticketId: uuid,
    // `openTicket:` ids belong to the first messages openTicket records; a client may not take them.
    clientEventId: clientKey.refine(
      (key) => !key.startsWith('openTicket:'),
      'must not start with openTicket:',
    ),
    kind: z.enum(INTERACTION_KINDS),
    channel: z.enum(SUPPORT_CHANNELS).nullish(),
    body: optionalText(20_000),
    agentId: agentId.nullish(),
    occurredAt: pastTime.nullish(),
  })
  .superRefine((input, ctx) => {
    if ((input.kind === 'AGENT_MESSAGE' || input.kind === 'TRANSFER') && input.agentId == null) {
      ctx.addIssue({ code: 'custom', path: ['agentId'], message: `is required for ${input.kind}` });
    }
    if (input.kind === 'CUSTOMER_MESSAGE' && input.agentId != null) {
      ctx.addIssue({ code: 'custom', path: ['agentId'], message: 'is not allowed for CUSTOMER_MESSAGE' });
    }
  });

const updateTicketStatusInput = z
  .object({
    ticketId: uuid,
    clientEventId: clientKey,
    status: z.enum(TICKET_STATUSES).nullish(),
    escalated: z.boolean().nullish(),
    at: pastTime.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.status == null && input.escalated == null) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'or escalated must be given' });
    }
  });

const submitCsatInput = z.object({
  ticketId: uuid,
  clientEventId: clientKey,
  score,
  comment: optionalText(5_000),
  submittedAt: pastTime.nullish(),
});

const recordAgentAssessmentInput = z.object({
  ticketId: uuid,
  clientEventId: clientKey,
  score,
  note: optionalText(5_000),
  agentId,
  assessedAt: pastTime.nullish(),
});

/** Answers count as support's first response; anything but the bot talking means a human has the ticket. */
const RESPONSE_KINDS: readonly InteractionKindValue[] = ['AGENT_MESSAGE', 'BOT_MESSAGE'];
const HUMAN_KINDS: readonly InteractionKindValue[] = ['AGENT_MESSAGE', 'TRANSFER', 'HANDOFF_TO_HUMAN'];

/**
 * The ticket, locked for the rest of the transaction, or NOT_FOUND at `field`. Changes to the ticket
 * take a write lock; ratings only need it to stay put (a share lock).
 */
async function lockTicket(
  manager: EntityManager,
  ticketId: string,
  field: FieldPath,
  mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write',
): Promise<TicketEntity> {
  const ticket = await manager.findOne(TicketEntity, { where: { id: ticketId }, lock: { mode } });
  if (!ticket) throw notFound('Ticket', ticketId, field);
  return ticket;
}

/** A client-supplied time on a ticket must not precede its opening (the database checks it too). */
function notBeforeOpening(ticket: TicketEntity, at: Date, field: FieldPath): Date {
  if (at < ticket.openedAt) {
    throw badUserInput(
      `${field.join('.')} must not be before the ticket was opened (${ticket.openedAt.toISOString()})`,
      field,
    );
  }
  return at;
}

export const Mutation: MutationResolvers = {
  async openTicket(_parent, args, { dataSource, customers, loaders }) {
    const { given, customer } = await parseCustomerWrite(customers, openTicketInput, args.input);
    const input = underCustomer(given, customer);
    const { record: ticket, created } = await createOnce({
      dataSource,
      write: keyedWrite({
        operation: 'openTicket',
        input: given,
        key: 'clientTicketId',
        what: 'ticket',
        customer,
      }),
      find: (manager) => manager.findOneBy(TicketEntity, { clientTicketId: input.clientTicketId }),
      async create(manager, requestHash) {
        const now = new Date();
        const openedAt = input.openedAt ?? now;
        const ticket = manager.create(TicketEntity, {
          id: newId(),
          customerId: input.customerId,
          clientTicketId: input.clientTicketId,
          requestHash,
          subject: input.subject,
          topic: input.topic,
          channel: input.channel,
          status: 'OPEN',
          priority: input.priority,
          handledBy: input.handledBy,
          escalated: false,
          openedAt,
          firstResponseAt: null,
          resolvedAt: null,
          reopenedCount: 0,
          updatedAt: now,
        });
        await manager.insert(TicketEntity, ticket);
        if (input.firstMessage) {
          await manager.insert(InteractionEntity, {
            id: newId(),
            ticketId: ticket.id,
            // Derived from the ticket's key (a namespace clients may not use), so replaying openTicket can
            // never record the message twice.
            clientEventId: `openTicket:${input.clientTicketId}`,
            requestHash,
            kind: 'CUSTOMER_MESSAGE',
            channel: input.channel,
            body: input.firstMessage,
            agentId: null,
            occurredAt: openedAt,
          });
        }
        return ticket;
      },
    });
    if (created) loaders.forgetCustomer(ticket.customerId);
    loaders.ticketById.prime(ticket.id, ticket);
    return ticket;
  },

  async recordInteraction(_parent, args, { dataSource, loaders }) {
    const input = parseInput(recordInteractionInput, args.input, ['input']);
    let answered: TicketEntity | null = null;
    const { record: interaction, created } = await createOnce({
      dataSource,
      write: keyedWrite({ operation: 'recordInteraction', input, key: 'clientEventId', what: 'interaction' }),
      find: (manager) => manager.findOneBy(InteractionEntity, { clientEventId: input.clientEventId }),
      async create(manager, requestHash) {
        const ticket = await lockTicket(manager, input.ticketId, ['input', 'ticketId']);
        const now = new Date();
        const occurredAt = notBeforeOpening(ticket, input.occurredAt ?? now, ['input', 'occurredAt']);
        const interaction = manager.create(InteractionEntity, {
          id: newId(),
          ticketId: ticket.id,
          clientEventId: input.clientEventId,
          requestHash,
          kind: input.kind,
          channel: input.channel ?? ticket.channel,
          body: input.body,
          agentId: input.agentId ?? null,
          occurredAt,
        });
        await manager.insert(InteractionEntity, interaction);
        // Events may arrive out of order: the first response is the earliest answer, whenever it is recorded.
        if (
          RESPONSE_KINDS.includes(input.kind) &&
          (ticket.firstResponseAt === null || occurredAt < ticket.firstResponseAt)
        ) {
          ticket.firstResponseAt = occurredAt;
        }
        if (HUMAN_KINDS.includes(input.kind)) ticket.handledBy = 'HUMAN';
        ticket.updatedAt = now;
        await manager.save(ticket);
        answered = ticket;
        return interaction;
      },
    });
    if (created && answered) {
      const ticket: TicketEntity = answered;
      loaders.ticketById.clear(ticket.id).prime(ticket.id, ticket);
      loaders.forgetCustomer(ticket.customerId);
    }
    return interaction;
  },

  async updateTicketStatus(_parent, args, { dataSource, loaders }) {
    const input = parseInput(updateTicketStatusInput, args.input, ['input']);
    const { result: ticket, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({
        operation: 'updateTicketStatus',
        input,
        key: 'clientEventId',
        what: 'status change',
      }),
      result: TicketEntity,
      async apply(manager) {
        const ticket = await lockTicket(manager, input.ticketId, ['input', 'ticketId']);
        const at = notBeforeOpening(ticket, input.at ?? new Date(), ['input', 'at']);
        let changed = false;
        if (input.status != null && input.status !== ticket.status) {
          const wasResolved = RESOLVED_STATUSES.includes(ticket.status);
          const isResolved = RESOLVED_STATUSES.includes(input.status);
          if (isResolved && !wasResolved) ticket.resolvedAt = at;
          if (wasResolved && !isResolved) {
            ticket.reopenedCount += 1;
            ticket.resolvedAt = null;
          }
          ticket.status = input.status;
          changed = true;
        }
        if (input.escalated != null && input.escalated !== ticket.escalated) {
          ticket.escalated = input.escalated;
          changed = true;
        }
        if (changed) {
          ticket.updatedAt = new Date();
          await manager.save(ticket);
        }
        return ticket;
      },
    });
    if (applied) {
      loaders.ticketById.clear(ticket.id).prime(ticket.id, ticket);
      loaders.forgetCustomer(ticket.customerId);
    }
    return ticket;
  },

  async submitCsat(_parent, args, { dataSource, loaders }) {
    const input = parseInput(submitCsatInput, args.input, ['input']);
    let customerId: string | null = null;
    const { result: rating, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({ operation: 'submitCsat', input, key: 'clientEventId', what: 'rating' }),
      result: CsatRatingEntity,
      async apply(manager) {
        const ticket = await lockTicket(manager, input.ticketId, ['input', 'ticketId'], 'pessimistic_read');
        customerId = ticket.customerId;
        const rating = manager.create(CsatRatingEntity, {
          ticketId: ticket.id,
          score: input.score,
          comment: input.comment,
          submittedAt: notBeforeOpening(ticket, input.submittedAt ?? new Date(), ['input', 'submittedAt']),
        });
        // One rating per ticket: a resubmission replaces the previous one.
        await manager.upsert(CsatRatingEntity, rating, ['ticketId']);
        return rating;
      },
    });
    if (applied) {
      loaders.csatByTicket.clear(rating.ticketId).prime(rating.ticketId, rating);
      if (customerId) loaders.forgetCustomer(customerId);
    }
    return rating;
  },

  async recordAgentAssessment(_parent, args, { dataSource, loaders }) {
    const input = parseInput(recordAgentAssessmentInput, args.input, ['input']);
    let customerId: string | null = null;
    const { result: assessment, applied } = await applyOnce({
      dataSource,
      write: keyedWrite({
        operation: 'recordAgentAssessment',
        input,
        key: 'clientEventId',
        what: 'assessment',
      }),
      result: AgentAssessmentEntity,
      async apply(manager) {
        const ticket = await lockTicket(manager, input.ticketId, ['input', 'ticketId'], 'pessimistic_read');
        customerId = ticket.customerId;
        const assessment = manager.create(AgentAssessmentEntity, {
          ticketId: ticket.id,
          score: input.score,
          note: input.note,
          agentId: input.agentId,
          assessedAt: notBeforeOpening(ticket, input.assessedAt ?? new Date(), ['input', 'assessedAt']),
        });
        // One assessment per ticket: a new one replaces the previous one.
        await manager.upsert(AgentAssessmentEntity, assessment, ['ticketId']);
        return assessment;
      },
    });
    if (applied) {
      loaders.assessmentByTicket.clear(assessment.ticketId).prime(assessment.ticketId, assessment);
      if (customerId) loaders.forgetCustomer(customerId);
    }
    return assessment;
  },
};
