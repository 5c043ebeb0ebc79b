import { GraphQLError } from 'graphql';
import { currency, e164Phone, email, nonNegativeInt, parseInput, pastTime, z } from '../../lib/validation';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a validation error');
};

describe('parseInput', () => {
  const schema = z.object({
    email,
    phone: e164Phone,
    currency,
    lines: z.array(z.object({ quantity: nonNegativeInt })),
  });
  const valid = {
    email: '  Lena@Example.COM ',
    phone: '+4930123456',
    currency: 'EUR',
    lines: [{ quantity: 1 }],
  };

  it('should normalize an email by trimming and lower-casing it', () => {
    expect(parseInput(schema, valid, ['input']).email).toBe('lena@example.com');
  });

  it('should name the offending field path when a nested value is invalid', () => {
    expect(
      fieldOf(() => parseInput(schema, { ...valid, lines: [{ quantity: 1 }, { quantity: -2 }] }, ['input'])),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.lines.1.quantity',
    });
  });

  it('should reject a phone that is not E.164', () => {
    expect(fieldOf(() => parseInput(schema, { ...valid, phone: '030 123456' }, ['input']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.phone',
    });
  });

  it('should reject a currency that is not ISO 4217', () => {
    expect(fieldOf(() => parseInput(schema, { ...valid, currency: 'EURO' }, ['input']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.currency',
    });
  });
});

describe('pastTime', () => {
  it('should accept a past ISO time and return a Date', () => {
    expect(pastTime.parse('2025-03-01T10:00:00Z')).toEqual(new Date('2025-03-01T10:00:00Z'));
  });

  it('should reject a time in the far future', () => {
    expect(pastTime.safeParse('2999-01-01T00:00:00Z').success).toBe(false);
  });

  it('should reject a string that is not a date-time', () => {
    expect(pastTime.safeParse('yesterday').success).toBe(false);
  });
});

describe('parseInput and PostgreSQL text', () => {
  it('should refuse a NUL character anywhere in an input with BAD_USER_INPUT at its path', () => {
    const schema = z.object({ lines: z.array(z.object({ sku: z.string() })) });
    expect(
      fieldOf(() => parseInput(schema, { lines: [{ sku: 'ok' }, { sku: 'a\u0000b' }] }, ['input'])),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.lines.1.sku',
    });
  });

  it('should refuse a time before 2000, which no record here can have', () => {
    expect(pastTime.safeParse('0001-01-01T00:00:00Z').success).toBe(false);
  });
});
