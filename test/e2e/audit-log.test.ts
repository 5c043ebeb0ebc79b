import { randomInt, randomUUID } from 'node:crypto';
import { recordAudit } from '../../lib/audit/record-audit';
import { signParams } from '../../lib/auth/gateway-proof';
import { ROLES } from '../../lib/auth/roles';
import { signToken } from '../../lib/auth/tokens';
import type { SubgraphName } from '../../lib/config';
import { sql } from '../helpers/db';
import { type GraphQLResponse, type Stack, startStack, testAuth } from '../helpers/stack';
import { type SubgraphProcess, startSubgraphProcess } from '../helpers/subgraph-process';

const AGENT = 'agent-audit-7';
const MARKETER = 'marketer-audit-3';
const ADMIN = 'admin-audit-1';

const tokenFor = (subject: string, scopes: readonly string[]) =>
  signToken(testAuth().tokens, { subject, scopes });

/**
 * An operation as `subject` sends it, with its own `x-request-id` (what the audit row keeps): to the gateway,
 * or (`signed`) straight to a subgraph, which trusts only requests signed with the gateway's secret.
 */
async function post<T>(
  url: string,
  caller: { subject: string; scopes: readonly string[] },
  requestId: string,
  query: string,
  variables: Record<string, unknown> = {},
  signed = false,
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const payload = { query, variables };
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor(caller.subject, caller.scopes)}`,
      'x-request-id': requestId,
    },
    body: JSON.stringify(signed ? signParams(testAuth().gatewaySecret, payload) : payload),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/** The answer of `post`. */
async function send<T>(...args: Parameters<typeof post>): Promise<GraphQLResponse<T>> {
  return (await post<T>(...args)).body;
}

interface AuditRow {
  actor: string;
  actor_kind: string;
  scopes: string[];
  action: string;
  customer_ids: string[];
  fields: string[];
  detail: Record<string, unknown>;
  request_id: string | null;
}

const COLUMNS = 'actor, actor_kind, scopes, action, customer_ids::text[], fields, detail, request_id';

/** The audit rows one request left in a subgraph's database. */
const rowsOf = (subgraph: SubgraphName, requestId: string) =>
  sql<AuditRow>(subgraph, `SELECT ${COLUMNS} FROM audit_events WHERE request_id = $1`, [requestId]);

/** A person nobody else's test reads, with an email and a phone to look for in the log. */
function newPerson() {
  const n = randomInt(1_000_000, 9_999_999);
  return { displayName: `Audit Person ${n}`, email: `audit.person.${n}@example.com`, phone: `+4930${n}` };
}

const CUSTOMER_PII = `#graphql
  query ($id: ID!) { customer(id: $id) { id displayName email phone country } }`;

const SET_CONSENT = `#graphql
  mutation ($input: SetConsentInput!) { setConsent(input: $input) { channel purpose granted source recordedAt } }`;

describe('the audit log', () => {
  let stack: Stack;
  let person: ReturnType<typeof newPerson>;
  let customerId: string;

  beforeAll(async () => {
    stack = await startStack();
    person = newPerson();
    // As an admin: createCustomer is open to admin without pii:read, so it is no personal-data read itself.
    const created = await send<{ createCustomer: { id: string } }>(
      stack.gatewayUrl,
      { subject: ADMIN, scopes: ROLES.admin },
      randomUUID(),
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { ...person, country: 'DE' } },
    );
    customerId = created.data!.createCustomer.id;
  });
  afterAll(() => stack.stop());

  it('should record one PII_READ for a person reading a customer, naming them, the fields and the customer, and no personal value', async () => {
    const requestId = randomUUID();

    const answer = await send<{ customer: Record<string, string> }>(
      stack.gatewayUrl,
      { subject: AGENT, scopes: ROLES['support-agent'] },
      requestId,
      CUSTOMER_PII,
      { id: customerId },
    );

    expect(answer.errors).toBeUndefined();
    expect(answer.data!.customer.email).toBe(person.email);
    const rows = await rowsOf('customers', requestId);
    expect(rows).toEqual([
      {
        actor: AGENT,
        actor_kind: 'HUMAN',
        scopes: [...ROLES['support-agent']],
        action: 'PII_READ',
        customer_ids: [customerId],
        fields: ['Customer.displayName', 'Customer.email', 'Customer.phone'],
        detail: {},
        request_id: requestId,
      },
    ]);
    const stored = JSON.stringify(rows);
    for (const value of [person.email, person.phone, person.displayName]) expect(stored).not.toContain(value);
  });

  it('should record the customer a lookup by email found, under the lookup field', async () => {
    const requestId = randomUUID();

    const answer = await send<{ customerByIdentifier: { id: string } }>(
      stack.gatewayUrl,
      { subject: AGENT, scopes: ROLES['support-agent'] },
      requestId,
      'query ($email: String!) { customerByIdentifier(identifier: { email: $email }) { id country } }',
      { email: person.email },
    );

    expect(answer.data!.customerByIdentifier.id).toBe(customerId);
    expect(await rowsOf('customers', requestId)).toEqual([
      expect.objectContaining({ customer_ids: [customerId], fields: ['Query.customerByIdentifier'] }),
    ]);
  });

  it('should record nothing when a person reads no personal data, or a service reads some', async () => {
    const readsNoPii = randomUUID();
    const service = randomUUID();

    const plain = await send<{ customer: { country: string } }>(
      stack.gatewayUrl,
      { subject: AGENT, scopes: ROLES['support-agent'] },
      readsNoPii,
      'query ($id: ID!) { customer(id: $id) { id country } }',
      { id: customerId },
    );
    const byService = await send<{ customer: { email: string } }>(
      stack.gatewayUrl,
      { subject: 'service:marketing', scopes: ['pii:read'] },
      service,
      CUSTOMER_PII,
      { id: customerId },
    );

    expect(plain.data!.customer.country).toBe('DE');
    expect(byService.data!.customer.email).toBe(person.email);
    expect(await rowsOf('customers', readsNoPii)).toEqual([]);
    expect(await rowsOf('customers', service)).toEqual([]);
  });

  it('should record a consent change once with its channel, purpose, decision and source, and not again on a replay', async () => {
    const marketer = { subject: MARKETER, scopes: ROLES.marketer };
    const recordedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000).toISOString();
    const input = {
      customerId,
      clientEventId: `audit-consent-${randomUUID()}`,
      channel: 'SMS',
      purpose: 'MARKETING',
      granted: false,
      source: 'preference-center',
      recordedAt,
    };
    const first = randomUUID();
    const replay = randomUUID();

    const applied = await send(stack.gatewayUrl, marketer, first, SET_CONSENT, { input });
    const replayed = await send(stack.gatewayUrl, marketer, replay, SET_CONSENT, { input });

    expect(applied.errors).toBeUndefined();
    expect(replayed).toEqual(applied);
    expect(await rowsOf('marketing', first)).toEqual([
      {
        actor: MARKETER,
        actor_kind: 'HUMAN',
        scopes: [...ROLES.marketer],
        action: 'CONSENT_CHANGED',
        customer_ids: [customerId],
        fields: [],
        detail: {
          channel: 'SMS',
          purpose: 'MARKETING',
          granted: false,
          source: 'preference-center',
          recordedAt,
        },
        request_id: first,
      },
    ]);
    expect(await rowsOf('marketing', replay)).toEqual([]);
    const consentRows = await sql(
      'marketing',
      `SELECT id FROM audit_events WHERE action = 'CONSENT_CHANGED' AND customer_ids && $1::uuid[]`,
      [[customerId]],
    );
    expect(consentRows).toHaveLength(1);
  });

  it('should leave no audit row when the transaction that recorded it rolls back', async () => {
    const requestId = randomUUID();

    const rolledBack = stack.subgraphs.marketing.dataSource.transaction(async (manager) => {
      await recordAudit(manager, {
        actor: { subject: MARKETER, scopes: ROLES.marketer },
        action: 'CONSENT_CHANGED',
        customerIds: [customerId],
        requestId,
      });
      throw new Error('the consent write failed after its audit event');
    });

    await expect(rolledBack).rejects.toThrow('the consent write failed after its audit event');
    expect(await rowsOf('marketing', requestId)).toEqual([]);
  });

  it('should withhold the personal data, with 503 AUDIT_UNAVAILABLE, when its audit event cannot be written', async () => {
    const refused = 'agent-audit-refused';
    // A trigger that refuses this one actor's events: the audit table fails for them alone.
    await sql(
      'customers',
      `CREATE FUNCTION audit_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'audit log refused'; END $$`,
    );
    await sql(
      'customers',
      `CREATE TRIGGER audit_test_refuse BEFORE INSERT ON audit_events FOR EACH ROW
         WHEN (NEW.actor = '${refused}') EXECUTE FUNCTION audit_test_refuse()`,
    );
    try {
      const answer = await post(
        stack.subgraphs.customers.url,
        { subject: refused, scopes: ROLES['support-agent'] },
        randomUUID(),
        CUSTOMER_PII,
        { id: customerId },
        true,
      );

      expect(answer).toEqual({
        status: 503,
        body: {
          errors: [
            {
              message: 'The audit log could not be written; personal data was withheld. Retry later.',
              extensions: { code: 'AUDIT_UNAVAILABLE' },
            },
          ],
        },
      });
    } finally {
      await sql('customers', 'DROP TRIGGER audit_test_refuse ON audit_events');
      await sql('customers', 'DROP FUNCTION audit_test_refuse()');
    }
  });

  it("should show an admin the customer's audit events in each service's log, newest first, and forbid everyone else", async () => {
    const admin = { subject: ADMIN, scopes: ROLES.admin };
    const PAGE = `{ edges { node { action actor actorKind customerIds fields detail { key value } requestId } } totalCount }`;

    const answer = await send<{
      auditEvents: { edges: Array<{ node: Record<string, unknown> }>; totalCount: number };
      consentAuditEvents: { edges: Array<{ node: Record<string, unknown> }>; totalCount: number };
    }>(
      stack.gatewayUrl,
      admin,
      randomUUID(),
      `query ($id: ID!) { auditEvents(customerId: $id) ${PAGE} consentAuditEvents(customerId: $id) ${PAGE} }`,
      { id: customerId },
    );
    const forbidden = await send(
      stack.gatewayUrl,
      { subject: AGENT, scopes: ROLES['support-agent'] },
      randomUUID(),
      'query ($id: ID!) { auditEvents(customerId: $id) { totalCount } }',
      { id: customerId },
    );

    expect(answer.errors).toBeUndefined();
    const stored = await sql<{ request_id: string }>(
      'customers',
      'SELECT request_id FROM audit_events WHERE customer_ids && $1::uuid[] ORDER BY occurred_at DESC, id DESC',
      [[customerId]],
    );
    // The two reads above (the lookup, then the 360's fields), newest first; the admin's own query read none.
    expect(answer.data!.auditEvents.totalCount).toBe(2);
    expect(answer.data!.auditEvents.edges.map((edge) => edge.node)).toEqual([
      {
        action: 'PII_READ',
        actor: AGENT,
        actorKind: 'HUMAN',
        customerIds: [customerId],
        fields: ['Query.customerByIdentifier'],
        detail: [],
        requestId: stored[0]!.request_id,
      },
      {
        action: 'PII_READ',
        actor: AGENT,
        actorKind: 'HUMAN',
        customerIds: [customerId],
        fields: ['Customer.displayName', 'Customer.email', 'Customer.phone'],
        detail: [],
        requestId: stored[1]!.request_id,
      },
    ]);
    expect(answer.data!.consentAuditEvents.totalCount).toBe(1);
    expect(answer.data!.consentAuditEvents.edges[0]!.node).toMatchObject({
      action: 'CONSENT_CHANGED',
      actor: MARKETER,
      detail: [
        { key: 'source', value: 'preference-center' },
        { key: 'channel', value: 'SMS' },
        { key: 'granted', value: 'false' },
        { key: 'purpose', value: 'MARKETING' },
        { key: 'recordedAt', value: expect.any(String) },
      ],
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe("in the customers service's log", () => {
    let customers: SubgraphProcess;
    beforeAll(async () => {
      customers = await startSubgraphProcess('customers', { LOG_LEVEL: 'info' }, { captureStdout: true });
    });
    afterAll(() => customers?.kill());

    it('should write one audit line per personal-data read, without the personal values', async () => {
      const requestId = randomUUID();

      const answer = await send<{ customer: { email: string } }>(
        customers.url,
        { subject: AGENT, scopes: ROLES['support-agent'] },
        requestId,
        CUSTOMER_PII,
        { id: customerId },
        true,
      );
      expect(answer.data!.customer.email).toBe(person.email);
      // The line is written before the answer leaves; give the pipe a moment to deliver it.
      await new Promise((resolve) => setTimeout(resolve, 200));

      const lines = customers
        .stdout()
        .split('\n')
        .filter((line) => line.includes(requestId));
      const audit = lines.map((line) => JSON.parse(line)).filter((line) => line.audit);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        component: 'audit',
        msg: 'audit PII_READ',
        audit: {
          actor: AGENT,
          actorKind: 'HUMAN',
          action: 'PII_READ',
          customerIds: [customerId],
          fields: ['Customer.displayName', 'Customer.email', 'Customer.phone'],
          detail: {},
          requestId,
        },
      });
      // Not even redacted: the line never held them.
      const output = lines.join('\n');
      for (const value of [person.email, person.phone, person.displayName, '[email]', '[phone]'])
        expect(output).not.toContain(value);
    });
  });
});
