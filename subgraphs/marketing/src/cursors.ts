import type { Cursor } from '../../../lib/graphql/connection';

/** The keyset position of a row in a newest-first list sorted by a time, ties broken by id. */
export const byTime = (at: Date, id: string): Cursor => ({ sort: at.toISOString(), id });
