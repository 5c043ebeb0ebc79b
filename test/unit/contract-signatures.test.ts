import { buildSubgraphSchema } from '@apollo/subgraph';
import { type DocumentNode, graphql, Kind, parse, print, visit } from 'graphql';
import { SUBGRAPH_NAMES } from '../../lib/config';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { fieldNames, schemaFile } from '../helpers/contract';

/** What `b` declares that `a` does not, and the reverse. */
function drift(a: DocumentNode, b: DocumentNode) {
  const before = fieldNames(a);
  const after = fieldNames(b);
  return {
    removed: before.filter((line) => !after.includes(line)),
    added: after.filter((line) => !before.includes(line)),
  };
}

const withoutDescriptions = (document: DocumentNode) =>
  visit(document, {
    enter: (node) =>
      'description' in node && node.description ? { ...node, description: undefined } : undefined,
  });

/** The sales schema printed without descriptions: one line per field, whatever the prose says. */
const salesText = print(withoutDescriptions(schemaFile('sales')));

/** The sales schema with one piece of text replaced; the piece must occur exactly once. */
function editedSales(from: string, to: string): DocumentNode {
  expect({ from, occurrences: salesText.split(from).length - 1 }).toEqual({ from, occurrences: 1 });
  return parse(salesText.replace(from, to));
}

