import type { DataSource } from 'typeorm';
import { payloadHash } from '../../lib/idempotency';
import { stableId } from '../../lib/ids';
import { AgentAssessmentEntity } from '../../subgraphs/support/src/entities/agent-assessment.entity';
import { CsatRatingEntity } from '../../subgraphs/support/src/entities/csat-rating.entity';
import {
  InteractionEntity,
  type InteractionKindValue,
} from '../../subgraphs/support/src/entities/interaction.entity';
import {
  type SupportChannelValue,
  TicketEntity,
  type TicketPriorityValue,
  type TicketStatusValue,
} from '../../subgraphs/support/src/entities/ticket.entity';
import { insertIgnoringExisting } from './insert';
import type { Random } from './random';
import { DAY_MS, type DemoCustomer, randomFor } from './world';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

const TOPICS = [
  {
    topic: 'delivery',
    subjects: ['Where is my parcel?', 'Delivery is late', 'Parcel marked delivered but not here'],
    message: 'My order still has not arrived. Can you tell me where it is?',
  },
  {
    topic: 'billing-double-charge',
    subjects: ['Charged twice for one order', 'Duplicate payment on my card'],
    message: 'I see two identical charges on my card statement for the same order.',
  },
  {
    topic: 'login',
    subjects: ['Cannot log in', 'Password reset email never arrives'],
    message: 'I cannot log in to my account, the password reset link does not work.',
  },
  {
    topic: 'refund',
    subjects: ['Refund not received', 'How do I return an item?'],
    message: 'I returned an item two weeks ago and have not been refunded yet.',
  },
  {
    topic: 'damaged-item',
    subjects: ['Item arrived damaged', 'Broken part in my order'],
    message: 'The item in my last order arrived broken. What can I do?',
  },
  {
    topic: 'invoice',
    subjects: ['Need a copy of my invoice', 'Wrong address on invoice'],
    message: 'Could you send me a corrected invoice for my last order?',
  },
  {
    topic: 'product-question',
    subjects: ['Which refill fits my kit?', 'Question about the pro tool'],
    message: 'Which refill pack is compatible with the starter kit I bought?',
  },
  {
    topic: 'subscription-change',
    subjects: ['Change my plan', 'Pause my subscription'],
    message: 'I would like to change my subscription plan. How do I do that?',
  },
] as const;
type Topic = (typeof TOPICS)[number];

/** Weighted: email and chat are the busiest channels. */
const CHANNELS: readonly SupportChannelValue[] = [
  'EMAIL',
  'EMAIL',
  'EMAIL',
  'CHAT',
  'CHAT',
  'CHAT',
  'PHONE',
  'PHONE',
  'WEB_FORM',
  'WEB_FORM',
  'SOCIAL',
];
const PRIORITIES: readonly TicketPriorityValue[] = [
  'LOW',
  'NORMAL',
  'NORMAL',
  'NORMAL',
  'NORMAL',
  'HIGH',
  'URGENT',
];
const AGENTS = [
  'agent-amira',
  'agent-bruno',
  'agent-chen',
  'agent-dana',
  'agent-emil',
  'agent-fatou',
] as const;
/** Mostly 4–5, some 1–2; worse after a bumpy ride (reopened, handed off, transferred). */
const CSAT_SMOOTH = [5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 2, 1] as const;
const CSAT_BUMPY = [5, 4, 4, 4, 3, 3, 2, 1] as const;
/** Agents rate their own resolution a bit higher than customers do: the perception gap. */
const ASSESSMENT_LIFT = [0, 0, 0, 1, 1, 2] as const;
const ASSESSMENT_ALONE = [5, 5, 5, 4, 4, 4, 3] as const;
const HUMAN_KINDS: readonly InteractionKindValue[] = ['AGENT_MESSAGE', 'TRANSFER', 'HANDOFF_TO_HUMAN'];

interface SupportRows {
  tickets: TicketEntity[];
  interactions: InteractionEntity[];
  csat: CsatRatingEntity[];
  assessments: AgentAssessmentEntity[];
}

interface DemoEvent {
  kind: InteractionKindValue;
  at: number;
  agentId?: string;
  body?: string;
}

