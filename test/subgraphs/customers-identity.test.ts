import { randomUUID } from 'node:crypto';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { sql } from '../helpers/db';
import { type GraphQLResponse, postGraphQL, startTestSubgraph } from '../helpers/stack';

const IDENTIFY = `#graphql
  mutation Identify($input: IdentifyInput!) {
    identify(input: $input) {
      outcome created
      customer { id email phone mergedIds identifiers { kind system value } }
      matchedOn { kind value }
      linkedIdentifiers { kind system value }
    }
  }`;

const MERGE = `#graphql
  mutation Merge($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      dryRun mergedAt movedIds
      survivor { id mergedIds identifiers { kind value } }
      merged { id mergedIds }
      movedIdentifiers { kind value }
      conflicts { field survivorValue mergedValue }
    }
  }`;

const UNMERGE = `#graphql
  mutation Unmerge($mergedId: ID!) {
    unmergeCustomer(input: { mergedId: $mergedId }) {
      restoredIds
      survivor { id mergedIds }
      restored { id mergedIds identifiers { kind value } }
    }
  }`;

interface Identified {
  outcome: 'MATCHED' | 'CREATED';
  created: boolean;
  customer: {
    id: string;
    email: string | null;
    phone: string | null;
    mergedIds: string[];
    identifiers: Array<{ kind: string; system: string | null; value: string }>;
  };
  matchedOn: { kind: string; value: string } | null;
  linkedIdentifiers: Array<{ kind: string; system: string | null; value: string }>;
}

