import { randomUUID } from 'node:crypto';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { customerId } from '../../scripts/demo/world';
import { freshKey, itReplaysAndRefusesReusedKeys, withClientKey } from '../helpers/client-keys';
import { entities, fieldNames, schemaFile, serviceSdl } from '../helpers/contract';
import { sql } from '../helpers/db';
import { createTestCustomer, type GraphQLResponse, postGraphQL, startTestSubgraph } from '../helpers/stack';

const LENA = customerId(0);
const RITA = customerId(3);
const NOBODY = '00000000-0000-4000-8000-000000000000';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

type Row = Record<string, unknown>;

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);
/** A unique idempotency key, so parallel workers and reruns never collide. */
const newKey = (label: string) => `contract-support-${label}-${randomUUID()}`;

const TICKET_FIELDS = `id customer { id } clientTicketId subject topic channel status priority handledBy escalated
  openedAt firstResponseAt resolvedAt reopenedCount updatedAt
  csat { ticket { id } score comment submittedAt }
  agentAssessment { ticket { id } score note agentId assessedAt }`;
const INTERACTION_FIELDS = 'id ticket { id } kind channel body agentId occurredAt clientEventId';
const SUMMARY_FIELDS = `ticketCount openTicketCount ticketsOpenLongerThan7Days lastTicketOpenedAt lastContactAt
  contactCount90d repeatContactCount90d reopenedCount90d transferCount90d botToHumanHandoffCount90d
  escalatedCount90d resolvedCount90d firstContactResolutionCount90d firstContactResolutionRate90d
  medianResolutionHours90d medianFirstResponseHours90d lastCsat lastCsatAt csatCount90d averageCsat90d
  averageAgentAssessment90d csatAndAssessmentPairs90d averageAssessmentMinusCsat90d`;

/** A ticket as the API must show it, built from its stored rows. */
async function storedTicket(id: string) {
  const [row] = await sql('support', 'SELECT * FROM tickets WHERE id = $1', [id]);
  const [csat] = await sql('support', 'SELECT * FROM csat_ratings WHERE ticket_id = $1', [id]);
  const [assessment] = await sql('support', 'SELECT * FROM agent_assessments WHERE ticket_id = $1', [id]);
  if (!row) throw new Error(`ticket ${id} is not stored`);
  return {
    id: row.id,
    customer: { id: row.customer_id },
    clientTicketId: row.client_ticket_id,
    subject: row.subject,
    topic: row.topic,
    channel: row.channel,
    status: row.status,
    priority: row.priority,
    handledBy: row.handled_by,
    escalated: row.escalated,
    openedAt: iso(row.opened_at),
    firstResponseAt: iso(row.first_response_at),
    resolvedAt: iso(row.resolved_at),
    reopenedCount: row.reopened_count,
    updatedAt: iso(row.updated_at),
    csat: csat
      ? { ticket: { id }, score: csat.score, comment: csat.comment, submittedAt: iso(csat.submitted_at) }
      : null,
    agentAssessment: assessment
      ? {
          ticket: { id },
          score: assessment.score,
          note: assessment.note,
          agentId: assessment.agent_id,
          assessedAt: iso(assessment.assessed_at),
        }
      : null,
  };
}

function interactionFromRow(row: Row) {
  return {
    id: row.id,
    ticket: { id: row.ticket_id },
    kind: row.kind,
    channel: row.channel,
    body: row.body,
    agentId: row.agent_id,
    occurredAt: iso(row.occurred_at),
    clientEventId: row.client_event_id,
  };
}

const count = async (text: string, params: unknown[]) =>
  (await sql<{ n: number }>('support', `SELECT count(*)::int AS n FROM ${text}`, params))[0]!.n;

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
const average = (values: number[]) =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
const latest = (dates: Date[]) =>
  dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : null;

interface TicketRow {
  id: string;
  status: string;
  opened_at: Date;
  first_response_at: Date | null;
  resolved_at: Date | null;
  reopened_count: number;
  escalated: boolean;
}

/**
 * The SupportSummary definitions of schema.graphql applied in plain code to the customer's raw rows
 * (or those of a merged group of customers): an implementation independent of the loader's SQL.
 */
async function storedSummary(customer: string | string[]) {
  const group = typeof customer === 'string' ? [customer] : customer;
  const tickets = await sql<TicketRow>(
    'support',
    'SELECT * FROM tickets WHERE customer_id = ANY($1) ORDER BY opened_at, id',
    [group],
  );
  const interactions = await sql<{ ticket_id: string; kind: string; occurred_at: Date }>(
    'support',
    'SELECT i.ticket_id, i.kind, i.occurred_at FROM interactions i JOIN tickets t ON t.id = i.ticket_id WHERE t.customer_id = ANY($1)',
    [group],
  );
  const ratings = await sql<{ score: number; submitted_at: Date; assessment: number | null }>(
    'support',
    `SELECT c.score, c.submitted_at, a.score AS assessment
     FROM csat_ratings c JOIN tickets t ON t.id = c.ticket_id LEFT JOIN agent_assessments a ON a.ticket_id = c.ticket_id
     WHERE t.customer_id = ANY($1) ORDER BY c.submitted_at DESC`,
    [group],
  );
  const assessments = await sql<{ score: number; assessed_at: Date }>(
    'support',
    'SELECT a.score, a.assessed_at FROM agent_assessments a JOIN tickets t ON t.id = a.ticket_id WHERE t.customer_id = ANY($1)',
    [group],
  );
  const now = Date.now();
  const since = now - 90 * DAY_MS;
  const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / HOUR_MS;
  const open = tickets.filter((ticket) => ticket.status === 'OPEN' || ticket.status === 'PENDING');
  const recent = tickets.filter((ticket) => ticket.opened_at.getTime() > since);
  const recentResolved = recent.filter((ticket) => ticket.resolved_at !== null);
  const bumped = new Set(
    interactions
      .filter((interaction) => interaction.kind === 'TRANSFER' || interaction.kind === 'HANDOFF_TO_HUMAN')
      .map((interaction) => interaction.ticket_id),
  );
  const recentInteractions = (kind: string) =>
    interactions.filter(
      (interaction) => interaction.kind === kind && interaction.occurred_at.getTime() > since,
    ).length;
  const firstContactResolutions = recentResolved.filter(
    (ticket) => ticket.reopened_count === 0 && !bumped.has(ticket.id),
  ).length;
  const recentRatings = ratings.filter((rating) => rating.submitted_at.getTime() > since);
  const pairs = recentRatings.filter((rating) => rating.assessment !== null);
  const lastTicketOpenedAt = latest(tickets.map((ticket) => ticket.opened_at));
  return {
    ticketCount: tickets.length,
    openTicketCount: open.length,
    ticketsOpenLongerThan7Days: open.filter((ticket) => ticket.opened_at.getTime() < now - 7 * DAY_MS).length,
    lastTicketOpenedAt: iso(lastTicketOpenedAt),
    lastContactAt: iso(
      latest([
        ...(lastTicketOpenedAt ? [lastTicketOpenedAt] : []),
        ...interactions
          .filter((interaction) => interaction.kind === 'CUSTOMER_MESSAGE')
          .map((interaction) => interaction.occurred_at),
      ]),
    ),
    contactCount90d: recent.length,
    repeatContactCount90d: recent.filter((ticket) => {
      const previous = tickets[tickets.indexOf(ticket) - 1];
      const soonAfter =
        previous !== undefined && ticket.opened_at.getTime() - previous.opened_at.getTime() <= 7 * DAY_MS;
      return soonAfter || ticket.reopened_count > 0;
    }).length,
    reopenedCount90d: recent.reduce((sum, ticket) => sum + ticket.reopened_count, 0),
    transferCount90d: recentInteractions('TRANSFER'),
    botToHumanHandoffCount90d: recentInteractions('HANDOFF_TO_HUMAN'),
    escalatedCount90d: recent.filter((ticket) => ticket.escalated).length,
    resolvedCount90d: recentResolved.length,
    firstContactResolutionCount90d: firstContactResolutions,
    firstContactResolutionRate90d: recentResolved.length
      ? firstContactResolutions / recentResolved.length
      : null,
    medianResolutionHours90d: round2(
      median(recentResolved.map((ticket) => hours(ticket.opened_at, ticket.resolved_at!))),
    ),
    medianFirstResponseHours90d: round2(
      median(
        recent
          .filter((ticket) => ticket.first_response_at !== null)
          .map((ticket) => hours(ticket.opened_at, ticket.first_response_at!)),
      ),
    ),
    lastCsat: ratings[0]?.score ?? null,
    lastCsatAt: iso(ratings[0]?.submitted_at ?? null),
    csatCount90d: recentRatings.length,
    averageCsat90d: round2(average(recentRatings.map((rating) => rating.score))),
    averageAgentAssessment90d: round2(
      average(
        assessments
          .filter((assessment) => assessment.assessed_at.getTime() > since)
          .map((assessment) => assessment.score),
      ),
    ),
    csatAndAssessmentPairs90d: pairs.length,
    averageAssessmentMinusCsat90d: round2(average(pairs.map((rating) => rating.assessment! - rating.score))),
  };
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string } }>;
}