interface DemoTicket {
  n: number;
  openedAt: number;
  topic: string;
  subject: string;
  channel: SupportChannelValue;
  priority: TicketPriorityValue;
  /** A bot answers first; without a handoff it keeps the ticket. */
  botFirst: boolean;
  escalated: boolean;
  events: DemoEvent[];
  /** Resolution times; a reopen adds a second. The ticket is open when the last lies ahead of now. */
  resolutions: number[];
  /** Open tickets: PENDING when support waits for the customer. */
  openStatus?: TicketStatusValue;
  closed?: boolean;
  csat?: { score: number; comment: string | null; at: number };
  assessment?: { score: number; note: string | null; agentId: string; at: number };
}

/**
 * Turns a scripted ticket into rows, as of `now`: events and resolutions still in the future are left
 * out, so a ticket whose resolution lies ahead is open, and one reopened before now counts the reopen.
 */
function addTicket(rows: SupportRows, customer: DemoCustomer, ticket: DemoTicket, now: number): void {
  const id = stableId('demo-ticket', customer.id, ticket.n);
  const clientTicketId = `demo-${customer.index}-${ticket.n}`;
  const requestHash = payloadHash({ seed: clientTicketId });
  const events = ticket.events.filter((event) => event.at <= now).sort((a, b) => a.at - b.at);
  const resolved = ticket.resolutions.filter((at) => at <= now);
  // Resolved once per resolution; every resolution but the last was followed by a reopen.
  const isResolved = resolved.length > 0 && resolved.length === ticket.resolutions.length;
  const reopenedCount = isResolved ? resolved.length - 1 : resolved.length;
  const resolvedAt = isResolved ? resolved.at(-1)! : null;
  const firstResponse = events.find(
    (event) => event.kind === 'AGENT_MESSAGE' || event.kind === 'BOT_MESSAGE',
  );
  // The same rule as recordInteraction: an agent message, transfer or handoff puts a human in charge.
  const human = !ticket.botFirst || events.some((event) => HUMAN_KINDS.includes(event.kind));
  const lastChange = Math.max(ticket.openedAt, ...events.map((event) => event.at), resolvedAt ?? 0);
  const status: TicketStatusValue = isResolved
    ? ticket.closed
      ? 'CLOSED'
      : 'RESOLVED'
    : (ticket.openStatus ?? (events.at(-1)?.kind === 'CUSTOMER_MESSAGE' ? 'OPEN' : 'PENDING'));

  rows.tickets.push(
    Object.assign(new TicketEntity(), {
      id,
      customerId: customer.id,
      clientTicketId,
      requestHash,
      subject: ticket.subject,
      topic: ticket.topic,
      channel: ticket.channel,
      status,
      priority: ticket.priority,
      handledBy: human ? 'HUMAN' : 'BOT',
      escalated: ticket.escalated,
      openedAt: new Date(ticket.openedAt),
      firstResponseAt: firstResponse ? new Date(firstResponse.at) : null,
      resolvedAt: resolvedAt === null ? null : new Date(resolvedAt),
      reopenedCount,
      updatedAt: new Date(lastChange),
    }),
  );
  events.forEach((event, i) => {
    rows.interactions.push(
      Object.assign(new InteractionEntity(), {
        id: stableId('demo-interaction', id, i),
        ticketId: id,
        // The opening message is recorded the way openTicket records it.
        clientEventId: i === 0 ? `openTicket:${clientTicketId}` : `${clientTicketId}-${i}`,
        requestHash,
        kind: event.kind,
        channel: ticket.channel,
        body: event.body ?? null,
        agentId: event.agentId ?? null,
        occurredAt: new Date(event.at),
      }),
    );
  });
  if (resolvedAt === null) return;
  if (ticket.csat && ticket.csat.at <= now) {
    rows.csat.push(
      Object.assign(new CsatRatingEntity(), {
        ticketId: id,
        score: ticket.csat.score,
        comment: ticket.csat.comment,
        submittedAt: new Date(ticket.csat.at),
      }),
    );
  }
  if (ticket.assessment && ticket.assessment.at <= now) {
    rows.assessments.push(
      Object.assign(new AgentAssessmentEntity(), {
        ticketId: id,
        score: ticket.assessment.score,
        note: ticket.assessment.note,
        agentId: ticket.assessment.agentId,
        assessedAt: new Date(ticket.assessment.at),
      }),
    );
  }
}

/** Minutes to hours, skewed short: most answers come quickly, a few take most of a day. */
const skewedMinutes = (random: Random, min: number, max: number) =>
  min + Math.round(random.next() ** 2 * (max - min));

