import { decodeCursor, encodeCursor, parsePageArgs, toConnection } from '../../lib/graphql/connection';

describe('parsePageArgs', () => {
  it('should default to 20 items from the start when no arguments are given', () => {
    expect(parsePageArgs({})).toEqual({ limit: 20, after: null });
  });

  it('should reject a page size above 100 with BAD_USER_INPUT naming the argument', () => {
    expect.assertions(2);
    try {
      parsePageArgs({ first: 101 }, ['orders']);
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'orders.first',
      });
      expect((error as Error).message).toBe('first must be between 1 and 100, got 101');
    }
  });

  it('should reject a page size of zero or less, which could never advance', () => {
    expect(() => parsePageArgs({ first: 0 })).toThrow('first must be between 1 and 100, got 0');
    expect(() => parsePageArgs({ first: -1 })).toThrow('first must be between 1 and 100, got -1');
  });

  it('should reject a cursor it did not issue', () => {
    expect(() => parsePageArgs({ after: 'not-a-cursor' })).toThrow(
      'after is not a cursor this list returned',
    );
  });

  it('should reject a well-formed cursor whose id is not a UUID', () => {
    const forged = encodeCursor({ sort: '2026-01-01T00:00:00Z', id: "x' OR 1=1" });
    expect(() => parsePageArgs({ after: forged })).toThrow('after is not a cursor this list returned');
  });

  it.each(['1', '+275760-09-13T00:00:00.000Z', '2026-01-01T00:00:00Z'])(
    'should reject a cursor whose time %s is not one this API issues',
    (sort) => {
      const forged = encodeCursor({ sort, id: '06f9c031-95a3-5a98-a54b-70bcab01d8d1' });
      expect(() => parsePageArgs({ after: forged })).toThrow('after is not a cursor this list returned');
    },
  );

  it('should round-trip a cursor', () => {
    const cursor = { sort: '2026-01-01T00:00:00.000Z', id: '06f9c031-95a3-5a98-a54b-70bcab01d8d1' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(parsePageArgs({ first: 5, after: encodeCursor(cursor) })).toEqual({ limit: 5, after: cursor });
  });
});

describe('toConnection', () => {
  it('should expose the first and last cursors and the paging flags', () => {
    const rows = [
      { id: 'a', at: '1' },
      { id: 'b', at: '2' },
    ];
    const connection = toConnection(
      { rows, totalCount: 7, hasNextPage: true, hasPreviousPage: false },
      (row) => ({
        sort: row.at,
        id: row.id,
      }),
    );
    expect(connection.totalCount).toBe(7);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor({ sort: '1', id: 'a' }),
      endCursor: encodeCursor({ sort: '2', id: 'b' }),
    });
  });

  it('should have null cursors on an empty page', () => {
    const connection = toConnection(
      { rows: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false },
      () => ({
        sort: '',
        id: '',
      }),
    );
    expect(connection.pageInfo.startCursor).toBeNull();
    expect(connection.pageInfo.endCursor).toBeNull();
  });
});
