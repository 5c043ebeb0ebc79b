import { AgentConsoleDocument } from '../../examples/__generated__/graphql';
import { request } from '../../examples/typed-client';
import { customerId, PERSONAS } from '../../scripts/demo/world';
import { sql } from '../helpers/db';
import { operation } from '../helpers/operations';
import { type Stack, startStack, testToken } from '../helpers/stack';

interface AgentConsole {
  customer: {
    id: string;
    kpis: {
      lifecycleStage: {
        value: string;
        rule: string;
        explanation: string;
        confidence: number;
        missing: string[];
      };
      churnRisk: { value: number; factors: Array<{ name: string; contribution: number }> };
      lifetimeValue: { value: { currency: string; totalMinor: number } | null };
      silence: { value: number };
      actionability: {
        value: number;
        actionable: boolean;
        missing: string[];
        unavailableDepartments: string[];
      };
      nextBestAction: {
        action: string;
        department: string | null;
        channel: string | null;
        humanRequired: boolean;
        reason: string;
        evidence: Array<{ kind: string; id: string }>;
      };
    };
    timeline: {
      totalCount: number;
      unavailableDepartments: string[];
      edges: Array<{ node: { occurredAt: string; department: string; kind: string; summary: string } }>;
    };
  };
}

/** What the README promises for each persona (stage, rule, next best action and who owns it). */
const EXPECTED = {
  'loyal-cancel-intent': {
    stage: 'AT_RISK',
    rule: 'AT_RISK.cancelIntent',
    action: 'RETENTION_OUTREACH',
    department: 'SALES',
    humanRequired: true,
    evidence: ['SIGNAL'],
    explanation: 'AT_RISK: cancel intent 1 day ago (within 30 days).',
    silence: 100,
  },
  'pricing-researcher': {
    stage: 'LEAD',
    rule: 'LEAD.engaged',
    action: 'SALES_HANDOFF',
    department: 'SALES',
    humanRequired: true,
    evidence: ['SIGNAL', 'SIGNAL', 'OPPORTUNITY'],
    explanation: 'LEAD: never bought; last engagement today (within 90 days); 1 open opportunity.',
    silence: 100,
  },
  'checkout-error': {
    stage: 'LOYAL',
    rule: 'LOYAL.paidOrders',
    action: 'PROACTIVE_SUPPORT',
    department: 'SUPPORT',
    humanRequired: true,
    evidence: ['SIGNAL', 'SIGNAL'],
    explanation:
      'LOYAL: 6 paid orders (at least 4); last paid order 100 days ago (within 180 days); last engagement today (within 180 days).',
    silence: 100,
  },
  'repeat-contact': {
    stage: 'AT_RISK',
    rule: 'AT_RISK.repeatContacts',
    action: 'ESCALATE_TO_HUMAN',
    department: 'SUPPORT',
    humanRequired: true,
    evidence: ['TICKET', 'TICKET', 'TICKET'],
    explanation:
      'AT_RISK: 2 of 3 contacts in 90 days were repeat contacts (rate 0.67, at least 0.5); last paid order 110 days ago, more than 90 days (2 × the usual interval of 45 days).',
    silence: 0,
  },
  'happy-silent': {
    stage: 'LOYAL',
    rule: 'LOYAL.paidOrders',
    action: 'RECOGNITION',
    department: 'MARKETING',
    humanRequired: false,
    evidence: [],
    explanation:
      'LOYAL: 20 paid orders (at least 4); subscribed since 500 days ago (at least 365 days); last paid order 30 days ago (within 180 days); an active subscription; last engagement 2 days ago (within 180 days).',
    silence: 100,
  },
} as const;