/** An ordinary ticket with realistic timings, drawn from the customer's own random stream. */
function ordinaryTicket(random: Random, n: number, openedAt: number, topic: Topic): DemoTicket {
  const channel = random.pick(CHANNELS);
  const botFirst =
    channel === 'CHAT' || channel === 'WEB_FORM'
      ? random.chance(0.7)
      : channel === 'EMAIL'
        ? random.chance(0.2)
        : false;
  const handoff = botFirst && random.chance(0.45);
  const transfer = !botFirst && random.chance(0.08);
  const reopen = random.chance(0.1);
  const agent = random.pick(AGENTS);
  const events: DemoEvent[] = [{ kind: 'CUSTOMER_MESSAGE', at: openedAt, body: topic.message }];
  let at = openedAt;
  let lastAgent: string | null = null;
  if (botFirst) {
    at += random.int(10, 180) * 1000;
    events.push({
      kind: 'BOT_MESSAGE',
      at,
      body: 'Thanks for reaching out! Here is an article that may help.',
    });
    if (handoff) {
      at += random.int(1, 15) * MINUTE_MS;
      events.push({ kind: 'HANDOFF_TO_HUMAN', at, agentId: agent });
      at += skewedMinutes(random, 5, 240) * MINUTE_MS;
      events.push({
        kind: 'AGENT_MESSAGE',
        at,
        agentId: agent,
        body: 'Hi, I am taking over from our assistant.',
      });
      lastAgent = agent;
    }
  } else {
    at += skewedMinutes(random, 5, 480) * MINUTE_MS;
    events.push({ kind: 'AGENT_MESSAGE', at, agentId: agent, body: 'Thanks, I am looking into it.' });
    lastAgent = agent;
  }
  if (transfer) {
    const specialist = random.pick(AGENTS.filter((name) => name !== agent));
    at += random.int(10, 120) * MINUTE_MS;
    events.push({ kind: 'TRANSFER', at, agentId: specialist });
    at += skewedMinutes(random, 10, 600) * MINUTE_MS;
    events.push({ kind: 'AGENT_MESSAGE', at, agentId: specialist, body: 'I am the specialist for this.' });
    lastAgent = specialist;
  }
  // 2–8 interactions in all: fill up with back-and-forth exchanges.
  const room = 8 - events.length - (reopen ? 2 : 0);
  const exchanges = random.int(0, Math.min(2, Math.floor(room / 2)));
  for (let i = 0; i < exchanges; i++) {
    at += random.int(30, 1440) * MINUTE_MS;
    events.push({ kind: 'CUSTOMER_MESSAGE', at, body: 'Thanks. One more question about this.' });
    at += skewedMinutes(random, 5, 600) * MINUTE_MS;
    events.push(
      lastAgent
        ? { kind: 'AGENT_MESSAGE', at, agentId: lastAgent, body: 'Sure, here is the answer.' }
        : { kind: 'BOT_MESSAGE', at, body: 'Here is what I found.' },
    );
  }
  const resolutions = [at + skewedMinutes(random, 10, 4 * 1440) * MINUTE_MS];
  if (reopen) {
    let again = resolutions[0]! + random.int(1, 5) * DAY_MS;
    events.push({ kind: 'CUSTOMER_MESSAGE', at: again, body: 'This is not fixed, the problem is back.' });
    again += skewedMinutes(random, 10, 600) * MINUTE_MS;
    events.push(
      lastAgent
        ? { kind: 'AGENT_MESSAGE', at: again, agentId: lastAgent, body: 'Sorry about that, reopening.' }
        : { kind: 'BOT_MESSAGE', at: again, body: 'Sorry to hear that. Let me try again.' },
    );
    resolutions.push(again + skewedMinutes(random, 30, 3 * 1440) * MINUTE_MS);
  }
  const resolvedAt = resolutions.at(-1)!;
  const bumpy = reopen || handoff || transfer;
  const csatScore = random.pick(bumpy ? CSAT_BUMPY : CSAT_SMOOTH);
  const csat = random.chance(0.6)
    ? {
        score: csatScore,
        comment: csatScore <= 2 ? 'Took far too long.' : csatScore >= 5 ? 'Great help, thanks!' : null,
        at: resolvedAt + random.int(5, 2880) * MINUTE_MS,
      }
    : undefined;
  // Only a human agent assesses a resolution; a bot-only ticket has none (about 70% of resolved tickets overall).
  const assessment =
    lastAgent && random.chance(0.85)
      ? {
          score: csat
            ? Math.min(5, csat.score + random.pick(ASSESSMENT_LIFT))
            : random.pick(ASSESSMENT_ALONE),
          note: null,
          agentId: lastAgent,
          at: resolvedAt + random.int(1, 120) * MINUTE_MS,
        }
      : undefined;
  return {
    n,
    openedAt,
    topic: topic.topic,
    subject: random.pick(topic.subjects),
    channel,
    priority: random.pick(PRIORITIES),
    botFirst,
    escalated: random.chance(0.06),
    events,
    resolutions,
    closed: random.chance(0.4),
    csat,
    assessment,
  };
}