/** A unique email per test, so tests never see each other's customers. */
const freshEmail = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.com`;

describe('customers subgraph identity resolution', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph('customers');
  });
  afterAll(() => subgraph.stop());

  const identify = (input: Record<string, unknown>) =>
    postGraphQL<{ identify: Identified }>(subgraph.url, IDENTIFY, { input });
  const merge = (survivorId: string, mergedId: string, dryRun = false) =>
    postGraphQL<{ mergeCustomers: Record<string, unknown> }>(subgraph.url, MERGE, {
      input: { survivorId, mergedId, dryRun },
    });
  const newCustomer = async (label: string, extra: Record<string, unknown> = {}) => {
    const response = await identify({ email: freshEmail(label), displayName: label, ...extra });
    expect(response.errors).toBeUndefined();
    return response.data!.identify.customer;
  };
  const customersRowCount = async () =>
    (await sql<{ n: number }>('customers', 'SELECT count(*)::int AS n FROM customers'))[0]!.n;

  it('should create a customer for an unknown email, then match it on retry and on any spelling', async () => {
    const email = freshEmail('ada.lovelace');
    const first = await identify({ email: ` ${email.toUpperCase()} `, displayName: 'Ada' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.identify).toMatchObject({
      outcome: 'CREATED',
      created: true,
      matchedOn: null,
      customer: { email, phone: null, mergedIds: [] },
      linkedIdentifiers: [{ kind: 'EMAIL', system: null, value: email }],
    });
    const again = await identify({ email });
    expect(again.data!.identify).toMatchObject({
      outcome: 'MATCHED',
      created: false,
      matchedOn: { kind: 'EMAIL', value: email },
      linkedIdentifiers: [],
      customer: { id: first.data!.identify.customer.id },
    });
  });

  it('should normalize a national phone with phoneCountry to E.164 and link it to the customer matched by email', async () => {
    const customer = await newCustomer('phone.owner');
    const phone = `030 ${String(Date.now()).slice(-7)}`;
    const response = await identify({ email: customer.email, phone, phoneCountry: 'DE' });
    const expected = `+4930${phone.slice(4)}`;
    expect(response.data!.identify).toMatchObject({
      outcome: 'MATCHED',
      customer: { id: customer.id, phone: expected },
      linkedIdentifiers: [{ kind: 'PHONE', value: expected }],
    });
    const byPhone = await postGraphQL<{ customerByIdentifier: { id: string } }>(
      subgraph.url,
      'query ($p: String!) { customerByIdentifier(identifier: { phone: $p }) { id } }',
      { p: `+49 30 ${phone.slice(4)}` },
    );
    expect(byPhone.data!.customerByIdentifier.id).toBe(customer.id);
  });

  it('should match on an external id and create a customer only once under 20 concurrent identifies', async () => {
    const externalId = randomUUID();
    const before = await customersRowCount();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => identify({ externalIds: [{ system: 'crm', externalId }] })),
    );
    const ids = new Set(responses.map((r) => r.data?.identify.customer.id));
    expect(responses.every((r) => r.errors === undefined)).toBe(true);
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.data!.identify.created)).toHaveLength(1);
    const rows = await sql(
      'customers',
      "SELECT customer_id FROM customer_identifiers WHERE kind = 'EXTERNAL' AND system = 'crm' AND value = $1",
      [externalId],
    );
    expect(rows).toEqual([{ customer_id: [...ids][0] }]);
    expect(await customersRowCount()).toBeGreaterThanOrEqual(before + 1);
  });

  it('should refuse identifiers that belong to two customers with CONFLICT naming both ids, linking nothing', async () => {
    const a = await newCustomer('conflict.a');
    const b = await newCustomer('conflict.b');
    const externalId = randomUUID();
    const response = await identify({
      email: a.email,
      externalIds: [{ system: 'helpdesk', externalId }],
      phone: undefined,
    });
    expect(response.errors).toBeUndefined();
    const clash = await identify({ email: b.email, externalIds: [{ system: 'helpdesk', externalId }] });
    expect(clash.data).toBeNull();
    expect(clash.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      field: 'input.externalIds.0',
      customerIds: [a.id, b.id],
    });
    expect(clash.errors?.[0]?.message).toContain(a.id);
    expect(clash.errors?.[0]?.message).toContain(b.id);
  });

  it('should read the same external id given twice as one identifier, not a conflict with itself', async () => {
    const externalId = randomUUID();
    const twice = [
      { system: 'crm', externalId },
      { system: 'crm', externalId },
    ];
    const first = await identify({ externalIds: twice });
    expect(first.errors).toBeUndefined();
    expect(first.data!.identify).toMatchObject({
      outcome: 'CREATED',
      linkedIdentifiers: [{ kind: 'EXTERNAL', system: 'crm', value: externalId }],
    });
    const again = await identify({ externalIds: twice });
    expect(again.data!.identify).toMatchObject({ outcome: 'MATCHED', linkedIdentifiers: [] });
  });

  it('should answer NOT_FOUND at identifier.email for an identifier nobody has', async () => {
    const response = await postGraphQL(
      subgraph.url,
      'query ($e: String!) { customerByIdentifier(identifier: { email: $e }) { id } }',
      { e: freshEmail('nobody') },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'identifier.email' });
  });

  it.each([
    [{}, 'identifier'],
    [{ email: 'a@example.com', phone: '+4930123456' }, 'identifier'],
    [{ phone: '030 123' }, 'identifier.phone'],
    [{ email: 'not-an-email' }, 'identifier.email'],
  ])('should refuse the identifier %j with BAD_USER_INPUT at %s', async (identifier, field) => {
    const response = await postGraphQL(
      subgraph.url,
      'query ($i: IdentifierInput!) { customerByIdentifier(identifier: $i) { id } }',
      { i: identifier },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('should look many identifiers up in order, null where unknown', async () => {
    const a = await newCustomer('batch.a');
    const response = await postGraphQL<{ customersByIdentifiers: Array<{ id: string } | null> }>(
      subgraph.url,
      'query ($ids: [IdentifierInput!]!) { customersByIdentifiers(identifiers: $ids) { id } }',
      { ids: [{ email: freshEmail('unknown') }, { email: a.email!.toUpperCase() }] },
    );
    expect(response.data!.customersByIdentifiers).toEqual([null, { id: a.id }]);
  });

  describe('merge and unmerge', () => {
    it('should report a dry run exactly and change nothing', async () => {
      const survivor = await newCustomer('dry.survivor', { country: 'DE' });
      const merged = await newCustomer('dry.merged', { country: 'FR' });
      const response = await merge(survivor.id, merged.id, true);
      expect(response.errors).toBeUndefined();
      expect(response.data!.mergeCustomers).toEqual({
        dryRun: true,
        mergedAt: null,
        movedIds: [merged.id],
        survivor: { id: survivor.id, mergedIds: [], identifiers: [{ kind: 'EMAIL', value: survivor.email }] },
        merged: { id: merged.id, mergedIds: [] },
        movedIdentifiers: [{ kind: 'EMAIL', value: merged.email }],
        conflicts: [
          { field: 'displayName', survivorValue: 'dry.survivor', mergedValue: 'dry.merged' },
          { field: 'email', survivorValue: survivor.email, mergedValue: merged.email },
          { field: 'country', survivorValue: 'DE', mergedValue: 'FR' },
        ],
      });
      const rows = await sql('customers', 'SELECT merged_into, alias_ids FROM customers WHERE id = ANY($1)', [
        [survivor.id, merged.id],
      ]);
      expect(rows).toEqual([
        { merged_into: null, alias_ids: [] },
        { merged_into: null, alias_ids: [] },
      ]);
    });

    it('should make the merged id and its identifiers resolve to the survivor, and unmerge restore both', async () => {
      const survivor = await newCustomer('real.survivor');
      const merged = await newCustomer('real.merged');
      const response = await merge(survivor.id, merged.id);
      expect(response.errors).toBeUndefined();
      expect(response.data!.mergeCustomers).toMatchObject({
        dryRun: false,
        movedIds: [merged.id],
        survivor: {
          id: survivor.id,
          mergedIds: [merged.id],
          identifiers: [
            { kind: 'EMAIL', value: survivor.email },
            { kind: 'EMAIL', value: merged.email },
          ],
        },
        merged: { id: merged.id, mergedIds: [] },
      });

      const byOldId = await postGraphQL<{ customer: { id: string; mergedIds: string[] } }>(
        subgraph.url,
        'query ($id: ID!) { customer(id: $id) { id mergedIds } }',
        { id: merged.id },
      );
      expect(byOldId.data!.customer).toEqual({ id: survivor.id, mergedIds: [merged.id] });
      const matched = await identify({ email: merged.email });
      expect(matched.data!.identify).toMatchObject({ outcome: 'MATCHED', customer: { id: survivor.id } });
      const page = await sql('customers', 'SELECT 1 FROM customers WHERE id = $1 AND merged_into IS NULL', [
        merged.id,
      ]);
      expect(page).toHaveLength(0);

      const again = await merge(survivor.id, merged.id);
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.mergedId',
      });

      const undone = await postGraphQL<{ unmergeCustomer: Record<string, unknown> }>(subgraph.url, UNMERGE, {
        mergedId: merged.id,
      });
      expect(undone.errors).toBeUndefined();
      expect(undone.data!.unmergeCustomer).toEqual({
        restoredIds: [merged.id],
        survivor: { id: survivor.id, mergedIds: [] },
        restored: { id: merged.id, mergedIds: [], identifiers: [{ kind: 'EMAIL', value: merged.email }] },
      });
      const restored = await identify({ email: merged.email });
      expect(restored.data!.identify.customer.id).toBe(merged.id);
    });

    it('should carry earlier aliases along in a chain of merges and restore them on unmerge', async () => {
      const [a, b, c] = [
        await newCustomer('chain.a'),
        await newCustomer('chain.b'),
        await newCustomer('chain.c'),
      ];
      expect((await merge(b.id, c.id)).errors).toBeUndefined(); // c → b
      const chained = await merge(a.id, b.id); // b (with c) → a
      expect(chained.data!.mergeCustomers).toMatchObject({ movedIds: [b.id, c.id] });
      const viaC = await postGraphQL<{ customer: { id: string; mergedIds: string[] } }>(
        subgraph.url,
        'query ($id: ID!) { customer(id: $id) { id mergedIds } }',
        { id: c.id },
      );
      expect(viaC.data!.customer).toEqual({ id: a.id, mergedIds: [b.id, c.id] });
      const undone = await postGraphQL<{ unmergeCustomer: { restoredIds: string[] } }>(
        subgraph.url,
        UNMERGE,
        {
          mergedId: b.id,
        },
      );
      expect(undone.data!.unmergeCustomer.restoredIds).toEqual([b.id, c.id]);
      const viaCAgain = await postGraphQL<{ customer: { id: string; mergedIds: string[] } }>(
        subgraph.url,
        'query ($id: ID!) { customer(id: $id) { id mergedIds } }',
        { id: c.id },
      );
      expect(viaCAgain.data!.customer).toEqual({ id: b.id, mergedIds: [c.id] });
    });

    it('should restore only the leaf when the last customer of a chain is unmerged', async () => {
      const [a, b, c] = [
        await newCustomer('leaf.a'),
        await newCustomer('leaf.b'),
        await newCustomer('leaf.c'),
      ];
      expect((await merge(b.id, c.id)).errors).toBeUndefined();
      expect((await merge(a.id, b.id)).errors).toBeUndefined();
      const undone = await postGraphQL<{
        unmergeCustomer: { restoredIds: string[]; survivor: { id: string } };
      }>(subgraph.url, UNMERGE, { mergedId: c.id });
      expect(undone.data!.unmergeCustomer).toMatchObject({ restoredIds: [c.id], survivor: { id: b.id } });
      const rows = await sql(
        'customers',
        'SELECT id, merged_into, canonical_id, alias_ids FROM customers WHERE id = ANY($1) ORDER BY created_at',
        [[a.id, b.id, c.id]],
      );
      expect(rows).toEqual([
        { id: a.id, merged_into: null, canonical_id: null, alias_ids: [b.id] },
        { id: b.id, merged_into: a.id, canonical_id: a.id, alias_ids: [] },
        { id: c.id, merged_into: null, canonical_id: null, alias_ids: [] },
      ]);
    });

    it('should keep every merge chain consistent under concurrent merges and unmerges', async () => {
      const people = [];
      for (let i = 0; i < 6; i++) people.push(await newCustomer(`race.${i}`));
      const [p0, p1, p2, p3, p4, p5] = people.map((person) => person.id) as [
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      await merge(p1, p2);
      await merge(p3, p4);
      const responses = await Promise.all([
        merge(p0, p1),
        merge(p0, p3),
        postGraphQL(subgraph.url, UNMERGE, { mergedId: p2 }),
        merge(p5, p4), // p4 is already merged: refused
        postGraphQL(subgraph.url, UNMERGE, { mergedId: p4 }),
      ]);
      // Only the refusal may fail, and only as BAD_USER_INPUT (never a deadlock surfacing as an internal error).
      for (const response of responses)
        for (const error of response.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      // The invariant: every merged row's canonical id is the root of its merged_into chain, and every
      // root's alias_ids are exactly the rows whose canonical id it is.
      const rows = await sql<{
        id: string;
        merged_into: string | null;
        canonical_id: string | null;
        alias_ids: string[];
      }>('customers', 'SELECT id, merged_into, canonical_id, alias_ids FROM customers WHERE id = ANY($1)', [
        [p0, p1, p2, p3, p4, p5],
      ]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const rootOf = (id: string): string => {
        const parent = byId.get(id)!.merged_into;
        return parent ? rootOf(parent) : id;
      };
      for (const row of rows) {
        expect({ id: row.id, canonical: row.canonical_id }).toEqual({
          id: row.id,
          canonical: row.merged_into ? rootOf(row.id) : null,
        });
        if (!row.merged_into)
          expect([...row.alias_ids].sort()).toEqual(
            rows
              .filter((other) => other.canonical_id === row.id)
              .map((other) => other.id)
              .sort(),
          );
      }
    });

    it.each([
      ['into itself', (x: string) => [x, x], 'input.mergedId'],
      ['into an already merged customer', (x: string, merged: string) => [merged, x], 'input.survivorId'],
    ])('should refuse merging %s with BAD_USER_INPUT and change nothing', async (_label, pair, field) => {
      const x = await newCustomer('refuse.x');
      const host = await newCustomer('refuse.host');
      const gone = await newCustomer('refuse.gone');
      expect((await merge(host.id, gone.id)).errors).toBeUndefined();
      const [survivorId, mergedId] = pair(x.id, gone.id) as [string, string];
      const before = await sql(
        'customers',
        'SELECT id, merged_into, alias_ids FROM customers WHERE id = ANY($1) ORDER BY id',
        [[x.id, host.id, gone.id]],
      );
      const response: GraphQLResponse = await merge(survivorId, mergedId);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const after = await sql(
        'customers',
        'SELECT id, merged_into, alias_ids FROM customers WHERE id = ANY($1) ORDER BY id',
        [[x.id, host.id, gone.id]],
      );
      expect(after).toEqual(before);
    });

    it('should answer NOT_FOUND for an unknown customer and BAD_USER_INPUT for unmerging one never merged', async () => {
      const x = await newCustomer('unknown.x');
      const missing = await merge(x.id, randomUUID());
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.mergedId' });
      const never = await postGraphQL(subgraph.url, UNMERGE, { mergedId: x.id });
      expect(never.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.mergedId',
      });
    });
  });
});
