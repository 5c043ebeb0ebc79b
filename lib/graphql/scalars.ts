import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

const toIso = (value: unknown): string => {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
  return date.toISOString();
};

/** ISO 8601 UTC timestamps out; strings in, checked by each mutation's validation. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 date-time in UTC, e.g. 2026-11-22T09:30:00.000Z.',
  serialize: toIso,
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('DateTime must be an ISO 8601 string');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return ast.value;
  },
});

const toSafeInteger = (value: unknown): number => {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new GraphQLError(`Long must be a whole number between -(2^53-1) and 2^53-1, got ${String(value)}`);
  }
  return number;
};

/**
 * Whole numbers beyond GraphQL's 32-bit Int, up to 2^53−1, as JSON numbers: money in minor units
 * (2^31 cents is only 21 million), which a large customer's revenue exceeds.
 */
export const LongScalar = new GraphQLScalarType({
  name: 'Long',
  description: 'A whole number up to 2^53−1 (9,007,199,254,740,991), as a JSON number; money in minor units.',
  serialize: toSafeInteger,
  parseValue: toSafeInteger,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Long must be a whole number');
    return toSafeInteger(ast.value);
  },
});

/**
 * Any JSON value, passed through as it is: the data export's per-table rows, whose shape is the stored
 * tables' and not worth a GraphQL type each.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: an object, an array, a string, a number, a boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
