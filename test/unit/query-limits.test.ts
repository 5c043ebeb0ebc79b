import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, visit } from 'graphql';
import { LIMIT_FLOOR, measureOperation, type OperationMeasure, QUERY_LIMITS } from '../../gateway/src/limits';
import { MAX_PAGE_SIZE } from '../../lib/graphql/connection';
import { SNAPSHOT_PAGE_QUERY } from '../../scripts/kpi/snapshot-job';

const OPERATIONS_DIR = path.resolve(__dirname, '../../examples/operations');

/** Every real operation in the repo: the example files and the KPI snapshot job's page query. */
function realOperations(): Array<[string, string]> {
  const files = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql'));
  return [
    ...files.map((file): [string, string] => [file, readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')]),
    ['scripts/kpi/snapshot-job.ts SNAPSHOT_PAGE_QUERY', SNAPSHOT_PAGE_QUERY],
  ];
}

/** The worst case a real client runs: every `first`/`last` variable at the largest page. */
function largestPages(source: string): Record<string, number> {
  const variables: Record<string, number> = {};
  visit(parse(source), {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE)
        variables[node.value.name.value] = MAX_PAGE_SIZE;
    },
  });
  return variables;
}

const LIMIT_OF: Record<keyof OperationMeasure, number> = {
  depth: QUERY_LIMITS.maxDepth,
  aliases: QUERY_LIMITS.maxAliases,
  directives: QUERY_LIMITS.maxDirectives,
  tokens: QUERY_LIMITS.maxTokens,
  cost: QUERY_LIMITS.maxCost,
};
const FLOORED = new Set<keyof OperationMeasure>(['aliases', 'directives']);

/** The API schema clients see: its default page sizes (`first: Int = 20`) count where a query gives none. */
const API_SCHEMA = buildSchema(
  readFileSync(path.resolve(__dirname, '../../gateway/api-schema.graphql'), 'utf8'),
);

describe('query limits', () => {
  const measures = realOperations().map(([name, source]) => ({
    name,
    measure: measureOperation(source, largestPages(source), API_SCHEMA),
  }));

  it.each(measures.map(({ name, measure }) => [name, measure] as const))(
    'should let %s through every limit at the largest page',
    (_name, measure) => {
      for (const key of Object.keys(LIMIT_OF) as Array<keyof OperationMeasure>)
        expect({ [key]: measure[key] <= LIMIT_OF[key] }).toEqual({ [key]: true });
    },
  );

  it.each(Object.keys(LIMIT_OF) as Array<keyof OperationMeasure>)(
    'should set %s to the largest real operation × 1.5, rounded up',
    (key) => {
      const largest = Math.max(...measures.map(({ measure }) => measure[key]));
      const expected = Math.ceil(largest * 1.5);
      expect(LIMIT_OF[key]).toBe(FLOORED.has(key) ? Math.max(expected, LIMIT_FLOOR) : expected);
    },
  );

  it("should count a list asked for without a page size (or with null, or an unset variable) at its schema's default page size", () => {
    const cost = (source: string, variables: Record<string, unknown> = {}) =>
      measureOperation(source, variables, API_SCHEMA).cost;
    const explicit = cost(
      '{ customers(first: 20) { edges { node { orders(first: 20) { edges { node { id } } } } } } }',
    );
    expect(cost('{ customers { edges { node { orders { edges { node { id } } } } } } }')).toBe(explicit);
    expect(cost('{ customers(first: null) { edges { node { orders { edges { node { id } } } } } } }')).toBe(
      explicit,
    );
    expect(
      cost(
        'query Q($n: Int) { customers(first: $n) { edges { node { orders { edges { node { id } } } } } } }',
      ),
    ).toBe(explicit);
    // Without the schema a missing page size counted as one item: 400 times less for two nested lists.
    expect(
      measureOperation('{ customers { edges { node { orders { edges { node { id } } } } } } }').cost,
    ).toBeLessThan(explicit / 100);
  });

  it('should count depth, aliases and directives through fragments, and variables in the cost', () => {
    const direct = measureOperation('{ customers(first: 100) { edges { node { id } } } }');
    const throughFragment = measureOperation(
      'query Q($n: Int = 100) { customers(first: $n) { ...Page } } fragment Page on CustomerConnection { edges { node { a: id b: id @skip(if: false) } } }',
    );
    // armor counts a spread as one more level: a fragment never hides depth.
    expect(throughFragment.depth).toBeGreaterThan(direct.depth);
    expect(throughFragment.aliases).toBe(2);
    expect(throughFragment.directives).toBe(1);
    expect(
      measureOperation('query Q($n: Int!) { customers(first: $n) { totalCount } }', { n: 1_000_000 }).cost,
    ).toBe(measureOperation('{ customers(first: 1000000) { totalCount } }').cost);
  });
});