interface FollowUpOf {
  at: number;
  topic: Topic;
}

function ordinarySupport(rows: SupportRows, customer: DemoCustomer, random: Random, now: number): void {
  const from = customer.createdAt.getTime();
  const until = now - 10 * MINUTE_MS;
  const span = Math.max(MINUTE_MS, until - from);
  const count = random.int(1, 6);
  const times = Array.from({ length: count }, () => from + random.next() * span).sort((a, b) => a - b);
  const earlier: FollowUpOf[] = [];
  for (const [n, drawn] of times.entries()) {
    // About one ticket in five follows up the previous one within a week, on the same topic: a repeat contact.
    const followUp = random.chance(0.2) ? earlier.at(-1) : undefined;
    const at: number = followUp ? Math.min(until, followUp.at + random.int(1, 6) * DAY_MS) : drawn;
    const topic: Topic = followUp ? followUp.topic : random.pick(TOPICS);
    const ticket = ordinaryTicket(random, n, at, topic);
    // A few recent tickets got stuck: never (or, after a reopen, never again) resolved.
    const stuck = random.chance(0.05);
    const stuckStatus = random.pick(['OPEN', 'PENDING'] as const);
    if (stuck && now - at < 120 * DAY_MS) {
      ticket.resolutions = [...ticket.resolutions.slice(0, -1), Number.POSITIVE_INFINITY];
      ticket.openStatus = stuckStatus;
    }
    addTicket(rows, customer, ticket, now);
    earlier.push({ at, topic });
  }
}

