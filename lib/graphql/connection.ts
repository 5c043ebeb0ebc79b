import { badUserInput, type FieldPath } from '../errors';
import { isUuid } from '../ids';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A keyset position: the sort value and the id of the last row a client saw. */
export interface Cursor {
  sort: string;
  id: string;
}

export interface PageRequest {
  limit: number;
  after: Cursor | null;
}

export interface Page<T> {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.id])).toString('base64url');
}

/** Exactly the form `Date.toISOString()` gives, which is what every cursor here carries. */
function isIsoInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

/** Which ids a list's cursors may carry: uuids everywhere, except lists keyed otherwise (the timeline). */
export type CursorIdCheck = (id: string) => boolean;

export function decodeCursor(value: string, isValidId: CursorIdCheck = isUuid): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      // Every list here is keyed by (time, id); anything else was not issued by us.
      isIsoInstant(parsed[0]) &&
      isValidId(parsed[1])
    ) {
      return { sort: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: an unreadable cursor is the client's error
  }
  return null;
}

/**
 * Validates `first` (1–100) and `after`; errors name the argument, e.g. `orders.first`. Zero is refused:
 * a page that can never advance would loop a client that pages until `hasNextPage` is false.
 */
export function parsePageArgs(
  args: PageArgs,
  path: FieldPath = [],
  isValidId: CursorIdCheck = isUuid,
): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, [...path, 'first']);
  }
  let after: Cursor | null = null;
  if (args.after != null) {
    after = decodeCursor(args.after, isValidId);
    if (!after) throw badUserInput('after is not a cursor this list returned', [...path, 'after']);
  }
  return { limit: first, after };
}

/** The stable string form of a page request, to batch identical requests together. */
export function pageRequestKey(request: PageRequest): string {
  return `${request.limit}:${request.after ? encodeCursor(request.after) : ''}`;
}

export function toConnection<T>(page: Page<T>, cursorOf: (row: T) => Cursor): Connection<T> {
  const edges = page.rows.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The cursor of a row in a list sorted by a time, ties broken by id: every list here. */
export function timeCursor(at: Date, id: string): Cursor {
  return { sort: at.toISOString(), id };
}