describe('contract signatures (fieldNames)', () => {
  it('should describe types, nullability, arguments with defaults, enum values, input fields and keys', () => {
    expect(fieldNames(schemaFile('sales'))).toEqual(
      expect.arrayContaining([
        'Order.lines: [OrderLine!]!',
        'Customer.orders(first: Int = 20, after: String, status: [OrderStatus!]): OrderConnection @requires(fields: "mergedIds") @requiresScopes(scopes: [["sales:read"], ["sales:write"]])',
        'Customer.mergedIds: [ID!] @external',
        'Mutation.placeOrder(input: PlaceOrderInput!): Order! @requiresScopes(scopes: [["sales:write"]])',
        'enum OrderStatus: PENDING',
        'type Order @key(fields: "id") @requiresScopes(scopes: [["sales:read"], ["sales:write"]])',
        'type Money @shareable',
        'input PlaceOrderInput.status: OrderStatus = PAID',
        'input OrderLineInput.unitPriceMinor: Long!',
        'scalar Long',
        'schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@authenticated", "@requiresScopes"])',
      ]),
    );
  });

  it('should fail the comparison when a field loses its non-null in the in-memory document', () => {
    const original = schemaFile('sales');
    const changed = visit(original, {
      ObjectTypeDefinition(type) {
        if (type.name.value !== 'Order') return undefined;
        return {
          ...type,
          fields: type.fields?.map((field) =>
            field.name.value === 'lines' && field.type.kind === Kind.NON_NULL_TYPE
              ? { ...field, type: field.type.type }
              : field,
          ),
        };
      },
    });
    expect(fieldNames(changed)).not.toEqual(fieldNames(original));
    expect(drift(original, changed)).toEqual({
      removed: ['Order.lines: [OrderLine!]!'],
      added: ['Order.lines: [OrderLine!]'],
    });
  });

  it.each([
    [
      'an inner list nullability',
      'lines: [OrderLine!]!',
      'lines: [OrderLine]!',
      ['Order.lines: [OrderLine!]!'],
      ['Order.lines: [OrderLine]!'],
    ],
    [
      'a field type',
      'type Money @shareable {\n  amountMinor: Long!',
      'type Money @shareable {\n  amountMinor: Int!',
      ['Money.amountMinor: Long!'],
      ['Money.amountMinor: Int!'],
    ],
    [
      'an argument default',
      'status: [OrderStatus!]): OrderConnection',
      'status: [OrderStatus!] = [PAID]): OrderConnection',
      [
        'Customer.orders(first: Int = 20, after: String, status: [OrderStatus!]): OrderConnection @requires(fields: "mergedIds") @requiresScopes(scopes: [["sales:read"], ["sales:write"]])',
      ],
      [
        'Customer.orders(first: Int = 20, after: String, status: [OrderStatus!] = [PAID]): OrderConnection @requires(fields: "mergedIds") @requiresScopes(scopes: [["sales:read"], ["sales:write"]])',
      ],
    ],
    [
      'an argument name',
      'placeOrder(input: PlaceOrderInput!)',
      'placeOrder(order: PlaceOrderInput!)',
      ['Mutation.placeOrder(input: PlaceOrderInput!): Order! @requiresScopes(scopes: [["sales:write"]])'],
      ['Mutation.placeOrder(order: PlaceOrderInput!): Order! @requiresScopes(scopes: [["sales:write"]])'],
    ],
    [
      'an argument type',
      'order(id: ID!): Order',
      'order(id: String!): Order',
      ['Query.order(id: ID!): Order @requiresScopes(scopes: [["sales:read"], ["sales:write"]])'],
      ['Query.order(id: String!): Order @requiresScopes(scopes: [["sales:read"], ["sales:write"]])'],
    ],
    ['an enum value', '  CANCELLED\n  REFUNDED\n}', '  CANCELLED\n}', ['enum OrderStatus: REFUNDED'], []],
    [
      'an input field default',
      'status: OrderStatus = PAID',
      'status: OrderStatus = PENDING',
      ['input PlaceOrderInput.status: OrderStatus = PAID'],
      ['input PlaceOrderInput.status: OrderStatus = PENDING'],
    ],
    [
      'an input field nullability',
      'quantity: Int!\n  unitPriceMinor: Long!',
      'quantity: Int\n  unitPriceMinor: Long!',
      ['input OrderLineInput.quantity: Int!'],
      ['input OrderLineInput.quantity: Int'],
    ],
    [
      'a @key',
      'type Order @key(fields: "id")',
      'type Order @key(fields: "clientOrderId")',
      ['type Order @key(fields: "id") @requiresScopes(scopes: [["sales:read"], ["sales:write"]])'],
      ['type Order @key(fields: "clientOrderId") @requiresScopes(scopes: [["sales:read"], ["sales:write"]])'],
    ],
    ['a @shareable', 'type Money @shareable', 'type Money', ['type Money @shareable'], ['type Money']],
    [
      'a @requires',
      'salesSummary: SalesSummary @requires(fields: "mergedIds")',
      'salesSummary: SalesSummary',
      [
        'Customer.salesSummary: SalesSummary @requires(fields: "mergedIds") @requiresScopes(scopes: [["sales:read"], ["sales:write"]])',
      ],
      ['Customer.salesSummary: SalesSummary @requiresScopes(scopes: [["sales:read"], ["sales:write"]])'],
    ],
  ])('should tell %s apart', (_what, from, to, removed, added) => {
    expect(drift(schemaFile('sales'), editedSales(from, to))).toEqual({ removed, added });
  });

  it('should ignore descriptions', () => {
    const original = schemaFile('sales');
    const bare = withoutDescriptions(original);
    expect(print(bare)).not.toBe(print(original));
    expect(fieldNames(bare)).toEqual(fieldNames(original));
  });

  it.each(SUBGRAPH_NAMES)(
    'should ignore what federation adds to the %s subgraph _service { sdl }',
    async (name) => {
      const { typeDefs, resolvers } = SUBGRAPHS[name];
      const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
      const result = await graphql({ schema, source: '{ _service { sdl } }' });
      const sdl = (result.data as { _service: { sdl: string } })._service.sdl;
      // The additions are really there, so ignoring them is exercised.
      for (const addition of [
        '_entities(',
        '_service:',
        'union _Entity',
        'scalar _Any',
        'enum link__Purpose',
      ]) {
        expect(sdl).toContain(addition);
      }
      expect(sdl).toMatch(/^directive @key/m);
      expect(fieldNames(parse(sdl))).toEqual(fieldNames(schemaFile(name)));
    },
  );
});