/** A persona's support history, written to tell its story (see PERSONAS). */
function personaSupport(rows: SupportRows, customer: DemoCustomer, now: number): void {
  const daysAgo = (days: number, hour = 9) => {
    const at = new Date(now - days * DAY_MS);
    at.setUTCHours(hour, 0, 0, 0);
    return Math.min(at.getTime(), now - HOUR_MS);
  };
  switch (customer.persona) {
    case 'repeat-contact': {
      const billing = TOPICS.find((topic) => topic.topic === 'billing-double-charge')!;
      // 1. Resolved after a transfer to billing; she rated it 2, the agent rated it 4.
      const first = daysAgo(13);
      const firstResolved = first + 27 * HOUR_MS;
      addTicket(
        rows,
        customer,
        {
          n: 0,
          openedAt: first,
          topic: billing.topic,
          subject: 'Charged twice for one order',
          channel: 'EMAIL',
          priority: 'NORMAL',
          botFirst: false,
          escalated: false,
          events: [
            { kind: 'CUSTOMER_MESSAGE', at: first, body: billing.message },
            {
              kind: 'AGENT_MESSAGE',
              at: first + 3 * HOUR_MS,
              agentId: 'agent-bruno',
              body: 'I can see both charges. Passing you to our billing team.',
            },
            { kind: 'TRANSFER', at: first + 3 * HOUR_MS + 20 * MINUTE_MS, agentId: 'agent-dana' },
            {
              kind: 'AGENT_MESSAGE',
              at: first + 26 * HOUR_MS,
              agentId: 'agent-dana',
              body: 'The duplicate charge has been refunded.',
            },
          ],
          resolutions: [firstResolved],
          csat: {
            score: 2,
            comment: 'I had to explain everything twice and the money is still not back.',
            at: firstResolved + 2 * HOUR_MS,
          },
          assessment: {
            score: 4,
            note: 'Duplicate charge refunded, customer informed.',
            agentId: 'agent-dana',
            at: firstResolved + 15 * MINUTE_MS,
          },
        },
        now,
      );
      // 2. Five days later, resolved, then reopened: the refund never arrived. Escalated, still open.
      const second = daysAgo(8, 14);
      addTicket(
        rows,
        customer,
        {
          n: 1,
          openedAt: second,
          topic: billing.topic,
          subject: 'Refund for the double charge is missing',
          channel: 'WEB_FORM',
          priority: 'HIGH',
          botFirst: false,
          escalated: true,
          events: [
            { kind: 'CUSTOMER_MESSAGE', at: second, body: 'The refund you promised has not arrived.' },
            {
              kind: 'AGENT_MESSAGE',
              at: second + 5 * HOUR_MS,
              agentId: 'agent-chen',
              body: 'The refund is on its way, it takes 5–7 days.',
            },
            {
              kind: 'CUSTOMER_MESSAGE',
              at: daysAgo(4, 10),
              body: 'Still no refund, and I was charged twice again this month.',
            },
            {
              kind: 'AGENT_MESSAGE',
              at: daysAgo(4, 12),
              agentId: 'agent-chen',
              body: 'I am escalating this to the billing lead.',
            },
          ],
          resolutions: [daysAgo(6, 11), Number.POSITIVE_INFINITY],
          openStatus: 'OPEN',
        },
        now,
      );
      // 3. The latest, two days ago in chat: the bot failed and handed her to a human. Open.
      const third = daysAgo(2, 19);
      addTicket(
        rows,
        customer,
        {
          n: 2,
          openedAt: third,
          topic: billing.topic,
          subject: 'Double charge, third time asking',
          channel: 'CHAT',
          priority: 'HIGH',
          botFirst: true,
          escalated: false,
          events: [
            { kind: 'CUSTOMER_MESSAGE', at: third, body: 'I was charged twice AGAIN.' },
            {
              kind: 'BOT_MESSAGE',
              at: third + 30 * 1000,
              body: 'I can help with billing! Have you checked the invoices page in your account?',
            },
            {
              kind: 'CUSTOMER_MESSAGE',
              at: third + 2 * MINUTE_MS,
              body: 'I need a human. This is the third time I am writing about this.',
            },
            { kind: 'HANDOFF_TO_HUMAN', at: third + 3 * MINUTE_MS, agentId: 'agent-dana' },
            {
              kind: 'AGENT_MESSAGE',
              at: third + 40 * MINUTE_MS,
              agentId: 'agent-dana',
              body: 'I am so sorry. I have your previous tickets in front of me.',
            },
          ],
          resolutions: [Number.POSITIVE_INFINITY],
          openStatus: 'OPEN',
        },
        now,
      );
      return;
    }
    case 'loyal-cancel-intent': {
      // One old, smooth ticket: a late parcel, sorted out the same day.
      const opened = daysAgo(320, 8);
      const resolved = opened + 6 * HOUR_MS;
      const delivery = TOPICS.find((topic) => topic.topic === 'delivery')!;
      addTicket(
        rows,
        customer,
        {
          n: 0,
          openedAt: opened,
          topic: delivery.topic,
          subject: 'Delivery is late',
          channel: 'EMAIL',
          priority: 'NORMAL',
          botFirst: false,
          escalated: false,
          events: [
            { kind: 'CUSTOMER_MESSAGE', at: opened, body: delivery.message },
            {
              kind: 'AGENT_MESSAGE',
              at: opened + 2 * HOUR_MS,
              agentId: 'agent-amira',
              body: 'It was held at the depot; it goes out today.',
            },
            { kind: 'CUSTOMER_MESSAGE', at: opened + 5 * HOUR_MS, body: 'It just arrived, thank you!' },
          ],
          resolutions: [resolved],
          closed: true,
          csat: { score: 5, comment: 'Quick and friendly, thank you!', at: resolved + HOUR_MS },
          assessment: { score: 5, note: null, agentId: 'agent-amira', at: resolved + 10 * MINUTE_MS },
        },
        now,
      );
      return;
    }
    default:
      // The other personas have never contacted support (knownToSupport is false for them).
      return;
  }
}

/**
 * Tickets with their conversations, CSAT and agent assessments for the customers support knows
 * (about 35%; of the personas only repeat-contact and loyal-cancel-intent).
 */
export async function seedSupport(
  dataSource: DataSource,
  customers: DemoCustomer[],
  now: Date,
): Promise<void> {
  const rows: SupportRows = { tickets: [], interactions: [], csat: [], assessments: [] };
  for (const customer of customers) {
    if (!customer.knownToSupport) continue;
    if (customer.persona) personaSupport(rows, customer, now.getTime());
    else ordinarySupport(rows, customer, randomFor(customer, 'support'), now.getTime());
  }
  await insertIgnoringExisting(dataSource, TicketEntity, rows.tickets);
  await insertIgnoringExisting(dataSource, InteractionEntity, rows.interactions);
  await insertIgnoringExisting(dataSource, CsatRatingEntity, rows.csat);
  await insertIgnoringExisting(dataSource, AgentAssessmentEntity, rows.assessments);
}