describe('support subgraph contract', () => {
  let customers: RunningSubgraph;
  let support: RunningSubgraph;
  beforeAll(async () => {
    customers = await startTestSubgraph('customers');
    support = await startTestSubgraph('support', customers.url);
  });
  afterAll(async () => {
    await support.stop();
    await customers.stop();
  });

  const summaryOf = async (id: string) => {
    const [customer] = await entities<{ supportSummary: Record<string, unknown> }>(
      support.url,
      [{ __typename: 'Customer', id }],
      `... on Customer { supportSummary { ${SUMMARY_FIELDS} } }`,
    );
    return customer!.supportSummary;
  };
  /** Runs a mutation; one whose test gives no client key gets a fresh one (`withClientKey`). */
  const mutate = <T>(query: string, input: Record<string, unknown>) =>
    postGraphQL<T>(support.url, query, { input: withClientKey(query, input) });

  it('should serve its schema.graphql through _service { sdl }', async () => {
    expect(fieldNames(await serviceSdl(support.url))).toEqual(fieldNames(schemaFile('support')));
  });

  it('should resolve Customer, Ticket and Interaction entities with their stored values', async () => {
    // Rita's first ticket: transferred, resolved, rated 2 by her and 4 by the agent.
    const [first] = await sql(
      'support',
      'SELECT id FROM tickets WHERE customer_id = $1 ORDER BY opened_at, id LIMIT 1',
      [RITA],
    );
    const ticketId = first!.id as string;
    const [transfer] = await sql(
      'support',
      "SELECT * FROM interactions WHERE ticket_id = $1 AND kind = 'TRANSFER'",
      [ticketId],
    );
    const ticketCount = await count('tickets WHERE customer_id = $1', [RITA]);

    const result = await entities(
      support.url,
      [
        { __typename: 'Customer', id: RITA },
        { __typename: 'Ticket', id: ticketId },
        { __typename: 'Interaction', id: transfer!.id },
      ],
      `... on Customer { id tickets { totalCount } }
       ... on Ticket { ${TICKET_FIELDS} }
       ... on Interaction { ${INTERACTION_FIELDS} }`,
    );

    const ticket = await storedTicket(ticketId);
    expect(result).toEqual([
      { id: RITA, tickets: { totalCount: ticketCount } },
      ticket,
      interactionFromRow(transfer!),
    ]);
    expect(ticket).toMatchObject({
      status: 'RESOLVED',
      csat: { score: 2 },
      agentAssessment: { score: 4, agentId: 'agent-dana' },
    });
    expect(transfer).toMatchObject({ kind: 'TRANSFER', agent_id: 'agent-dana' });
  });

  it('should resolve an unknown or malformed Ticket or Interaction id to null', async () => {
    const result = await entities(
      support.url,
      [
        { __typename: 'Ticket', id: NOBODY },
        { __typename: 'Ticket', id: 'not-a-uuid' },
        { __typename: 'Interaction', id: NOBODY },
        { __typename: 'Interaction', id: 'not-a-uuid' },
      ],
      '... on Ticket { id } ... on Interaction { id }',
    );
    expect(result).toEqual([null, null, null, null]);
  });

  it('should answer ticket(id) and interaction(id) from the store, and null for unknown or malformed ids', async () => {
    const [row] = await sql(
      'support',
      'SELECT * FROM interactions WHERE ticket_id IN (SELECT id FROM tickets WHERE customer_id = $1) ORDER BY occurred_at DESC, id DESC LIMIT 1',
      [LENA],
    );
    const response = await postGraphQL(
      support.url,
      `query ($ticket: ID!, $interaction: ID!) {
        ticket(id: $ticket) { id subject }
        interaction(id: $interaction) { ${INTERACTION_FIELDS} }
        unknown: ticket(id: "${NOBODY}") { id }
        malformed: interaction(id: "not-a-uuid") { id }
      }`,
      { ticket: row!.ticket_id, interaction: row!.id },
    );
    const [ticket] = await sql('support', 'SELECT subject FROM tickets WHERE id = $1', [row!.ticket_id]);
    expect(response).toEqual({
      data: {
        ticket: { id: row!.ticket_id, subject: ticket!.subject },
        interaction: interactionFromRow(row!),
        unknown: null,
        malformed: null,
      },
    });
  });

  it("should summarise Rita's repeat contacts exactly as her stored tickets add up", async () => {
    const expected = await storedSummary(RITA);
    const summary = await summaryOf(RITA);
    expect(summary).toEqual(expected);
    // Her story: three contacts in two weeks, two of them repeats, one bot handoff, rated 2 while the agent said 4.
    expect(summary).toMatchObject({
      ticketCount: 3,
      contactCount90d: 3,
      repeatContactCount90d: 2,
      botToHumanHandoffCount90d: 1,
      transferCount90d: 1,
      openTicketCount: 2,
      reopenedCount90d: 1,
      lastCsat: 2,
      csatAndAssessmentPairs90d: 1,
      averageAssessmentMinusCsat90d: 2,
    });
  });

  it("should leave Lena's old ticket out of every 90-day figure when it was opened 320 days ago", async () => {
    const summary = await summaryOf(LENA);
    expect(summary).toEqual(await storedSummary(LENA));
    expect(summary).toMatchObject({
      ticketCount: 1,
      openTicketCount: 0,
      contactCount90d: 0,
      resolvedCount90d: 0,
      firstContactResolutionRate90d: null,
      lastCsat: 5,
      csatCount90d: 0,
      averageAssessmentMinusCsat90d: null,
    });
  });

  it('should give a customer support has never seen, or a malformed id, an empty summary and no tickets', async () => {
    const empty = {
      ticketCount: 0,
      openTicketCount: 0,
      ticketsOpenLongerThan7Days: 0,
      lastTicketOpenedAt: null,
      lastContactAt: null,
      contactCount90d: 0,
      repeatContactCount90d: 0,
      reopenedCount90d: 0,
      transferCount90d: 0,
      botToHumanHandoffCount90d: 0,
      escalatedCount90d: 0,
      resolvedCount90d: 0,
      firstContactResolutionCount90d: 0,
      firstContactResolutionRate90d: null,
      medianResolutionHours90d: null,
      medianFirstResponseHours90d: null,
      lastCsat: null,
      lastCsatAt: null,
      csatCount90d: 0,
      averageCsat90d: null,
      averageAgentAssessment90d: null,
      csatAndAssessmentPairs90d: 0,
      averageAssessmentMinusCsat90d: null,
    };
    const result = await entities(
      support.url,
      [
        { __typename: 'Customer', id: NOBODY },
        { __typename: 'Customer', id: 'not-a-uuid' },
      ],
      `... on Customer { id tickets { totalCount edges { cursor } } supportSummary { ${SUMMARY_FIELDS} } }`,
    );
    expect(result).toEqual([
      { id: NOBODY, tickets: { totalCount: 0, edges: [] }, supportSummary: empty },
      { id: 'not-a-uuid', tickets: { totalCount: 0, edges: [] }, supportSummary: empty },
    ]);
  });

  describe('paging', () => {
    const ticketPage = async (customer: string, args: string) => {
      const [result] = await entities<{ tickets: Page }>(
        support.url,
        [{ __typename: 'Customer', id: customer }],
        `... on Customer { tickets(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }`,
      );
      return result!.tickets;
    };

    it('should page through tickets newest first across two pages when a customer has several', async () => {
      const [busiest] = await sql<{ customer_id: string; n: number }>(
        'support',
        `SELECT customer_id, count(*)::int AS n FROM tickets WHERE client_ticket_id LIKE 'demo-%'
         GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1`,
      );
      const stored = await sql<{ id: string }>(
        'support',
        'SELECT id FROM tickets WHERE customer_id = $1 ORDER BY opened_at DESC, id DESC',
        [busiest!.customer_id],
      );
      expect(stored.length).toBeGreaterThanOrEqual(4);
      const size = Math.ceil(stored.length / 2);

      const first = await ticketPage(busiest!.customer_id, `first: ${size}`);
      const second = await ticketPage(
        busiest!.customer_id,
        `first: ${size}, after: "${first.pageInfo.endCursor}"`,
      );

      expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(
        stored.map((row) => row.id),
      );
      expect([first.totalCount, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([
        stored.length,
        true,
        false,
      ]);
      expect([second.totalCount, second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([
        stored.length,
        false,
        true,
      ]);
    });

    it.each([[['OPEN', 'PENDING']], [['RESOLVED', 'CLOSED']]])(
      'should list only the tickets in %j when filtered by status',
      async (statuses) => {
        const stored = await sql<{ id: string }>(
          'support',
          'SELECT id FROM tickets WHERE customer_id = $1 AND status = ANY($2) ORDER BY opened_at DESC, id DESC',
          [RITA, statuses],
        );
        const page = await ticketPage(RITA, `status: [${statuses.join(', ')}]`);
        expect(page.totalCount).toBe(stored.length);
        expect(page.edges.map((edge) => edge.node.id)).toEqual(stored.map((row) => row.id));
        // Rita has two open tickets and one resolved one.
        expect(stored).toHaveLength(statuses.includes('OPEN') ? 2 : 1);
      },
    );

    it('should refuse a page size above 100 with BAD_USER_INPUT on tickets.first', async () => {
      const response = await postGraphQL(
        support.url,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { tickets(first: 101) { totalCount } } } }',
        { r: [{ __typename: 'Customer', id: RITA }] },
      );
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'tickets.first',
      });
      expect(response.errors![0]!.path).toEqual(['_entities', 0, 'tickets']);
    });

    it("should page through a ticket's interactions newest first across two pages", async () => {
      const [longest] = await sql<{ ticket_id: string }>(
        'support',
        `SELECT i.ticket_id FROM interactions i JOIN tickets t ON t.id = i.ticket_id WHERE t.customer_id = $1
         GROUP BY i.ticket_id ORDER BY count(*) DESC, i.ticket_id LIMIT 1`,
        [RITA],
      );
      const stored = await sql<{ id: string }>(
        'support',
        'SELECT id FROM interactions WHERE ticket_id = $1 ORDER BY occurred_at DESC, id DESC',
        [longest!.ticket_id],
      );
      expect(stored.length).toBeGreaterThanOrEqual(4);
      const size = Math.ceil(stored.length / 2);
      const page = async (after: string | null) => {
        const [ticket] = await entities<{ interactions: Page }>(
          support.url,
          [{ __typename: 'Ticket', id: longest!.ticket_id }],
          `... on Ticket { interactions(first: ${size}${after ? `, after: "${after}"` : ''}) {
             totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }`,
        );
        return ticket!.interactions;
      };

      const first = await page(null);
      const second = await page(first.pageInfo.endCursor);

      expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(
        stored.map((row) => row.id),
      );
      expect([first.totalCount, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([
        stored.length,
        true,
        false,
      ]);
    });
  });

  describe('writes', () => {
    let reporter: string;
    beforeAll(async () => {
      reporter = await createTestCustomer(customers.url, 'Support Contract');
    });

    const OPEN_TICKET = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { ${TICKET_FIELDS} } }`;
    const RECORD_INTERACTION = `mutation ($input: RecordInteractionInput!) {
      recordInteraction(input: $input) { ${INTERACTION_FIELDS} } }`;
    const UPDATE_STATUS = `mutation ($input: UpdateTicketStatusInput!) { updateTicketStatus(input: $input) { ${TICKET_FIELDS} } }`;
    const SUBMIT_CSAT = `mutation ($input: SubmitCsatInput!) {
      submitCsat(input: $input) { ticket { id } score comment submittedAt } }`;
    const RECORD_ASSESSMENT = `mutation ($input: RecordAgentAssessmentInput!) {
      recordAgentAssessment(input: $input) { ticket { id } score note agentId assessedAt } }`;

    const ticketInput = (clientTicketId: string, overrides: Record<string, unknown> = {}) => ({
      customerId: reporter,
      clientTicketId,
      subject: 'Parcel marked delivered but not here',
      topic: 'delivery',
      channel: 'EMAIL',
      firstMessage: 'My order still has not arrived.',
      ...overrides,
    });
    /** Opens a ticket at `openedAt` (default three hours ago) and returns its id. */
    const openTicket = async (overrides: Record<string, unknown> = {}) => {
      const response = await mutate<{ openTicket: { id: string } }>(
        OPEN_TICKET,
        ticketInput(newKey('ticket'), {
          openedAt: new Date(Date.now() - 3 * HOUR_MS).toISOString(),
          ...overrides,
        }),
      );
      if (!response.data) throw new Error(`openTicket failed: ${JSON.stringify(response.errors)}`);
      return response.data.openTicket.id;
    };
    const ticketsWith = (clientTicketId: string) =>
      count('tickets WHERE client_ticket_id = $1', [clientTicketId]);
    const interactionsWith = (clientEventId: string) =>
      count('interactions WHERE client_event_id = $1', [clientEventId]);

    describe('openTicket', () => {
      it('should store the ticket and its first message when opened with one', async () => {
        const key = newKey('open');
        const openedAt = new Date(Date.now() - 2 * HOUR_MS).toISOString();

        const response = await mutate<{ openTicket: { id: string } }>(
          OPEN_TICKET,
          ticketInput(key, { openedAt, topic: 'Billing-Double-Charge', channel: 'CHAT', priority: 'HIGH' }),
        );

        expect(response.errors).toBeUndefined();
        const id = response.data!.openTicket.id;
        expect(response.data!.openTicket).toEqual(await storedTicket(id));
        expect(response.data!.openTicket).toMatchObject({
          customer: { id: reporter },
          clientTicketId: key,
          topic: 'billing-double-charge',
          channel: 'CHAT',
          status: 'OPEN',
          priority: 'HIGH',
          handledBy: 'BOT',
          escalated: false,
          openedAt,
          firstResponseAt: null,
          resolvedAt: null,
          reopenedCount: 0,
          csat: null,
          agentAssessment: null,
        });
        const messages = await sql('support', 'SELECT * FROM interactions WHERE ticket_id = $1', [id]);
        expect(messages.map(interactionFromRow)).toEqual([
          {
            id: messages[0]!.id,
            ticket: { id },
            kind: 'CUSTOMER_MESSAGE',
            channel: 'CHAT',
            body: 'My order still has not arrived.',
            agentId: null,
            occurredAt: openedAt,
            clientEventId: `openTicket:${key}`,
          },
        ]);
      });

      it('should write neither the ticket nor its first message when the message cannot be stored', async () => {
        const key = newKey('atomic');
        // Take the first message's derived clientEventId first (directly in the database: the API reserves
        // the prefix), so its insert fails after the ticket's.
        const other = await openTicket();
        const taken = await mutate(RECORD_INTERACTION, {
          ticketId: other,
          clientEventId: `taken-${key}`,
          kind: 'CUSTOMER_MESSAGE',
          body: 'Hello?',
        });
        expect(taken.errors).toBeUndefined();
        await sql('support', 'UPDATE interactions SET client_event_id = $1 WHERE client_event_id = $2', [
          `openTicket:${key}`,
          `taken-${key}`,
        ]);

        const response = await mutate(OPEN_TICKET, ticketInput(key));

        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
        expect(await ticketsWith(key)).toBe(0);
        expect(await interactionsWith(`openTicket:${key}`)).toBe(1);
      });

      it('should refuse a client clientEventId in the openTicket: namespace with BAD_USER_INPUT', async () => {
        const ticketId = await openTicket();
        const response = await mutate(RECORD_INTERACTION, {
          ticketId,
          clientEventId: `openTicket:${newKey('reserved')}`,
          kind: 'CUSTOMER_MESSAGE',
          body: 'Hello?',
        });
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.clientEventId',
        });
      });

      it('should replay the first ticket for the same clientTicketId and payload, and refuse another payload with CONFLICT', async () => {
        const key = newKey('replay');
        const first = await mutate<{ openTicket: { id: string } }>(OPEN_TICKET, ticketInput(key));
        const replay = await mutate<{ openTicket: { id: string } }>(OPEN_TICKET, ticketInput(key));
        expect(first.errors).toBeUndefined();
        expect(replay).toEqual(first);

        const changed = await mutate(OPEN_TICKET, ticketInput(key, { subject: 'Something else' }));

        expect(changed.errors?.[0]?.extensions).toMatchObject({
          code: 'CONFLICT',
          field: 'input.clientTicketId',
        });
        expect(await ticketsWith(key)).toBe(1);
        expect(await interactionsWith(`openTicket:${key}`)).toBe(1);
        expect(await storedTicket(first.data!.openTicket.id)).toMatchObject({
          subject: 'Parcel marked delivered but not here',
        });
      });

      it.each([
        [{ subject: '   ' }, 'input.subject'],
        [{ openedAt: '2999-01-01T00:00:00Z' }, 'input.openedAt'],
        [{ openedAt: 'yesterday' }, 'input.openedAt'],
        [{ topic: 'billing issue!' }, 'input.topic'],
        [{ customerId: 'not-a-uuid' }, 'input.customerId'],
      ])('should reject %j with BAD_USER_INPUT on %s and write nothing', async (overrides, field) => {
        const key = newKey('invalid');
        const response = await mutate(OPEN_TICKET, ticketInput(key, overrides));
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await ticketsWith(key)).toBe(0);
        expect(await interactionsWith(`openTicket:${key}`)).toBe(0);
      });

      it('should answer NOT_FOUND for a customer the customers subgraph does not know', async () => {
        const key = newKey('unknown');
        const response = await mutate(OPEN_TICKET, ticketInput(key, { customerId: NOBODY }));
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'input.customerId',
        });
        expect(await ticketsWith(key)).toBe(0);
      });
    });

    describe('recordInteraction', () => {
      const RECORD_WITH_TICKET = `mutation ($input: RecordInteractionInput!) {
        recordInteraction(input: $input) { id channel ticket { firstResponseAt handledBy } } }`;
      type Recorded = { recordInteraction: { id: string; channel: string; ticket: Record<string, unknown> } };

      it('should set firstResponseAt and hand the ticket to a human when the first agent message is recorded', async () => {
        const openedAt = Date.now() - 3 * HOUR_MS;
        const at = (minutes: number) => new Date(openedAt + minutes * MINUTE_MS).toISOString();
        const ticketId = await openTicket({ openedAt: new Date(openedAt).toISOString() });

        const customer = await mutate<Recorded>(RECORD_WITH_TICKET, {
          ticketId,
          clientEventId: newKey('event'),
          kind: 'CUSTOMER_MESSAGE',
          body: 'Any news?',
          occurredAt: at(10),
        });
        const agent = await mutate<Recorded>(RECORD_WITH_TICKET, {
          ticketId,
          clientEventId: newKey('event'),
          kind: 'AGENT_MESSAGE',
          agentId: 'agent-chen',
          body: 'Looking into it.',
          occurredAt: at(30),
        });
        const later = await mutate<Recorded>(RECORD_WITH_TICKET, {
          ticketId,
          clientEventId: newKey('event'),
          kind: 'AGENT_MESSAGE',
          agentId: 'agent-chen',
          body: 'Found it.',
          occurredAt: at(60),
        });

        expect(customer.data!.recordInteraction.ticket).toEqual({ firstResponseAt: null, handledBy: 'BOT' });
        expect(agent.data!.recordInteraction.ticket).toEqual({ firstResponseAt: at(30), handledBy: 'HUMAN' });
        expect(later.data!.recordInteraction.ticket).toEqual({ firstResponseAt: at(30), handledBy: 'HUMAN' });
        expect(await storedTicket(ticketId)).toMatchObject({ firstResponseAt: at(30), handledBy: 'HUMAN' });
        const [stored] = await sql('support', 'SELECT * FROM interactions WHERE id = $1', [
          agent.data!.recordInteraction.id,
        ]);
        expect(stored).toMatchObject({
          ticket_id: ticketId,
          kind: 'AGENT_MESSAGE',
          channel: 'EMAIL',
          agent_id: 'agent-chen',
          body: 'Looking into it.',
          occurred_at: new Date(at(30)),
        });
        expect(await count('interactions WHERE ticket_id = $1', [ticketId])).toBe(4);
      });

      it('should move firstResponseAt back when an earlier bot answer arrives late', async () => {
        const openedAt = Date.now() - 3 * HOUR_MS;
        const at = (minutes: number) => new Date(openedAt + minutes * MINUTE_MS).toISOString();
        const ticketId = await openTicket({ openedAt: new Date(openedAt).toISOString() });
        await mutate(RECORD_INTERACTION, {
          ticketId,
          clientEventId: newKey('event'),
          kind: 'AGENT_MESSAGE',
          agentId: 'agent-emil',
          occurredAt: at(45),
        });

        await mutate(RECORD_INTERACTION, {
          ticketId,
          clientEventId: newKey('event'),
          kind: 'BOT_MESSAGE',
          body: 'Here is an article.',
          occurredAt: at(1),
        });

        expect(await storedTicket(ticketId)).toMatchObject({ firstResponseAt: at(1), handledBy: 'HUMAN' });
      });

      it('should hand a bot ticket to a human on HANDOFF_TO_HUMAN', async () => {
        const ticketId = await openTicket({ channel: 'CHAT', handledBy: 'BOT' });
        const bot = await mutate<Recorded>(RECORD_WITH_TICKET, {
          ticketId,
          clientEventId: newKey('event'),
          kind: 'BOT_MESSAGE',
          body: 'Have you checked the tracking page?',
        });
        expect(bot.data!.recordInteraction.ticket.handledBy).toBe('BOT');

        const handoff = await mutate<Recorded>(RECORD_WITH_TICKET, {
          ticketId,
          clientEventId: newKey('event'),
          kind: 'HANDOFF_TO_HUMAN',
          agentId: 'agent-dana',
        });

        expect(handoff.errors).toBeUndefined();
        expect(handoff.data!.recordInteraction).toMatchObject({
          channel: 'CHAT',
          ticket: { handledBy: 'HUMAN' },
        });
        const ticket = await storedTicket(ticketId);
        expect(ticket.handledBy).toBe('HUMAN');
        // The bot's answer was the first response; the handoff itself is not one.
        const [botRow] = await sql('support', 'SELECT occurred_at FROM interactions WHERE id = $1', [
          bot.data!.recordInteraction.id,
        ]);
        expect(ticket.firstResponseAt).toBe(iso(botRow!.occurred_at));
        expect(
          await count("interactions WHERE ticket_id = $1 AND kind = 'HANDOFF_TO_HUMAN' AND agent_id = $2", [
            ticketId,
            'agent-dana',
          ]),
        ).toBe(1);
      });

      it('should replay the first interaction for the same clientEventId and payload, and refuse another payload with CONFLICT', async () => {
        const ticketId = await openTicket();
        const input = { ticketId, clientEventId: newKey('event'), kind: 'CUSTOMER_MESSAGE', body: 'Hello?' };
        const first = await mutate(RECORD_INTERACTION, input);
        const replay = await mutate(RECORD_INTERACTION, input);
        expect(first.errors).toBeUndefined();
        expect(replay).toEqual(first);

        const changed = await mutate(RECORD_INTERACTION, { ...input, body: 'Hello again?' });

        expect(changed.errors?.[0]?.extensions).toMatchObject({
          code: 'CONFLICT',
          field: 'input.clientEventId',
        });
        expect(await interactionsWith(input.clientEventId)).toBe(1);
      });

      const invalidInteractions: Array<[string, string, (openedAt: Date) => Record<string, unknown>]> = [
        [
          'an occurredAt before the ticket was opened',
          'input.occurredAt',
          (openedAt) => ({
            kind: 'AGENT_MESSAGE',
            agentId: 'agent-chen',
            occurredAt: new Date(openedAt.getTime() - MINUTE_MS).toISOString(),
          }),
        ],
        [
          'an occurredAt in the future',
          'input.occurredAt',
          () => ({ kind: 'BOT_MESSAGE', occurredAt: '2999-01-01T00:00:00Z' }),
        ],
        ['an AGENT_MESSAGE without agentId', 'input.agentId', () => ({ kind: 'AGENT_MESSAGE' })],
        [
          'a CUSTOMER_MESSAGE with an agentId',
          'input.agentId',
          () => ({ kind: 'CUSTOMER_MESSAGE', agentId: 'agent-chen' }),
        ],
      ];
      it.each(invalidInteractions)(
        'should reject %s with BAD_USER_INPUT on %s and write nothing',
        async (_case, field, overrides) => {
          const openedAt = new Date(Date.now() - HOUR_MS);
          const ticketId = await openTicket({ openedAt: openedAt.toISOString(), firstMessage: null });
          const clientEventId = newKey('event');
          const before = await storedTicket(ticketId);

          const response = await mutate(RECORD_INTERACTION, {
            ticketId,
            clientEventId,
            ...overrides(openedAt),
          });

          expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
          expect(await interactionsWith(clientEventId)).toBe(0);
          expect(await count('interactions WHERE ticket_id = $1', [ticketId])).toBe(0);
          expect(await storedTicket(ticketId)).toEqual(before);
        },
      );

      it('should answer NOT_FOUND on input.ticketId for a ticket that does not exist', async () => {
        const clientEventId = newKey('event');
        const response = await mutate(RECORD_INTERACTION, {
          ticketId: NOBODY,
          clientEventId,
          kind: 'CUSTOMER_MESSAGE',
        });
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'input.ticketId',
        });
        expect(await interactionsWith(clientEventId)).toBe(0);
      });
    });

    describe('client keys', () => {
      const ticketRow = async (ticketId: unknown) =>
        (await sql('support', 'SELECT * FROM tickets WHERE id = $1', [ticketId]))[0];
      const ratingRows = async (ticketId: unknown) => [
        await sql('support', 'SELECT * FROM csat_ratings WHERE ticket_id = $1', [ticketId]),
        await sql('support', 'SELECT * FROM agent_assessments WHERE ticket_id = $1', [ticketId]),
      ];
      const minutesAfterOpening = (minutes: number) =>
        new Date(Date.now() - 3 * HOUR_MS + minutes * MINUTE_MS).toISOString();

      itReplaysAndRefusesReusedKeys(
        [
          {
            name: 'updateTicketStatus',
            mutation: UPDATE_STATUS,
            keyField: 'clientEventId',
            input: async () => ({
              ticketId: await openTicket(),
              status: 'RESOLVED',
              at: minutesAfterOpening(30),
            }),
            otherPayload: (input) => ({ ...input, status: 'CLOSED' }),
            // A reopen: the resolution applied again would resolve it a second time and move updatedAt.
            later: (input) => ({ ...input, status: 'OPEN', at: minutesAfterOpening(60) }),
            stored: (input) => ticketRow(input.ticketId),
          },
          {
            name: 'submitCsat',
            mutation: SUBMIT_CSAT,
            keyField: 'clientEventId',
            input: async () => ({ ticketId: await openTicket(), score: 2, comment: 'Slow.' }),
            otherPayload: (input) => ({ ...input, score: 3 }),
            later: (input) => ({ ...input, score: 5, comment: 'Sorted in the end.' }),
            stored: (input) => ratingRows(input.ticketId),
          },
          {
            name: 'recordAgentAssessment',
            mutation: RECORD_ASSESSMENT,
            keyField: 'clientEventId',
            input: async () => ({ ticketId: await openTicket(), score: 3, agentId: 'agent-chen' }),
            otherPayload: (input) => ({ ...input, note: 'Another take.' }),
            later: (input) => ({ ...input, score: 4 }),
            stored: (input) => ratingRows(input.ticketId),
          },
        ],
        mutate,
      );

      it('should store nothing under the key when the write fails, so a corrected retry with the key succeeds', async () => {
        const clientEventId = freshKey('retry');
        const refused = await mutate(UPDATE_STATUS, { ticketId: NOBODY, status: 'RESOLVED', clientEventId });
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ticketId' });
        const ticketId = await openTicket();

        const retried = await mutate<{ updateTicketStatus: { status: string } }>(UPDATE_STATUS, {
          ticketId,
          status: 'RESOLVED',
          clientEventId,
        });

        expect(retried.errors).toBeUndefined();
        expect(retried.data!.updateTicketStatus.status).toBe('RESOLVED');
      });
    });

    describe('updateTicketStatus', () => {
      type Updated = { updateTicketStatus: Record<string, unknown> };

      it('should set resolvedAt on RESOLVED and count each reopen when the ticket goes back to OPEN or PENDING', async () => {
        const openedAt = Date.now() - 5 * HOUR_MS;
        const at = (minutes: number) => new Date(openedAt + minutes * MINUTE_MS).toISOString();
        const ticketId = await openTicket({ openedAt: new Date(openedAt).toISOString() });
        const update = (status: string, minutes: number) =>
          mutate<Updated>(UPDATE_STATUS, { ticketId, status, at: at(minutes) });

        const resolved = await update('RESOLVED', 60);
        expect(resolved.data!.updateTicketStatus).toMatchObject({
          status: 'RESOLVED',
          resolvedAt: at(60),
          reopenedCount: 0,
        });
        expect(await storedTicket(ticketId)).toEqual(resolved.data!.updateTicketStatus);

        const reopened = await update('OPEN', 120);
        expect(reopened.data!.updateTicketStatus).toMatchObject({
          status: 'OPEN',
          resolvedAt: null,
          reopenedCount: 1,
        });
        expect(await storedTicket(ticketId)).toEqual(reopened.data!.updateTicketStatus);

        await update('RESOLVED', 180);
        // Closing a resolved ticket keeps the time it was resolved.
        const closed = await update('CLOSED', 200);
        expect(closed.data!.updateTicketStatus).toMatchObject({
          status: 'CLOSED',
          resolvedAt: at(180),
          reopenedCount: 1,
        });
        const pending = await update('PENDING', 240);
        expect(pending.data!.updateTicketStatus).toMatchObject({
          status: 'PENDING',
          resolvedAt: null,
          reopenedCount: 2,
        });
        expect(await storedTicket(ticketId)).toEqual(pending.data!.updateTicketStatus);
      });

      it('should change nothing when the ticket already has the requested status', async () => {
        const ticketId = await openTicket();
        const before = await storedTicket(ticketId);

        const response = await mutate<Updated>(UPDATE_STATUS, { ticketId, status: 'OPEN' });

        expect(response.data!.updateTicketStatus).toEqual(before);
        expect(await storedTicket(ticketId)).toEqual(before);
      });

      it('should mark and clear the escalation without touching the status', async () => {
        const ticketId = await openTicket();
        const escalated = await mutate<Updated>(UPDATE_STATUS, { ticketId, escalated: true });
        expect(escalated.data!.updateTicketStatus).toMatchObject({ status: 'OPEN', escalated: true });
        expect(await storedTicket(ticketId)).toMatchObject({ status: 'OPEN', escalated: true });
        await mutate<Updated>(UPDATE_STATUS, { ticketId, escalated: false });
        expect(await storedTicket(ticketId)).toMatchObject({ status: 'OPEN', escalated: false });
      });

      const invalidUpdates: Array<[string, string, (openedAt: Date) => Record<string, unknown>]> = [
        ['neither status nor escalated', 'input.status', () => ({})],
        [
          'a resolution before the ticket was opened',
          'input.at',
          (openedAt) => ({ status: 'RESOLVED', at: new Date(openedAt.getTime() - MINUTE_MS).toISOString() }),
        ],
        [
          'a resolution in the future',
          'input.at',
          () => ({ status: 'RESOLVED', at: '2999-01-01T00:00:00Z' }),
        ],
      ];
      it.each(invalidUpdates)(
        'should reject %s with BAD_USER_INPUT on %s and change nothing',
        async (_case, field, overrides) => {
          const openedAt = new Date(Date.now() - HOUR_MS);
          const ticketId = await openTicket({ openedAt: openedAt.toISOString() });
          const before = await storedTicket(ticketId);

          const response = await mutate(UPDATE_STATUS, { ticketId, ...overrides(openedAt) });

          expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
          expect(await storedTicket(ticketId)).toEqual(before);
        },
      );

      it('should answer NOT_FOUND on input.ticketId for a ticket that does not exist', async () => {
        const response = await mutate(UPDATE_STATUS, { ticketId: NOBODY, status: 'RESOLVED' });
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'input.ticketId',
        });
      });
    });

    describe('submitCsat and recordAgentAssessment', () => {
      it('should reject a score of 6 with BAD_USER_INPUT on input.score and store nothing', async () => {
        const ticketId = await openTicket();
        const response = await mutate(SUBMIT_CSAT, { ticketId, score: 6 });
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.score',
        });
        const assessment = await mutate(RECORD_ASSESSMENT, { ticketId, score: 0, agentId: 'agent-chen' });
        expect(assessment.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.score',
        });
        expect(await count('csat_ratings WHERE ticket_id = $1', [ticketId])).toBe(0);
        expect(await count('agent_assessments WHERE ticket_id = $1', [ticketId])).toBe(0);
      });

      it('should replace the previous score when the customer submits CSAT again', async () => {
        const ticketId = await openTicket();
        const firstAt = new Date(Date.now() - 2 * HOUR_MS).toISOString();
        const secondAt = new Date(Date.now() - HOUR_MS).toISOString();
        const first = await mutate(SUBMIT_CSAT, {
          ticketId,
          score: 2,
          comment: 'Slow.',
          submittedAt: firstAt,
        });
        expect(first.errors).toBeUndefined();

        const second = await mutate(SUBMIT_CSAT, {
          ticketId,
          score: 4,
          comment: ' Sorted now. ',
          submittedAt: secondAt,
        });

        const expected = {
          ticket: { id: ticketId },
          score: 4,
          comment: 'Sorted now.',
          submittedAt: secondAt,
        };
        expect(second).toEqual({ data: { submitCsat: expected } });
        const rows = await sql('support', 'SELECT * FROM csat_ratings WHERE ticket_id = $1', [ticketId]);
        expect(rows).toEqual([
          { ticket_id: ticketId, score: 4, comment: 'Sorted now.', submitted_at: new Date(secondAt) },
        ]);
        const [ticket] = await entities(
          support.url,
          [{ __typename: 'Ticket', id: ticketId }],
          `... on Ticket { ${TICKET_FIELDS} }`,
        );
        expect(ticket).toEqual(await storedTicket(ticketId));
        expect(ticket).toMatchObject({ csat: expected });
      });

      it("should store the agent's assessment and replace it with a newer one", async () => {
        const ticketId = await openTicket();
        const assessedAt = new Date(Date.now() - HOUR_MS).toISOString();
        await mutate(RECORD_ASSESSMENT, { ticketId, score: 3, agentId: 'agent-amira', note: 'First take.' });

        const response = await mutate(RECORD_ASSESSMENT, {
          ticketId,
          score: 5,
          note: 'Refund confirmed by the bank.',
          agentId: 'agent-fatou',
          assessedAt,
        });

        const expected = {
          ticket: { id: ticketId },
          score: 5,
          note: 'Refund confirmed by the bank.',
          agentId: 'agent-fatou',
          assessedAt,
        };
        expect(response).toEqual({ data: { recordAgentAssessment: expected } });
        const rows = await sql('support', 'SELECT * FROM agent_assessments WHERE ticket_id = $1', [ticketId]);
        expect(rows).toEqual([
          {
            ticket_id: ticketId,
            score: 5,
            note: 'Refund confirmed by the bank.',
            agent_id: 'agent-fatou',
            assessed_at: new Date(assessedAt),
          },
        ]);
        expect(await storedTicket(ticketId)).toMatchObject({ agentAssessment: expected });
      });

      it('should answer NOT_FOUND on input.ticketId when the rated ticket does not exist', async () => {
        const csat = await mutate(SUBMIT_CSAT, { ticketId: NOBODY, score: 3 });
        const assessment = await mutate(RECORD_ASSESSMENT, {
          ticketId: NOBODY,
          score: 3,
          agentId: 'agent-chen',
        });
        expect(csat.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ticketId' });
        expect(assessment.errors?.[0]?.extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'input.ticketId',
        });
      });
    });

    it("should count a new customer's tickets, handoff and ratings in supportSummary when they are written", async () => {
      const customer = await createTestCustomer(customers.url, 'Support Summary');
      const first = Date.now() - 3 * DAY_MS;
      const at = (minutes: number) => new Date(first + minutes * MINUTE_MS).toISOString();
      const ticketId = await openTicket({ customerId: customer, channel: 'CHAT', openedAt: at(0) });
      const events = [
        { kind: 'BOT_MESSAGE', body: 'Here is an article.', occurredAt: at(1) },
        { kind: 'HANDOFF_TO_HUMAN', agentId: 'agent-bruno', occurredAt: at(5) },
        { kind: 'AGENT_MESSAGE', agentId: 'agent-bruno', body: 'On it.', occurredAt: at(30) },
      ];
      for (const event of events) {
        const response = await mutate(RECORD_INTERACTION, {
          ticketId,
          clientEventId: newKey('event'),
          ...event,
        });
        expect(response.errors).toBeUndefined();
      }
      const written: Array<GraphQLResponse> = [
        await mutate(UPDATE_STATUS, { ticketId, status: 'RESOLVED', at: at(120) }),
        await mutate(RECORD_ASSESSMENT, { ticketId, score: 5, agentId: 'agent-bruno', assessedAt: at(130) }),
        await mutate(SUBMIT_CSAT, { ticketId, score: 3, submittedAt: at(180) }),
      ];
      expect(written.map((response) => response.errors)).toEqual([undefined, undefined, undefined]);
      // Two days later, a second ticket on the same problem: a repeat contact, still open.
      await openTicket({ customerId: customer, handledBy: 'HUMAN', openedAt: at(2 * 1440) });

      const summary = await summaryOf(customer);

      expect(summary).toEqual(await storedSummary(customer));
      expect(summary).toEqual({
        ticketCount: 2,
        openTicketCount: 1,
        ticketsOpenLongerThan7Days: 0,
        lastTicketOpenedAt: at(2 * 1440),
        lastContactAt: at(2 * 1440),
        contactCount90d: 2,
        repeatContactCount90d: 1,
        reopenedCount90d: 0,
        transferCount90d: 0,
        botToHumanHandoffCount90d: 1,
        escalatedCount90d: 0,
        resolvedCount90d: 1,
        firstContactResolutionCount90d: 0,
        firstContactResolutionRate90d: 0,
        medianResolutionHours90d: 2,
        medianFirstResponseHours90d: 0.02,
        lastCsat: 3,
        lastCsatAt: at(180),
        csatCount90d: 1,
        averageCsat90d: 3,
        averageAgentAssessment90d: 5,
        csatAndAssessmentPairs90d: 1,
        averageAssessmentMinusCsat90d: 2,
      });
    });
  });

  describe('merged customers (mergedIds required from the customers subgraph)', () => {
    /** Key tickets by the definition of schema.graphql, in plain code over the stored rows. */
    async function storedKeyTickets(group: string[]) {
      const tickets = await sql<TicketRow & { channel: string }>(
        'support',
        `SELECT * FROM tickets WHERE customer_id = ANY($1)
           AND (opened_at > now() - interval '90 days' OR status IN ('OPEN', 'PENDING'))`,
        [group],
      );
      const interactions = await sql<{ ticket_id: string; kind: string }>(
        'support',
        'SELECT ticket_id, kind FROM interactions WHERE ticket_id = ANY($1)',
        [tickets.map((ticket) => ticket.id)],
      );
      const of = (ticket: string, kind: string) =>
        interactions.filter((row) => row.ticket_id === ticket && row.kind === kind).length;
      return tickets
        .sort(
          (a, b) => b.opened_at.getTime() - a.opened_at.getTime() || (b.id > a.id ? 1 : b.id < a.id ? -1 : 0),
        )
        .slice(0, 10)
        .map((ticket) => ({
          ticketId: ticket.id,
          status: ticket.status,
          channel: ticket.channel,
          openedAt: iso(ticket.opened_at),
          resolvedAt: iso(ticket.resolved_at),
          reopenedCount: ticket.reopened_count,
          transferCount: of(ticket.id, 'TRANSFER'),
          botToHumanHandoff: of(ticket.id, 'HANDOFF_TO_HUMAN') > 0,
          escalated: ticket.escalated,
        }));
    }
    const KEY_TICKETS =
      'keyTickets { ticketId status channel openedAt resolvedAt reopenedCount transferCount botToHumanHandoff escalated }';

    it("should add up both customers' tickets, interactions and ratings when mergedIds names the other", async () => {
      const [merged, rita, lena] = await entities<{
        supportSummary: Record<string, unknown>;
        tickets: { totalCount: number };
      }>(
        support.url,
        [
          { __typename: 'Customer', id: RITA, mergedIds: [LENA] },
          { __typename: 'Customer', id: RITA },
          { __typename: 'Customer', id: LENA },
        ],
        `... on Customer { supportSummary { ${SUMMARY_FIELDS} ${KEY_TICKETS} } tickets(first: 1) { totalCount } }`,
      );
      expect(merged).toEqual({
        supportSummary: {
          ...(await storedSummary([RITA, LENA])),
          keyTickets: await storedKeyTickets([RITA, LENA]),
        },
        tickets: { totalCount: 4 },
      });
      // Lena's ticket is older than Rita's: her rating is not the last one, and nothing of hers is recent.
      expect(merged!.supportSummary).toMatchObject({ ticketCount: 4, contactCount90d: 3, lastCsat: 2 });
      expect(rita!.supportSummary).toMatchObject({
        ticketCount: 3,
        keyTickets: await storedKeyTickets([RITA]),
      });
      expect(lena!.supportSummary).toMatchObject({ ticketCount: 1, keyTickets: [] });
    });

    it('should page the tickets of a merged customer newest first across both, with one total', async () => {
      const stored = await sql<{ id: string }>(
        'support',
        'SELECT id FROM tickets WHERE customer_id = ANY($1) ORDER BY opened_at DESC, id DESC',
        [[RITA, LENA]],
      );
      const page = async (after: string | null) =>
        (
          await entities<{ tickets: Page }>(
            support.url,
            [{ __typename: 'Customer', id: LENA, mergedIds: [RITA] }],
            `... on Customer { tickets(first: 3${after ? `, after: "${after}"` : ''}) {
               totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }`,
          )
        )[0]!.tickets;
      const first = await page(null);
      const second = await page(first.pageInfo.endCursor);
      expect([first.totalCount, second.totalCount]).toEqual([4, 4]);
      expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
      expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(
        stored.map((row) => row.id),
      );
    });

    it('should read a customer alone when mergedIds is absent, null, empty or malformed', async () => {
      const result = await entities(
        support.url,
        [
          { __typename: 'Customer', id: RITA },
          { __typename: 'Customer', id: RITA, mergedIds: null },
          { __typename: 'Customer', id: RITA, mergedIds: [] },
          { __typename: 'Customer', id: RITA, mergedIds: ['not-a-uuid', RITA.toUpperCase()] },
        ],
        `... on Customer { supportSummary { ${SUMMARY_FIELDS} ${KEY_TICKETS} } tickets { totalCount edges { node { id } } }
           supportActivity { id } }`,
      );
      expect(result[0]).toMatchObject({ supportSummary: await storedSummary(RITA) });
      expect(result.slice(1)).toEqual([result[0], result[0], result[0]]);
    });
  });

  describe('keyTickets and supportActivity', () => {
    const OPEN_TICKET = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }`;
    const RECORD_INTERACTION = `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }`;
    const UPDATE_STATUS = `mutation ($input: UpdateTicketStatusInput!) { updateTicketStatus(input: $input) { id } }`;
    const SUBMIT_CSAT = `mutation ($input: SubmitCsatInput!) { submitCsat(input: $input) { score } }`;
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
    let person: string;
    let times: Record<'old' | 'stale' | 'recent' | 'message' | 'transfer' | 'handoff' | 'rated', string>;
    let tickets: Record<'old' | 'stale' | 'recent', string>;
    let interactions: Record<'message' | 'transfer' | 'handoff', string>;

    beforeAll(async () => {
      person = await createTestCustomer(customers.url, 'Support activity');
      times = {
        old: ago(120 * DAY_MS),
        stale: ago(100 * DAY_MS),
        recent: ago(10 * DAY_MS),
        message: ago(10 * DAY_MS - HOUR_MS),
        transfer: ago(10 * DAY_MS - 2 * HOUR_MS),
        handoff: ago(10 * DAY_MS - 3 * HOUR_MS),
        rated: ago(5 * DAY_MS),
      };
      const open = async (when: keyof typeof tickets, topic: string, channel: string) => {
        const response = await mutate<{ openTicket: { id: string } }>(OPEN_TICKET, {
          customerId: person,
          clientTicketId: newKey(when),
          subject: 'Jane Doe, +49 30 123456, cannot log in',
          topic,
          channel,
          priority: 'HIGH',
          openedAt: times[when],
        });
        return response.data!.openTicket.id;
      };
      tickets = {
        old: await open('old', 'delivery', 'EMAIL'),
        stale: await open('stale', 'billing', 'PHONE'),
        recent: await open('recent', 'login', 'CHAT'),
      };
      const interact = async (kind: keyof typeof interactions, input: Record<string, unknown>) => {
        const response = await mutate<{ recordInteraction: { id: string } }>(RECORD_INTERACTION, {
          ticketId: tickets.recent,
          clientEventId: newKey(kind),
          occurredAt: times[kind],
          ...input,
        });
        return response.data!.recordInteraction.id;
      };
      interactions = {
        message: await interact('message', { kind: 'CUSTOMER_MESSAGE', body: 'My password is hunter2' }),
        transfer: await interact('transfer', { kind: 'TRANSFER', agentId: 'agent-7' }),
        handoff: await interact('handoff', { kind: 'HANDOFF_TO_HUMAN', agentId: 'agent-8' }),
      };
      for (const input of [
        { ticketId: tickets.old, status: 'RESOLVED', at: ago(119 * DAY_MS) },
        { ticketId: tickets.recent, status: 'RESOLVED', escalated: true, at: ago(9 * DAY_MS) },
        { ticketId: tickets.recent, status: 'OPEN', at: ago(8 * DAY_MS) },
        { ticketId: tickets.recent, status: 'RESOLVED', at: ago(7 * DAY_MS) },
      ]) {
        expect((await mutate(UPDATE_STATUS, input)).errors).toBeUndefined();
      }
      expect(
        (
          await mutate(SUBMIT_CSAT, {
            ticketId: tickets.recent,
            score: 2,
            comment: 'Call me on +49 30 123456',
            submittedAt: times.rated,
          })
        ).errors,
      ).toBeUndefined();
    });

    it('should list the tickets of the last 90 days and those still unresolved, newest first, with their figures', async () => {
      const [customer] = await entities<{ supportSummary: { keyTickets: unknown[] } }>(
        support.url,
        [{ __typename: 'Customer', id: person }],
        '... on Customer { supportSummary { keyTickets { ticketId status channel openedAt resolvedAt reopenedCount transferCount botToHumanHandoff escalated } } }',
      );
      const [recent] = await sql('support', 'SELECT resolved_at FROM tickets WHERE id = $1', [
        tickets.recent,
      ]);
      expect(customer!.supportSummary.keyTickets).toEqual([
        {
          ticketId: tickets.recent,
          status: 'RESOLVED',
          channel: 'CHAT',
          openedAt: times.recent,
          resolvedAt: iso(recent!.resolved_at),
          reopenedCount: 1,
          transferCount: 1,
          botToHumanHandoff: true,
          escalated: true,
        },
        {
          ticketId: tickets.stale,
          status: 'OPEN',
          channel: 'PHONE',
          openedAt: times.stale,
          resolvedAt: null,
          reopenedCount: 0,
          transferCount: 0,
          botToHumanHandoff: false,
          escalated: false,
        },
      ]);
    });

    it('should list tickets, interactions and ratings newest first, one line each without what anyone wrote', async () => {
      const [customer] = await entities<{ supportActivity: unknown[] }>(
        support.url,
        [{ __typename: 'Customer', id: person }],
        '... on Customer { supportActivity { id department kind channel summary occurredAt sourceId } }',
      );
      const event = (
        kind: string,
        id: string,
        channel: string | null,
        occurredAt: string,
        summary: string,
      ) => ({
        id: `${kind}:${id}`,
        department: 'SUPPORT',
        kind,
        channel,
        summary,
        occurredAt,
        sourceId: id,
      });
      expect(customer!.supportActivity).toEqual([
        event('CSAT', tickets.recent, null, times.rated, 'CSAT 2/5 for ticket login'),
        event(
          'INTERACTION',
          interactions.handoff,
          'CHAT',
          times.handoff,
          'Bot handed over to a human on ticket login',
        ),
        event(
          'INTERACTION',
          interactions.transfer,
          'CHAT',
          times.transfer,
          'Transferred to another agent on ticket login',
        ),
        event('INTERACTION', interactions.message, 'CHAT', times.message, 'Customer message on ticket login'),
        event('TICKET', tickets.recent, 'CHAT', times.recent, 'Ticket opened: login (HIGH, now RESOLVED)'),
        event('TICKET', tickets.stale, 'PHONE', times.stale, 'Ticket opened: billing (HIGH, now OPEN)'),
        event('TICKET', tickets.old, 'EMAIL', times.old, 'Ticket opened: delivery (HIGH, now RESOLVED)'),
      ]);
    });

    it('should give only the 50 newest events, ties broken by the larger id', async () => {
      const busy = await createTestCustomer(customers.url, 'Support busy');
      const openedAt = ago(2 * DAY_MS);
      const opened = await mutate<{ openTicket: { id: string } }>(OPEN_TICKET, {
        customerId: busy,
        clientTicketId: newKey('busy'),
        subject: 'Many messages',
        topic: 'chatty',
        channel: 'CHAT',
        openedAt,
        firstMessage: 'Hello',
      });
      const ticket = opened.data!.openTicket.id;
      // 55 bot answers, two by two at the same minute, so ties are broken by id.
      for (let index = 0; index < 55; index += 1) {
        const response = await mutate(RECORD_INTERACTION, {
          ticketId: ticket,
          clientEventId: newKey(`busy-${index}`),
          kind: 'BOT_MESSAGE',
          occurredAt: new Date(
            Date.parse(openedAt) + Math.floor(index / 2) * MINUTE_MS + MINUTE_MS,
          ).toISOString(),
        });
        expect(response.errors).toBeUndefined();
      }
      const rows = await sql<{ id: string; at: Date }>(
        'support',
        `SELECT 'TICKET:' || id AS id, opened_at AS at FROM tickets WHERE customer_id = $1
         UNION ALL SELECT 'INTERACTION:' || x.id, x.occurred_at FROM interactions x JOIN tickets t ON t.id = x.ticket_id
         WHERE t.customer_id = $1`,
        [busy],
      );
      const expected = rows
        .sort((a, b) => b.at.getTime() - a.at.getTime() || (b.id > a.id ? 1 : b.id < a.id ? -1 : 0))
        .slice(0, 50);
      const [customer] = await entities<{ supportActivity: Array<{ id: string }> }>(
        support.url,
        [{ __typename: 'Customer', id: busy }],
        '... on Customer { supportActivity { id } }',
      );
      expect(rows).toHaveLength(57);
      expect(customer!.supportActivity.map((event) => event.id)).toEqual(expected.map((row) => row.id));
    });

    it('should look an event up by its id, and answer null for an unknown, malformed or other kind of id', async () => {
      const response = await postGraphQL(
        support.url,
        `{ a: supportActivityEvent(id: "CSAT:${tickets.recent.toUpperCase()}") { id sourceId summary }
           b: supportActivityEvent(id: "INTERACTION:${interactions.transfer}") { id channel occurredAt }
           c: supportActivityEvent(id: "TICKET:${NOBODY}") { id }
           d: supportActivityEvent(id: "SIGNAL:${tickets.recent}") { id }
           e: supportActivityEvent(id: "TICKET:not-a-uuid") { id } }`,
      );
      expect(response).toEqual({
        data: {
          a: { id: `CSAT:${tickets.recent}`, sourceId: tickets.recent, summary: 'CSAT 2/5 for ticket login' },
          b: { id: `INTERACTION:${interactions.transfer}`, channel: 'CHAT', occurredAt: times.transfer },
          c: null,
          d: null,
          e: null,
        },
      });
    });
  });
});
