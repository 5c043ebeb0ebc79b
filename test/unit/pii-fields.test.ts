import { parse } from 'graphql';
import { piiFieldsOf } from '../../lib/audit/pii-reads';
import { actorKindOf } from '../../lib/audit/record-audit';
import { SUBGRAPH_NAMES } from '../../lib/config';
import { loadSchema } from '../../lib/graphql/load-schema';

describe('personal-data fields, as the audit log reads them from the SDL', () => {
  it('should be the customer profile fields and the lookups by identifier, in the customers subgraph only', () => {
    const bySubgraph = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, [...piiFieldsOf(loadSchema(name))].sort()]),
    );

    expect(bySubgraph).toEqual({
      customers: [
        'Customer.displayName',
        'Customer.email',
        'Customer.identifiers',
        'Customer.phone',
        'Query.customerByIdentifier',
        'Query.customersByIdentifiers',
      ],
      marketing: [],
      sales: [],
      support: [],
    });
  });

  it('should count a field only when every scope set that grants it includes pii:read', () => {
    const sdl = parse(`#graphql
      type Query {
        lookup: String @requiresScopes(scopes: [["pii:read"]])
        either: String @requiresScopes(scopes: [["pii:read", "sales:write"], ["pii:read", "admin"]])
        orAdmin: String @requiresScopes(scopes: [["pii:read", "sales:write"], ["admin"]])
        open: String @authenticated
      }
      type Profile @requiresScopes(scopes: [["pii:read"]]) { name: String }
    `);

    expect([...piiFieldsOf(sdl)].sort()).toEqual(['Profile.name', 'Query.either', 'Query.lookup']);
  });

  it.each([
    ['service:marketing', 'SERVICE'],
    ['service:kpi-snapshot', 'SERVICE'],
    ['agent-7', 'HUMAN'],
    ['auth0|5f1c', 'HUMAN'],
    ['services:marketing', 'HUMAN'],
  ])('should take the subject %s for a %s', (subject, kind) => {
    expect(actorKindOf(subject)).toBe(kind);
  });
});