describe('shared lifecycle KPIs through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const agentConsole = async (id: string) => {
    const response = await stack.query<AgentConsole>(operation('agent-console'), { id });
    expect(response.errors).toBeUndefined();
    return response.data!.customer;
  };

  it.each(PERSONAS.map((persona, index) => [persona.displayName, persona.key, index] as const))(
    'should show %s with the documented stage, explanation, action and evidence',
    async (_name, key, index) => {
      const id = customerId(index);
      const customer = await agentConsole(id);
      const expected = EXPECTED[key];
      const { lifecycleStage, nextBestAction, actionability } = customer.kpis;
      expect(lifecycleStage).toMatchObject({
        value: expected.stage,
        rule: expected.rule,
        confidence: 1,
        missing: [],
      });
      expect(nextBestAction).toMatchObject({
        action: expected.action,
        department: expected.department,
        humanRequired: expected.humanRequired,
      });
      expect(nextBestAction.evidence.map((item) => item.kind)).toEqual(expected.evidence);
      expect(actionability).toMatchObject({ actionable: true, missing: [], unavailableDepartments: [] });
      // Only a channel the customer consented to.
      const consented = await sql<{ channel: string }>(
        'marketing',
        `SELECT DISTINCT channel FROM consents WHERE customer_id = $1 AND granted AND purpose IN ('MARKETING', 'SERVICE')`,
        [id],
      );
      expect(consented.map((row) => row.channel)).toContain(nextBestAction.channel);
    },
  );

  it("should point the loyal customer's retention outreach at yesterday's cancel-intent signal", async () => {
    const id = customerId(0);
    const customer = await agentConsole(id);
    const [signal] = await sql<{ id: string }>(
      'marketing',
      `SELECT id FROM signals WHERE customer_id = $1 AND kind = 'CANCEL_SUBSCRIPTION_INTENT'
       ORDER BY occurred_at DESC LIMIT 1`,
      [id],
    );
    expect(customer.kpis.nextBestAction.evidence).toEqual([{ kind: 'SIGNAL', id: signal!.id }]);
    expect(customer.kpis.churnRisk.factors.map((factor) => factor.name)).toContain('cancelIntent');
    expect(customer.kpis.nextBestAction.reason).toMatch(/^Cancel intent 1 day ago/);
  });

  it('should escalate the repeat-contact customer with the tickets as evidence, newest first', async () => {
    const id = customerId(3);
    const customer = await agentConsole(id);
    const tickets = await sql<{ id: string }>(
      'support',
      `SELECT id FROM tickets WHERE customer_id = $1 AND (opened_at > now() - interval '90 days' OR status IN ('OPEN', 'PENDING'))
       ORDER BY opened_at DESC, id DESC`,
      [id],
    );
    expect(customer.kpis.nextBestAction.evidence).toEqual(tickets.map((t) => ({ kind: 'TICKET', id: t.id })));
  });

  it('should merge every department into one newest-first timeline and page it without gaps', async () => {
    const id = customerId(0);
    const query = `#graphql
      query ($id: ID!, $after: String, $kinds: [ActivityKind!]) {
        customer(id: $id) {
          timeline(first: 25, after: $after, kinds: $kinds) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node { id occurredAt department kind } }
          }
        }
      }`;
    type Page = {
      customer: {
        timeline: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; occurredAt: string; department: string; kind: string } }>;
        };
      };
    };
    const seen: Array<{ id: string; occurredAt: string; department: string; kind: string }> = [];
    let after: string | null = null;
    let total = 0;
    do {
      const response: { data?: Page | null } = await stack.query<Page>(query, { id, after });
      const timeline = response.data!.customer.timeline;
      total = timeline.totalCount;
      seen.push(...timeline.edges.map((edge) => edge.node));
      after = timeline.pageInfo.hasNextPage ? timeline.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((event) => event.id)).size).toBe(total);
    const sorted = [...seen].sort((a, b) =>
      a.occurredAt === b.occurredAt ? (a.id < b.id ? 1 : -1) : a.occurredAt < b.occurredAt ? 1 : -1,
    );
    expect(seen).toEqual(sorted);
    expect(new Set(seen.map((event) => event.department))).toEqual(
      new Set(['MARKETING', 'SALES', 'SUPPORT']),
    );
    // Each department contributes its most recent 50 events (or all it has).
    for (const department of ['MARKETING', 'SALES', 'SUPPORT'])
      expect(seen.filter((event) => event.department === department).length).toBeLessThanOrEqual(50);
    const [{ n: orders }] = await sql<{ n: number }>(
      'sales',
      'SELECT count(*)::int AS n FROM orders WHERE customer_id = $1',
      [id],
    );
    const ordersOnly: { data?: Page | null } = await stack.query<Page>(query, {
      id,
      after: null,
      kinds: ['ORDER'],
    });
    expect(ordersOnly.data!.customer.timeline.totalCount).toBe(Math.min(orders, 50));
    expect(ordersOnly.data!.customer.timeline.edges.every((edge) => edge.node.kind === 'ORDER')).toBe(true);
  });

  it('should refuse a timeline cursor it did not issue with BAD_USER_INPUT at timeline.after', async () => {
    const response = await stack.query(
      'query ($id: ID!) { customer(id: $id) { timeline(after: "bm90LWEtY3Vyc29y") { totalCount } } }',
      { id: customerId(0) },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'timeline.after',
    });
  });

  it('should answer the typed AgentConsoleDocument (examples/typed-client.ts) exactly like the file it is generated from', async () => {
    const id = customerId(0);

    const typed = await request(stack.gatewayUrl, await testToken(), AgentConsoleDocument, { id });

    // Typed: no cast needed to read the next best action.
    expect(typed.customer?.kpis?.nextBestAction.action).toBe('RETENTION_OUTREACH');
    expect(typed.customer).toEqual(await agentConsole(id));
  });

  it('should list every KPI definition with its formula version, inputs and owner', async () => {
    const response = await stack.query<{
      kpiDefinitions: Array<{ name: string; formulaVersion: string; inputs: string[]; owner: string }>;
    }>('{ kpiDefinitions { name formulaVersion inputs owner } }');
    const definitions = response.data!.kpiDefinitions;
    expect(definitions.map((definition) => definition.name)).toEqual([
      'lifecycleStage',
      'churnRisk',
      'lifetimeValue',
      'silence',
      'resolution',
      'perceptionGap',
      'actionability',
      'nextBestAction',
    ]);
    for (const definition of definitions) {
      expect(definition.formulaVersion).toMatch(/^[a-z-]+\/v\d+$/);
      expect(definition.inputs.length).toBeGreaterThan(0);
      expect(definition.owner).toBe('customer-lifecycle');
    }
  });
});
